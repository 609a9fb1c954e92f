import type { Messages } from '../en-US/index.ts';

/**
 * The buttons on a video's reply (public: the job's language) and what pressing them answers, and the
 * Remix form (private: the language of the member who pressed).
 */
export default {
  button: { again: 'Nochmal', remix: 'Remix', delete: 'Löschen', cancel: 'Abbrechen' },
  gone: 'Dieses Video ist nicht mehr in den Daten des Bots, deshalb kann dieser Button es nicht verwenden. Nutze stattdessen `/sora`.',
  imageExpired: 'Das Startbild dieses Videos ist bei Discord abgelaufen und kann nicht erneut verwendet werden. Nutze `/sora` und häng das Bild noch einmal an.',
  deleteNotAllowed: 'Nur das Mitglied, das dieses Video erstellt hat, oder jemand mit „Nachrichten verwalten“ kann es löschen.',
  cancelNotAllowed: 'Nur das Mitglied, das dieses Video angefordert hat, oder jemand mit „Server verwalten“ kann es abbrechen.',
  oldForm: 'Dieses Formular stammt aus einer älteren Version des Bots und funktioniert nicht mehr.',
  remix: {
    title: 'Remix: {{model}}',
    prompt: 'Prompt',
    promptContinued: 'Prompt (Fortsetzung)',
    seconds: 'Sekunden ({{durations}})',
    aspect: 'Format ({{aspects}})',
    invalidSeconds: 'Sekunden muss eine Zahl sein, z. B. 10.',
    wholeSeconds: 'Sekunden muss eine ganze Zahl sein.',
    invalidAspect: 'Format muss portrait, landscape oder square sein.',
    tooLong: 'Der Prompt hat {{length}} Zeichen; erlaubt sind {{max}}. Kürze ihn und versuch es noch einmal.',
  },
} satisfies Messages['results'];
