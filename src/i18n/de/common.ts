import type { Messages } from '../en-US/index.ts';

/** What any interaction may be answered, privately, in the member's language. */
export default {
  restarting: 'Der Bot startet gerade neu. Versuch es in einer Minute noch einmal.',
  oldButton: 'Dieser Button stammt aus einer älteren Version des Bots und funktioniert nicht mehr.',
  unknownCommand: 'Dieser Bot kennt `/{{name}}` nicht. Die Befehlsliste ist vielleicht veraltet; versuch es gleich noch einmal.',
  unexpected: 'Bei uns ist etwas schiefgelaufen (unerwarteter Fehler, Ref. {{ref}}). Dir wurde nichts berechnet. Bitte versuch es noch einmal.',
} satisfies Messages['common'];
