import type { Messages } from '../../en-US/index.ts';

/** `/challenge` as Discord shows it: subcommand and option names in French. */
export default {
  name: 'challenge',
  description: 'Défis vidéo de la communauté : inscris tes vidéos, vote, consulte le classement',
  options: {
    start: {
      name: 'lancer',
      description: 'Lance un défi à thème (Gérer le serveur)',
      options: {
        title: { name: 'titre', description: 'Titre court' },
        theme: { name: 'thème', description: 'Le sujet des vidéos' },
        ends_in: { name: 'durée', description: 'Combien de temps il dure : 90s, 45m, 2h, 3d ou 1w (de 10 secondes à 30 jours)' },
        channel: { name: 'salon', description: 'Où annoncer le défi et publier les participations (par défaut : ici)' },
        max_entries: { name: 'max_participations', description: 'Participations par membre (1–10, 1 par défaut)' },
        budget: { name: 'budget', description: 'Crédits pris sur la cagnotte du serveur pour payer /sora dans le salon du défi' },
        winner_role: { name: 'rôle_gagnant', description: 'Rôle donné au gagnant' },
        voting: {
          name: 'vote',
          description: 'Qui peut voter (par défaut : tout le monde)',
          choices: { anyone: 'tout le monde', 'members-before-start': 'membres arrivés avant le début' },
        },
      },
    },
    submit: {
      name: 'participer',
      description: 'Inscris une de tes vidéos',
      options: {
        challenge: { name: 'défi', description: 'Quel défi (par défaut : celui en cours)' },
        video: { name: 'vidéo', description: 'Id de tâche de ta vidéo (par défaut : la plus récente)' },
      },
    },
    end: {
      name: 'terminer',
      description: 'Termine un défi maintenant et publie les résultats (Gérer le serveur)',
      options: { challenge: { name: 'défi', description: 'Quel défi' } },
    },
    cancel: {
      name: 'annuler',
      description: 'Annule un défi sans résultats (Gérer le serveur)',
      options: { challenge: { name: 'défi', description: 'Quel défi' } },
    },
    list: { name: 'liste', description: 'Défis en cours et récemment terminés' },
    show: {
      name: 'voir',
      description: 'Les participations d’un défi et le classement en direct',
      options: { challenge: { name: 'défi', description: 'Quel défi' } },
    },
  },
} satisfies Messages['commands']['challenge'];
