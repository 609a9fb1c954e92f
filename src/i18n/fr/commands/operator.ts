import type { Messages } from '../../en-US/index.ts';

/** `/operator` as Discord shows it (registered only in OPERATOR_GUILD_ID): subcommand and option names in French. */
const server = { name: 'serveur', description: 'Le serveur (tape une partie de son nom ou son id)' } as const;

export default {
  name: 'operator',
  description: 'Pour les opérateurs du bot : crédits de chaque serveur, ajouts, dotations, compte Kie',
  options: {
    servers: { name: 'serveurs', description: 'Tous les serveurs du bot : solde, réservé, dépensé, dotation, autorisé' },
    grant: {
      name: 'ajouter',
      description: 'Ajoute des crédits à la cagnotte d’un serveur',
      options: {
        server,
        amount: { name: 'montant', description: 'Crédits à ajouter (1 crédit = 0,005 $ chez Kie.ai)' },
        reason: { name: 'raison', description: 'Pourquoi (affiché dans l’historique du serveur)' },
      },
    },
    set: { name: 'définir', description: 'Fixe le solde d’un serveur', options: { server, amount: { name: 'montant', description: 'Le nouveau solde en crédits' } } },
    allowance: {
      name: 'dotation',
      description: 'Un ajout récurrent à un serveur chaque jour, semaine ou mois (UTC) ; ou désactivée',
      options: {
        server,
        amount: { name: 'montant', description: 'Crédits par période' },
        every: { name: 'fréquence', description: 'À quelle fréquence (périodes UTC)', choices: { day: 'jour', week: 'semaine', month: 'mois' } },
        off: { name: 'désactiver', description: 'Désactive la dotation du serveur' },
      },
    },
    kie: { name: 'kie', description: 'Le solde du compte Kie, les dépenses du jour de tous les serveurs, le plafond' },
  },
} satisfies Messages['commands']['operator'];
