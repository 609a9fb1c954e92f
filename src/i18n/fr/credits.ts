import type { Messages } from '../en-US/index.ts';

/**
 * `/credits` answers (private, the member's language), the ledger's refusals and the journal as
 * `/credits historique` words it. Numbers that travel inside a message made before its language is
 * known (zod's limits, a refusal, a journal note) are formatted here: `{{n, number}}`.
 */
export default {
  invalid: {
    amount: {
      whole: 'Le montant doit être un nombre entier de crédits.',
      min: 'Le montant doit être d’au moins {{minimum, number}}. Pour baisser le solde, utilise `/credits définir`.',
      max: 'Le montant ne peut pas dépasser {{maximum, number}} crédits.',
    },
    balance: {
      whole: 'Le solde doit être un nombre entier de crédits.',
      min: 'Le solde ne peut pas être négatif.',
      max: 'Le solde ne peut pas dépasser {{maximum, number}} crédits.',
    },
    daily: {
      whole: 'La limite quotidienne doit être un nombre entier de crédits.',
      min: 'La limite quotidienne ne peut pas être négative.',
      max: 'La limite quotidienne ne peut pas dépasser {{maximum, number}} crédits.',
    },
    threshold: {
      whole: 'Le seuil doit être un nombre entier de crédits.',
      min: 'Le seuil ne peut pas être négatif.',
      max: 'Le seuil ne peut pas dépasser {{maximum, number}} crédits.',
    },
    reason: 'La raison ne peut pas dépasser 200 caractères.',
  },
  notInServer: 'Les crédits appartiennent à un serveur. Utilise `/credits` dans un serveur.',
  pickSubcommand: 'Choisis une sous-commande : solde, ajouter, définir, limite, alerte, utilisation ou historique.',
  unknownSubcommand: '`/credits {{sub}}` n’est pas une sous-commande. Utilise solde, ajouter, définir, limite, alerte, utilisation ou historique.',
  manageServer: 'Seuls les membres ayant la permission Gérer le serveur peuvent utiliser `/credits {{sub}}`.',
  operatorOnly: {
    add: 'Seul l’opérateur du bot peut ajouter des crédits.',
    raise: 'Seul l’opérateur du bot peut augmenter le solde ; tu peux le fixer au maximum à ce que le serveur a maintenant.',
    // Who the operators are is never said: how to ask is OPERATOR_CONTACT's, if set.
    where:
      '{{what}} Les crédits viennent de l’opérateur du bot, qui paie chaque vidéo chez Kie.ai ; les admins du serveur répartissent et limitent les crédits que leur serveur a reçus (`/credits limite`, `/credits alerte`, budgets des défis). {{ask}}',
    askContact: 'Pour demander plus de crédits : {{contact}}',
    askAnyone: 'Pour demander plus de crédits, contacte la personne qui a ajouté ce bot à ton serveur ou qui le gère.',
  },
  granted: '{{amount}} crédits ajoutés. Le serveur a maintenant {{balance}} crédits.',
  balanceSet: 'Le solde du serveur est maintenant de {{balance}} crédits.',
  limit: { off: 'Les membres n’ont plus de limite quotidienne.', set: 'Chaque membre peut désormais utiliser jusqu’à {{amount}} crédits par jour UTC.' },
  alert: { off: 'Les alertes de solde bas sont désactivées.', set: 'Le bot préviendra une fois quand le solde passera sous {{amount}} crédits.' },
  usage: {
    none: 'Personne n’a utilisé de crédits ces 30 derniers jours.',
    title: '**Crédits utilisés par membre**',
    line: '<@{{memberId}}> : {{week}} (7 jours) · {{month}} (30 jours) · {{today}} aujourd’hui',
    more_one: '… et {{count}} autre membre.',
    more_other: '… et {{count}} autres membres.',
  },
  /** A ledger refusal (LedgerError): nothing was changed. */
  refused: {
    wrapper: 'Ça n’a pas marché : {{detail}}.',
    grant: {
      whole: 'l’ajout doit être un nombre entier de crédits',
      min: 'l’ajout doit être d’au moins {{min, number}} crédit',
      max: 'l’ajout ne peut pas dépasser {{max, number}} crédits',
    },
    set: { whole: 'le solde fixé doit être un nombre entier de crédits', min: 'le solde fixé ne peut pas être négatif', max: 'le solde fixé ne peut pas dépasser {{max, number}} crédits' },
    dailyLimit: {
      whole: 'la limite quotidienne doit être un nombre entier de crédits',
      min: 'la limite quotidienne ne peut pas être négative',
      max: 'la limite quotidienne ne peut pas dépasser {{max, number}} crédits',
    },
    alertThreshold: {
      whole: 'le seuil d’alerte doit être un nombre entier de crédits',
      min: 'le seuil d’alerte ne peut pas être négatif',
      max: 'le seuil d’alerte ne peut pas dépasser {{max, number}} crédits',
    },
    budget: {
      whole: 'le budget doit être un nombre entier de crédits',
      min: 'le budget doit être d’au moins {{min, number}} crédit',
      max: 'le budget ne peut pas dépasser {{max, number}} crédits',
    },
    balanceTooLarge: 'le solde dépasserait alors {{max, number}} crédits',
    holdAmount: 'le montant réservé doit être un nombre entier positif, reçu : {{amount}}',
    raise: 'seul l’opérateur du bot peut augmenter le solde',
  },
  /** `/credits historique`: one line per change, newest first. */
  history: {
    none: 'Aucun changement pour l’instant.',
    title: '**Derniers changements, du plus récent au plus ancien**',
    line: '{{when}} {{who}} {{what}} → {{balance}}',
    lineJob: '{{when}} {{who}} {{what}} → {{balance}} · tâche {{jobId}}',
    operatorLine: '{{when}} {{what}} → {{balance}}',
    system: 'système',
    withReason: '{{what}} — {{reason}}',
    operatorGrant: 'ajout de {{sign}} par l’opérateur du bot',
    operatorSet: 'solde fixé ({{sign}}) par l’opérateur du bot',
    grant: 'a ajouté {{sign}}',
    set: 'a fixé le solde ({{sign}})',
    hold: 'a réservé {{amount}} pour une vidéo',
    holdNote: 'vidéo : {{note}}',
    capture: 'vidéo livrée',
    captureNote: 'vidéo livrée, {{note}}',
    release: 'remboursement {{sign}}',
    releaseNote: 'remboursement {{sign}} ({{note}})',
    limit: 'limite quotidienne modifiée',
    alert: 'alerte modifiée',
    budget: 'budget de défi ({{sign}})',
    /** What a change's entry says about it, kept as data and worded when shown. */
    note: {
      startingCredits: 'crédits de départ',
      allowance: { day: 'dotation quotidienne', week: 'dotation hebdomadaire', month: 'dotation mensuelle' },
      spent: '{{amount, number}} crédits dépensés',
      // {{budget}} is jobs.field.budgetName ("du défi #3") or budgetName below: "le budget du défi #3".
      fromBudget: '{{amount, number}} crédits pris sur le budget {{budget}} (il en reste {{left, number}})',
      backToBudget: '{{why}} ; {{amount, number}} crédits rendus au budget {{budget}}',
      toBudget: '{{amount, number}} crédits transférés au budget {{budget}}',
      budgetReturned: '{{amount, number}} crédits restants du budget {{budget}} rendus à la cagnotte',
      budgetName: 'du défi',
      limitRemoved: 'limite quotidienne supprimée',
      limitSet: 'limite quotidienne de {{amount, number}} crédits par membre',
      alertOff: 'alerte de solde bas désactivée',
      alertSet: 'alerte de solde bas sous {{amount, number}} crédits',
    },
  },
} satisfies Messages['credits'];
