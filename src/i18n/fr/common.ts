import type { Messages } from '../en-US/index.ts';

/** What any interaction may be answered, privately, in the member's language. */
export default {
  restarting: 'Le bot redémarre. Réessaie dans une minute.',
  oldButton: 'Ce bouton vient d’une ancienne version du bot et ne fonctionne plus.',
  unknownCommand: 'Ce bot ne connaît pas `/{{name}}`. La liste des commandes n’est peut-être pas à jour ; réessaie d’ici peu.',
  unexpected: 'Un problème est survenu de notre côté (erreur inattendue, réf. {{ref}}). Rien ne t’a été facturé. Réessaie.',
} satisfies Messages['common'];
