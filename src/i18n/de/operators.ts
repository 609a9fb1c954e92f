import type { Messages } from '../en-US/index.ts';

/**
 * `/operator` answers (private, the operator's Discord language), ALLOWED_GUILDS' refusal, and what
 * the bot tells its operators by direct message or in OPERATOR_CHANNEL_ID (no interaction, so
 * always English: the operator's language is not known there).
 */
export default {
  notOperator: 'Nur die Betreiber des Bots können `/operator` nutzen (der Eigentümer oder das Team der Anwendung sowie `OPERATOR_IDS`). Server-Berechtigungen zählen hier nicht.',
  notEnabledHere: 'Dieser Bot ist auf diesem Server nicht freigeschaltet.',
  pickSubcommand: 'Wähle einen Unterbefehl: serverliste, gutschreiben, festlegen, kontingent oder kie.',
  unknownSubcommand: '`/operator {{sub}}` ist kein Unterbefehl. Nutze serverliste, gutschreiben, festlegen, kontingent oder kie.',
  invalid: {
    amount: {
      whole: 'Der Betrag muss eine ganze Zahl an Credits sein.',
      min: 'Der Betrag muss mindestens {{minimum, number}} sein.',
      max: 'Der Betrag darf höchstens {{maximum, number}} Credits sein.',
    },
    balance: {
      whole: 'Das Guthaben muss eine ganze Zahl an Credits sein.',
      min: 'Das Guthaben muss mindestens {{minimum, number}} betragen.',
      max: 'Das Guthaben darf höchstens {{maximum, number}} Credits betragen.',
    },
    allowance: {
      whole: 'Das Kontingent muss eine ganze Zahl an Credits sein.',
      min: 'Das Kontingent muss mindestens {{minimum, number}} betragen.',
      max: 'Das Kontingent darf höchstens {{maximum, number}} Credits betragen.',
    },
    reason: 'Der Grund darf höchstens 200 Zeichen lang sein.',
    server: 'Wähle einen Server.',
    serverId: 'Wähle einen Server aus der Liste oder gib seine ID an (nur Ziffern).',
    every: '`intervall` muss Tag, Woche oder Monat sein.',
  },
  notThere: 'Der Bot ist auf keinem Server mit der ID `{{id}}`. `/operator serverliste` zeigt die Server, auf denen er ist.',
  otherProcess: '`{{id}}` wird von einem anderen Prozess dieses auf Shards verteilten Bots bedient, und nur dieser Prozess darf seine Credits ändern (ein Zuständiger pro Server). Es wurde nichts geändert.',
  granted: '{{amount}} Credits zu {{server}} hinzugefügt. Das Guthaben beträgt jetzt {{balance}} Credits.',
  set: '{{server}} hat jetzt {{balance}} Credits.',
  allowance: {
    offAndSet: 'Gib entweder `aus:True` an oder `betrag` und `intervall`, nicht beides.',
    missing: 'Gib `betrag` und `intervall` (Tag, Woche oder Monat) an, um ein Kontingent festzulegen, oder `aus:True`, um es zu beenden.',
    removed: '{{server}} hat jetzt kein Kontingent mehr.',
    none: '{{server}} hatte kein Kontingent.',
    set: '{{server}} bekommt jetzt {{allowance}}, zum ersten Mal am <t:{{at}}:f> (Grenzen in UTC). Der laufende Zeitraum bekommt daraus nichts: `/operator gutschreiben` fügt sofort Credits hinzu.',
    every: { day: '{{amount}} Credits pro Tag', week: '{{amount}} Credits pro Woche (ab Montag 00:00 UTC)', month: '{{amount}} Credits pro Monat' },
  },
  servers: {
    title: 'Server, auf denen der Bot ist ({{count}})',
    none: 'Der Bot ist auf keinem Server.',
    footer: 'Seite {{page}} von {{pages}} · Credits; heute und 30 Tage = reserviert oder verbraucht (UTC) · /operator gutschreiben, festlegen, kontingent',
    facts: 'Guthaben {{balance}} · reserviert {{held}} · heute {{today}} · 30 Tage {{month}} · {{allowance}}',
    allowance: { day: 'Kontingent {{amount}}/Tag', week: 'Kontingent {{amount}}/Woche', month: 'Kontingent {{amount}}/Monat' },
    noAllowance: 'kein Kontingent',
    notAllowed: ' · nicht in ALLOWED_GUILDS',
    previous: 'Zurück',
    next: 'Weiter',
  },
  kie: {
    balance: '**Kie-Konto:** {{credits}} Credits (gelesen <t:{{at}}:R>)',
    unread: '**Kie-Konto:** noch nicht gelesen (der Bot liest es beim Start und alle 10 Minuten)',
    spent: '**Heute verbraucht (UTC), alle Server:** {{spent}} Credits (reserviert oder verbraucht; Erstattungen abgezogen)',
    noCeiling: '**Tagesobergrenze:** keine (`DAILY_SPEND_CEILING` ist nicht gesetzt)',
    ceiling: '**Tagesobergrenze:** {{ceiling}} Credits; heute noch {{left}} übrig',
    lowBalance: '**Hinweis bei niedrigem Guthaben:** unter {{threshold}} Credits (`KIE_LOW_BALANCE`)',
    lowBalanceOff: '**Hinweis bei niedrigem Guthaben:** aus (`KIE_LOW_BALANCE=0`)',
  },
  /** To the operators about the Kie account, in English (see above). */
  notice: {
    lowBalance:
      '⚠️ Das Kie.ai-Konto des Bots ist fast leer: noch **{{balance}} Credits**, unter KIE_LOW_BALANCE ({{threshold}} Credits). Die Videos der Mitglieder werden davon bezahlt; ist es leer, werden sie abgelehnt. Lade es auf https://kie.ai auf. (Du wirst jedes Mal einmal benachrichtigt, wenn es darunter fällt.)',
    outOfCredits:
      '🛑 Kie.ai hat ein Video abgelehnt, weil das Konto des Bots keine Credits mehr hat (402){{balance}}. Die Mitglieder erfahren, dass ihr Video nicht erstellt werden konnte, und zahlen nichts. Lade es auf https://kie.ai auf. (Höchstens eine solche Nachricht pro Stunde.)',
    balanceReads: '; Kontostand laut Kie: {{balance}} Credits',
  },
} satisfies Messages['operators'];
