import type { Messages } from '../../en-US/index.ts';

/** `/credits` as Discord shows it: subcommand and option names in French. */
export default {
  name: 'credits',
  description: 'Gère les crédits vidéo de ce serveur',
  options: {
    balance: { name: 'solde', description: 'Le solde du serveur et ta consommation du jour (membres : /balance)' },
    grant: {
      name: 'ajouter',
      description: 'Ajoute des crédits à la cagnotte du serveur (opérateurs du bot, ou admins si le bot le permet)',
      options: {
        amount: { name: 'montant', description: 'Crédits à ajouter (1 crédit = 0,005 $ chez Kie.ai)' },
        reason: { name: 'raison', description: 'Pourquoi (affiché dans l’historique)' },
      },
    },
    set: { name: 'définir', description: 'Fixe le solde du serveur (Gérer le serveur)', options: { amount: { name: 'montant', description: 'Le nouveau solde en crédits' } } },
    limit: { name: 'limite', description: 'Limite quotidienne par membre (Gérer le serveur)', options: { daily: { name: 'par_jour', description: 'Crédits par membre et par jour UTC ; 0 = pas de limite' } } },
    alert: { name: 'alerte', description: 'Alerte quand le solde passe sous un seuil (Gérer le serveur)', options: { below: { name: 'sous', description: 'Seuil en crédits ; 0 = désactivée' } } },
    usage: { name: 'utilisation', description: 'Dépenses par membre sur les 7 et 30 derniers jours (Gérer le serveur)' },
    history: { name: 'historique', description: 'Derniers changements du solde (Gérer le serveur)' },
  },
} satisfies Messages['commands']['credits'];
