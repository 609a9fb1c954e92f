import type { Messages } from '../../en-US/index.ts';

/** `/jobs` as Discord shows it. */
export default {
  name: 'jobs',
  description: 'Tes vidéos récentes : liste-les, fais-en revenir une, annule celle qui attend',
  options: {
    list: {
      name: 'liste',
      description: 'Tes vidéos récentes, de la plus récente à la plus ancienne',
      options: { member: { name: 'membre', description: 'Les vidéos de qui (admins avec Gérer le serveur uniquement)' } },
    },
    show: {
      name: 'voir',
      description: 'Les détails d’une tâche ; une vidéo livrée est republiée pour toi',
      options: { id: { name: 'id', description: 'La tâche (id court donné par /jobs liste)' } },
    },
    cancel: {
      name: 'annuler',
      description: 'Annule une tâche encore en file d’attente ; ses crédits reviennent aussitôt',
      options: { id: { name: 'id', description: 'La tâche en file d’attente' } },
    },
  },
} satisfies Messages['commands']['jobs'];
