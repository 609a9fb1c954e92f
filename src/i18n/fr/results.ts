import type { Messages } from '../en-US/index.ts';

/**
 * The buttons on a video's reply (public: the job's language) and what pressing them answers, and the
 * Remix form (private: the language of the member who pressed). The form's aspect is typed, so it
 * names the English values the form accepts.
 */
export default {
  button: { again: 'Relancer', remix: 'Remix', delete: 'Supprimer', cancel: 'Annuler' },
  gone: 'Cette vidéo n’est plus dans les archives du bot, ce bouton ne peut donc pas l’utiliser. Utilise plutôt `/sora`.',
  imageExpired: 'La première image de cette vidéo a expiré sur Discord, elle ne peut donc pas resservir. Utilise `/sora` en joignant de nouveau l’image.',
  deleteNotAllowed: 'Seul le membre qui a créé cette vidéo, ou quelqu’un ayant la permission Gérer les messages, peut la supprimer.',
  cancelNotAllowed: 'Seul le membre qui a demandé cette vidéo, ou quelqu’un ayant la permission Gérer le serveur, peut l’annuler.',
  oldForm: 'Ce formulaire vient d’une ancienne version du bot et ne fonctionne plus.',
  remix: {
    title: 'Remix : {{model}}',
    prompt: 'Prompt',
    promptContinued: 'Prompt (suite)',
    seconds: 'Secondes ({{durations}})',
    aspect: 'Format ({{aspects}})',
    invalidSeconds: 'Les secondes doivent être un nombre, par ex. 10.',
    wholeSeconds: 'Les secondes doivent être un nombre entier.',
    invalidAspect: 'Le format doit être `portrait`, `landscape` ou `square`.',
    tooLong: 'Le prompt fait {{length}} caractères ; la limite est de {{max}}. Raccourcis-le et réessaie.',
  },
} satisfies Messages['results'];
