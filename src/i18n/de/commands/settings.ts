import type { Messages } from '../../en-US/index.ts';

/** `/settings` as Discord shows it: the typed values `all` and `operator` stay English. */
export default {
  name: 'settings',
  description: 'Die Einstellungen dieses Servers für den Video-Bot (Server verwalten)',
  options: {
    models: {
      name: 'modelle',
      description: 'Welche Modelle Mitglieder hier nutzen dürfen, und der Standard; ohne Optionen: anzeigen',
      options: {
        allowed: { name: 'erlaubt', description: 'Modell-IDs durch Kommas getrennt, in deiner Reihenfolge (siehe /models), oder all' },
        default: { name: 'standard', description: 'Das Modell, wenn ein Mitglied modell: weglässt (operator = Standard des Bots)' },
      },
    },
    language: {
      name: 'sprache',
      description: 'Die Sprache der öffentlichen Nachrichten dieses Servers; ohne Option: anzeigen',
      options: {
        language: {
          name: 'sprache',
          description: '„automatisch“ folgt der Sprache des Servers in Discord',
          choices: { auto: 'automatisch', 'en-US': 'English', de: 'Deutsch', fr: 'Français', 'es-ES': 'Español', 'pt-BR': 'Português (Brasil)', ja: '日本語' },
        },
      },
    },
  },
} satisfies Messages['commands']['settings'];
