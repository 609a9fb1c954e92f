import type { Messages } from '../../en-US/index.ts';

/** `/operator` as Discord shows it (registered only in OPERATOR_GUILD_ID): subcommand and option names in German. */
const server = { name: 'server', description: 'Der Server (tippe einen Teil seines Namens oder seiner ID)' } as const;

export default {
  name: 'operator',
  description: 'Für die Betreiber des Bots: Credits aller Server, Gutschriften, Kontingente, das Kie-Konto',
  options: {
    servers: { name: 'serverliste', description: 'Alle Server des Bots: Guthaben, reserviert, verbraucht, Kontingent, erlaubt' },
    grant: {
      name: 'gutschreiben',
      description: 'Credits zum Guthaben eines Servers hinzufügen',
      options: {
        server,
        amount: { name: 'betrag', description: 'Credits, die hinzukommen (1 Credit = 0,005 $ bei Kie.ai)' },
        reason: { name: 'grund', description: 'Warum (steht im Verlauf des Servers)' },
      },
    },
    set: { name: 'festlegen', description: 'Das Guthaben eines Servers festlegen', options: { server, amount: { name: 'betrag', description: 'Das neue Guthaben in Credits' } } },
    allowance: {
      name: 'kontingent',
      description: 'Eine wiederkehrende Gutschrift für einen Server pro UTC-Tag, -Woche oder -Monat; oder aus',
      options: {
        server,
        amount: { name: 'betrag', description: 'Credits pro Zeitraum' },
        every: { name: 'intervall', description: 'Wie oft (Grenzen in UTC)', choices: { day: 'Tag', week: 'Woche', month: 'Monat' } },
        off: { name: 'aus', description: 'Das Kontingent des Servers beenden' },
      },
    },
    kie: { name: 'kie', description: 'Guthaben des Kie-Kontos, heutiger Verbrauch aller Server, die Obergrenze' },
  },
} satisfies Messages['commands']['operator'];
