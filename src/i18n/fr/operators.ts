import type { Messages } from '../en-US/index.ts';

/**
 * `/operator` answers (private, the operator's Discord language), ALLOWED_GUILDS' refusal, and what
 * the bot tells its operators by direct message or in OPERATOR_CHANNEL_ID (no interaction, so
 * always English: the operator's language is not known there).
 */
export default {
  notOperator: 'Seuls les opérateurs du bot peuvent utiliser `/operator` (le propriétaire de l’application ou son équipe, et `OPERATOR_IDS`). Les permissions du serveur ne comptent pas ici.',
  notEnabledHere: 'Ce bot n’est pas activé sur ce serveur.',
  pickSubcommand: 'Choisis une sous-commande : serveurs, ajouter, définir, dotation ou kie.',
  unknownSubcommand: '`/operator {{sub}}` n’est pas une sous-commande. Utilise serveurs, ajouter, définir, dotation ou kie.',
  invalid: {
    amount: {
      whole: 'Le montant doit être un nombre entier de crédits.',
      min: 'Le montant doit être d’au moins {{minimum, number}}.',
      max: 'Le montant ne peut pas dépasser {{maximum, number}} crédits.',
    },
    balance: {
      whole: 'Le solde doit être un nombre entier de crédits.',
      min: 'Le solde doit être d’au moins {{minimum, number}}.',
      max: 'Le solde ne peut pas dépasser {{maximum, number}} crédits.',
    },
    allowance: {
      whole: 'La dotation doit être un nombre entier de crédits.',
      min: 'La dotation doit être d’au moins {{minimum, number}}.',
      max: 'La dotation ne peut pas dépasser {{maximum, number}} crédits.',
    },
    reason: 'La raison ne peut pas dépasser 200 caractères.',
    server: 'Choisis un serveur.',
    serverId: 'Choisis un serveur dans la liste, ou donne son id (chiffres uniquement).',
    every: '`fréquence` doit être jour, semaine ou mois.',
  },
  notThere: 'Le bot n’est sur aucun serveur d’id `{{id}}`. `/operator serveurs` liste ceux où il se trouve.',
  otherProcess: '`{{id}}` est géré par un autre processus de ce bot shardé, et seul ce processus peut modifier ses crédits (un seul responsable par serveur). Rien n’a été modifié.',
  granted: '{{amount}} crédits ajoutés à {{server}}. Son solde est maintenant de {{balance}} crédits.',
  set: '{{server}} a maintenant {{balance}} crédits.',
  allowance: {
    offAndSet: 'Indique soit `désactiver:True`, soit `montant` et `fréquence`, mais pas les deux.',
    missing: 'Indique `montant` et `fréquence` (jour, semaine ou mois) pour définir une dotation, ou `désactiver:True` pour y mettre fin.',
    removed: '{{server}} n’a plus de dotation.',
    none: '{{server}} n’avait pas de dotation.',
    set: '{{server}} reçoit désormais {{allowance}}, la première fois le <t:{{at}}:f> (périodes UTC). La période en cours n’en reçoit rien : `/operator ajouter` ajoute des crédits tout de suite.',
    every: { day: '{{amount}} crédits par jour', week: '{{amount}} crédits par semaine (à partir du lundi 00:00 UTC)', month: '{{amount}} crédits par mois' },
  },
  servers: {
    title: 'Serveurs où se trouve le bot ({{count}})',
    none: 'Le bot n’est sur aucun serveur.',
    footer: 'Page {{page}} sur {{pages}} · crédits ; aujourd’hui et 30 jours = réservés ou dépensés (UTC) · /operator ajouter, définir, dotation',
    facts: 'solde {{balance}} · réservé {{held}} · aujourd’hui {{today}} · 30 jours {{month}} · {{allowance}}',
    allowance: { day: 'dotation {{amount}}/jour', week: 'dotation {{amount}}/semaine', month: 'dotation {{amount}}/mois' },
    noAllowance: 'pas de dotation',
    notAllowed: ' · absent de ALLOWED_GUILDS',
    previous: 'Précédent',
    next: 'Suivant',
  },
  kie: {
    balance: '**Compte Kie :** {{credits}} crédits (lu <t:{{at}}:R>)',
    unread: '**Compte Kie :** pas encore lu (le bot le lit au démarrage puis toutes les 10 minutes)',
    spent: '**Dépensé aujourd’hui (UTC), tous serveurs :** {{spent}} crédits (réservés ou dépensés ; remboursements déduits)',
    noCeiling: '**Plafond quotidien :** aucun (`DAILY_SPEND_CEILING` n’est pas défini)',
    ceiling: '**Plafond quotidien :** {{ceiling}} crédits ; il en reste {{left}} aujourd’hui',
    lowBalance: '**Alerte de solde bas :** sous {{threshold}} crédits (`KIE_LOW_BALANCE`)',
    lowBalanceOff: '**Alerte de solde bas :** désactivée (`KIE_LOW_BALANCE=0`)',
  },
  /** To the operators about the Kie account, in English (see above). */
  notice: {
    lowBalance:
      '⚠️ Le compte Kie.ai du bot est presque vide : il reste **{{balance}} crédits**, sous KIE_LOW_BALANCE ({{threshold}} crédits). Les vidéos des membres sont payées avec ce compte ; une fois vide, elles seront refusées. Recharge-le sur https://kie.ai. (Tu es prévenu une fois à chaque passage sous le seuil.)',
    outOfCredits:
      '🛑 Kie.ai a refusé une vidéo car le compte du bot n’a plus de crédits (402){{balance}}. Les membres sont informés que leur vidéo n’a pas pu être créée et ne sont pas facturés. Recharge-le sur https://kie.ai. (Au plus un message de ce type par heure.)',
    balanceReads: ' ; son solde affiche {{balance}} crédits',
  },
} satisfies Messages['operators'];
