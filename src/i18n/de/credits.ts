import type { Messages } from '../en-US/index.ts';

/**
 * `/credits` answers (private, the member's language), the ledger's refusals and the journal as
 * `/credits verlauf` words it. Numbers that travel inside a message made before its language is
 * known (zod's limits, a refusal, a journal note) are formatted here: `{{n, number}}`.
 */
export default {
  invalid: {
    amount: {
      whole: 'Der Betrag muss eine ganze Zahl an Credits sein.',
      min: 'Der Betrag muss mindestens {{minimum, number}} sein. Um das Guthaben zu senken, nutze `/credits festlegen`.',
      max: 'Der Betrag darf höchstens {{maximum, number}} Credits sein.',
    },
    balance: {
      whole: 'Das Guthaben muss eine ganze Zahl an Credits sein.',
      min: 'Das Guthaben darf nicht negativ sein.',
      max: 'Das Guthaben darf höchstens {{maximum, number}} Credits betragen.',
    },
    daily: {
      whole: 'Das Tageslimit muss eine ganze Zahl an Credits sein.',
      min: 'Das Tageslimit darf nicht negativ sein.',
      max: 'Das Tageslimit darf höchstens {{maximum, number}} Credits betragen.',
    },
    threshold: {
      whole: 'Der Schwellenwert muss eine ganze Zahl an Credits sein.',
      min: 'Der Schwellenwert darf nicht negativ sein.',
      max: 'Der Schwellenwert darf höchstens {{maximum, number}} Credits betragen.',
    },
    reason: 'Der Grund darf höchstens 200 Zeichen lang sein.',
  },
  notInServer: 'Credits gehören zu einem Server. Nutze `/credits` auf einem Server.',
  pickSubcommand: 'Wähle einen Unterbefehl: guthaben, gutschreiben, festlegen, limit, warnung, verbrauch oder verlauf.',
  unknownSubcommand: '`/credits {{sub}}` ist kein Unterbefehl. Nutze guthaben, gutschreiben, festlegen, limit, warnung, verbrauch oder verlauf.',
  manageServer: 'Nur Mitglieder mit der Berechtigung „Server verwalten“ können `/credits {{sub}}` nutzen.',
  operatorOnly: {
    add: 'Nur der Betreiber des Bots kann Credits hinzufügen.',
    raise: 'Nur der Betreiber des Bots kann das Guthaben erhöhen; du kannst es höchstens auf den aktuellen Stand des Servers festlegen.',
    // Who the operators are is never said: how to ask is OPERATOR_CONTACT's, if set.
    where:
      '{{what}} Credits kommen vom Betreiber des Bots, der jedes Video bei Kie.ai bezahlt; die Admins eines Servers verteilen und begrenzen die Credits, die ihr Server bekommen hat (`/credits limit`, `/credits warnung`, Challenge-Budgets). {{ask}}',
    askContact: 'Mehr Credits anfragen: {{contact}}',
    askAnyone: 'Wenn du mehr Credits möchtest, wende dich an die Person, die diesen Bot zu deinem Server hinzugefügt hat oder ihn betreibt.',
  },
  granted: '{{amount}} Credits hinzugefügt. Der Server hat jetzt {{balance}} Credits.',
  balanceSet: 'Das Guthaben des Servers beträgt jetzt {{balance}} Credits.',
  limit: { off: 'Mitglieder haben jetzt kein Tageslimit mehr.', set: 'Jedes Mitglied kann jetzt bis zu {{amount}} Credits pro UTC-Tag verbrauchen.' },
  alert: { off: 'Warnungen bei niedrigem Guthaben sind aus.', set: 'Der Bot meldet sich einmal, wenn das Guthaben unter {{amount}} Credits fällt.' },
  usage: {
    none: 'In den letzten 30 Tagen hat niemand Credits verbraucht.',
    title: '**Verbrauchte Credits pro Mitglied**',
    line: '<@{{memberId}}>: {{week}} (7 Tage) · {{month}} (30 Tage) · {{today}} heute',
    more_one: '…und {{count}} weiteres Mitglied.',
    more_other: '…und {{count}} weitere Mitglieder.',
  },
  /** A ledger refusal (LedgerError): nothing was changed. */
  refused: {
    wrapper: 'Das hat nicht geklappt: {{detail}}.',
    grant: {
      whole: 'die Gutschrift muss eine ganze Zahl an Credits sein',
      min: 'die Gutschrift muss mindestens {{min, number}} Credit betragen',
      max: 'die Gutschrift darf höchstens {{max, number}} Credits betragen',
    },
    set: {
      whole: 'der neue Stand muss eine ganze Zahl an Credits sein',
      min: 'der neue Stand darf nicht negativ sein',
      max: 'der neue Stand darf höchstens {{max, number}} Credits betragen',
    },
    dailyLimit: {
      whole: 'das Tageslimit muss eine ganze Zahl an Credits sein',
      min: 'das Tageslimit darf nicht negativ sein',
      max: 'das Tageslimit darf höchstens {{max, number}} Credits betragen',
    },
    alertThreshold: {
      whole: 'der Warn-Schwellenwert muss eine ganze Zahl an Credits sein',
      min: 'der Warn-Schwellenwert darf nicht negativ sein',
      max: 'der Warn-Schwellenwert darf höchstens {{max, number}} Credits betragen',
    },
    budget: {
      whole: 'das Budget muss eine ganze Zahl an Credits sein',
      min: 'das Budget muss mindestens {{min, number}} Credit betragen',
      max: 'das Budget darf höchstens {{max, number}} Credits betragen',
    },
    balanceTooLarge: 'das Guthaben würde dann über {{max, number}} Credits liegen',
    holdAmount: 'der reservierte Betrag muss eine positive ganze Zahl sein, erhalten: {{amount}}',
    raise: 'nur der Betreiber des Bots kann das Guthaben erhöhen',
  },
  /** `/credits verlauf`: one line per change, newest first. */
  history: {
    none: 'Noch keine Änderungen.',
    title: '**Letzte Änderungen, neueste zuerst**',
    line: '{{when}} {{who}} {{what}} → {{balance}}',
    lineJob: '{{when}} {{who}} {{what}} → {{balance}} · Auftrag {{jobId}}',
    operatorLine: '{{when}} {{what}} → {{balance}}',
    system: 'System',
    withReason: '{{what}} — {{reason}}',
    operatorGrant: '{{sign}} gutgeschrieben vom Betreiber des Bots',
    operatorSet: 'Guthaben festgelegt ({{sign}}) vom Betreiber des Bots',
    grant: '{{sign}} gutgeschrieben',
    set: 'Guthaben festgelegt ({{sign}})',
    hold: '{{amount}} für ein Video reserviert',
    holdNote: 'Video: {{note}}',
    capture: 'Video geliefert',
    captureNote: 'Video geliefert, {{note}}',
    release: '{{sign}} erstattet',
    releaseNote: '{{sign}} erstattet ({{note}})',
    limit: 'Tageslimit geändert',
    alert: 'Warnung geändert',
    budget: 'Challenge-Budget ({{sign}})',
    /** What a change's entry says about it, kept as data and worded when shown. */
    note: {
      startingCredits: 'Start-Credits',
      allowance: { day: 'tägliches Kontingent', week: 'wöchentliches Kontingent', month: 'monatliches Kontingent' },
      spent: '{{amount, number}} Credits verbraucht',
      fromBudget: '{{amount, number}} Credits aus dem Budget für {{budget}} (noch {{left, number}} übrig)',
      backToBudget: '{{why}}; {{amount, number}} Credits zurück ins Budget für {{budget}}',
      toBudget: '{{amount, number}} Credits ins Budget für {{budget}} verschoben',
      budgetReturned: '{{amount, number}} übrige Credits aus dem Budget für {{budget}} zurück ins Server-Guthaben',
      budgetName: 'die Challenge',
      limitRemoved: 'Tageslimit entfernt',
      limitSet: 'Tageslimit {{amount, number}} Credits pro Mitglied',
      alertOff: 'Warnung bei niedrigem Guthaben aus',
      alertSet: 'Warnung bei Guthaben unter {{amount, number}} Credits',
    },
  },
} satisfies Messages['credits'];
