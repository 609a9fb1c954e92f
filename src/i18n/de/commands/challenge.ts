import type { Messages } from '../../en-US/index.ts';

/** `/challenge` as Discord shows it: subcommand and option names in German. */
export default {
  name: 'challenge',
  description: 'Video-Challenges der Community: Videos einreichen, abstimmen, Rangliste ansehen',
  options: {
    start: {
      name: 'starten',
      description: 'Starte eine Challenge mit Thema (Server verwalten)',
      options: {
        title: { name: 'titel', description: 'Kurzer Titel' },
        theme: { name: 'thema', description: 'Worum es in den Videos gehen soll' },
        ends_in: { name: 'dauer', description: 'Wie lange sie läuft: 90s, 45m, 2h, 3d oder 1w (10 Sekunden bis 30 Tage)' },
        channel: { name: 'kanal', description: 'Wo sie angekündigt wird und die Beiträge landen (Standard: hier)' },
        max_entries: { name: 'max_beiträge', description: 'Beiträge pro Mitglied (1–10, Standard 1)' },
        budget: { name: 'budget', description: 'Credits aus dem Server-Guthaben, die /sora im Challenge-Kanal bezahlen' },
        winner_role: { name: 'gewinnerrolle', description: 'Rolle für den Gewinner' },
        voting: {
          name: 'abstimmung',
          description: 'Wer abstimmen darf (Standard: alle)',
          choices: { anyone: 'alle', 'members-before-start': 'nur Mitglieder, die vor dem Start beigetreten sind' },
        },
      },
    },
    submit: {
      name: 'einreichen',
      description: 'Reiche eines deiner Videos ein',
      options: {
        challenge: { name: 'challenge', description: 'Welche Challenge (Standard: die offene)' },
        video: { name: 'video', description: 'Auftrags-ID deines Videos (Standard: dein neuestes)' },
      },
    },
    end: {
      name: 'beenden',
      description: 'Beende eine Challenge sofort und poste die Ergebnisse (Server verwalten)',
      options: { challenge: { name: 'challenge', description: 'Welche Challenge' } },
    },
    cancel: {
      name: 'abbrechen',
      description: 'Brich eine Challenge ohne Ergebnisse ab (Server verwalten)',
      options: { challenge: { name: 'challenge', description: 'Welche Challenge' } },
    },
    list: { name: 'liste', description: 'Offene und kürzlich beendete Challenges' },
    show: {
      name: 'anzeigen',
      description: 'Die Beiträge einer Challenge und der aktuelle Stand',
      options: { challenge: { name: 'challenge', description: 'Welche Challenge' } },
    },
  },
} satisfies Messages['commands']['challenge'];
