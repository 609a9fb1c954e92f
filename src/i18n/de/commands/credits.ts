import type { Messages } from '../../en-US/index.ts';

/** `/credits` as Discord shows it: subcommand and option names in German. */
export default {
  name: 'credits',
  description: 'Die Video-Credits dieses Servers verwalten',
  options: {
    balance: { name: 'guthaben', description: 'Das Guthaben des Servers und dein Verbrauch heute (für alle: /balance)' },
    grant: {
      name: 'gutschreiben',
      description: 'Credits zum Server-Guthaben hinzufügen (Betreiber des Bots, oder Admins, wo der Bot es erlaubt)',
      options: {
        amount: { name: 'betrag', description: 'Credits, die hinzukommen (1 Credit = 0,005 $ bei Kie.ai)' },
        reason: { name: 'grund', description: 'Warum (steht im Verlauf)' },
      },
    },
    set: { name: 'festlegen', description: 'Das Guthaben des Servers festlegen (Server verwalten)', options: { amount: { name: 'betrag', description: 'Das neue Guthaben in Credits' } } },
    limit: { name: 'limit', description: 'Tageslimit pro Mitglied (Server verwalten)', options: { daily: { name: 'pro_tag', description: 'Credits pro Mitglied und UTC-Tag; 0 = kein Limit' } } },
    alert: { name: 'warnung', description: 'Warnen, wenn das Guthaben unter einen Schwellenwert fällt (Server verwalten)', options: { below: { name: 'unter', description: 'Schwellenwert in Credits; 0 = aus' } } },
    usage: { name: 'verbrauch', description: 'Verbrauch pro Mitglied in den letzten 7 und 30 Tagen (Server verwalten)' },
    history: { name: 'verlauf', description: 'Letzte Änderungen am Guthaben (Server verwalten)' },
  },
} satisfies Messages['commands']['credits'];
