import type { Messages } from '../../en-US/index.ts';

/** `/jobs` as Discord shows it: subcommand and option names in German. */
export default {
  name: 'jobs',
  description: 'Deine letzten Videos: auflisten, eines erneut holen, ein wartendes abbrechen',
  options: {
    list: {
      name: 'liste',
      description: 'Deine letzten Videos, neueste zuerst',
      options: { member: { name: 'mitglied', description: 'Wessen Videos (nur Admins mit Server verwalten)' } },
    },
    show: {
      name: 'anzeigen',
      description: 'Details zu einem Auftrag; ein fertiges Video wird dir erneut gepostet',
      options: { id: { name: 'id', description: 'Der Auftrag (kurze ID aus /jobs liste)' } },
    },
    cancel: {
      name: 'abbrechen',
      description: 'Brich einen Auftrag ab, der noch wartet; seine Credits kommen sofort zurück',
      options: { id: { name: 'id', description: 'Der wartende Auftrag' } },
    },
  },
} satisfies Messages['commands']['jobs'];
