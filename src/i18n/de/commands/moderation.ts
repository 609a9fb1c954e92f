import type { Messages } from '../../en-US/index.ts';

/** `/moderation` as Discord shows it: subcommand and option names in German. */
export default {
  name: 'moderation',
  description: 'Die Regeln dieses Servers für den Video-Bot: Wörter, AutoMod, Sperren, Kanäle, Protokoll',
  options: {
    words: {
      name: 'wörter',
      description: 'Gesperrte Wörter in Prompts (AutoMod-Syntax: wort, *wort, wort*, *wort*); ohne Option: Liste',
      options: {
        add: { name: 'hinzufügen', description: 'Wörter oder Muster zum Sperren, durch Kommas getrennt, z. B. *katze*, gore' },
        remove: { name: 'entfernen', description: 'Wörter oder Muster zum Entsperren, durch Kommas getrennt' },
        list: { name: 'liste', description: 'Die Liste zeigen (wie ohne Option)' },
      },
    },
    automod: {
      name: 'automod',
      description: 'Die AutoMod-Stichwortregeln dieses Servers auch auf Prompts anwenden; ohne Option: anzeigen',
      options: {
        automod: { name: 'automod', description: 'an oder aus', choices: { on: 'an', off: 'aus' } },
      },
    },
    block: {
      name: 'sperren',
      description: 'Ein Mitglied hier für den Bot sperren',
      options: {
        member: { name: 'mitglied', description: 'Wer' },
        reason: { name: 'grund', description: 'Warum (steht in /moderation gesperrt)' },
      },
    },
    unblock: {
      name: 'entsperren',
      description: 'Ein gesperrtes Mitglied den Bot wieder nutzen lassen',
      options: { member: { name: 'mitglied', description: 'Wer' } },
    },
    blocked: { name: 'gesperrt', description: 'Mitglieder, die hier für den Bot gesperrt sind' },
    channels: {
      name: 'kanäle',
      description: 'Wo /sora, Nochmal und Remix erlaubt sind; ohne Option: anzeigen',
      options: {
        allow: { name: 'erlauben', description: 'Kanäle, durch Kommas getrennt, z. B. #videos, #kunst' },
        all: { name: 'alle', description: 'Wieder alle Kanäle erlauben' },
      },
    },
    log: {
      name: 'protokoll',
      description: 'Jedes Video und jeden abgelehnten Prompt zur Prüfung in einen Kanal posten; ohne Option: anzeigen',
      options: {
        channel: { name: 'kanal', description: 'Der Kanal für das Prüfprotokoll' },
        off: { name: 'aus', description: 'Das Prüfprotokoll beenden' },
      },
    },
    status: { name: 'status', description: 'Was aktiv ist: Wörter, AutoMod, gesperrte Mitglieder, Kanäle, Protokoll' },
  },
} satisfies Messages['commands']['moderation'];
