// `/credits history` is worded when it is shown, in the reader's language: new journal entries keep
// what happened as data (a note: a message key and its numbers), never the ledger's English; entries
// written before notes existed keep their English text and read exactly as they did. Ledger refusals
// carry their message too, with the English kept for logs.
import { describe, expect, it } from 'vitest';
import { LedgerError, UserError } from '../../../src/errors/index.ts';
import { message, translator, type MessageKey, type T } from '../../../src/i18n/index.ts';
import { entryLine } from '../../../src/interactions/journalView.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { openStore } from '../../../src/services/store.ts';

const AT = Date.UTC(2026, 2, 2, 12);
const when = `<t:${AT / 1000}:R>`;
const english = translator('en-US');
/** A language that is not English: every message shown as its key and what went into it. */
const keysOnly: T = Object.assign((key: MessageKey, params?: Record<string, string | number>) => `[${key}${params ? ` ${JSON.stringify(params)}` : ''}]`, { locale: 'de' as const });

/** One of every change the journal records, newest first. */
async function journalOfEverything(): Promise<JournalEntry[]> {
  const store = await openStore('memory://');
  const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 100, now: () => AT });
  await ledger.grant('g1', '111', 900, 'launch week');
  await ledger.grant('g1', '999', 50, message('credits.history.note.allowance.day'), { operator: true });
  await ledger.set('g1', '999', 1500, undefined, { operator: true });
  await ledger.setDailyLimit('g1', '111', 60);
  await ledger.setDailyLimit('g1', '111', 0);
  await ledger.setLowBalanceThreshold('g1', '111', 50);
  await ledger.setLowBalanceThreshold('g1', '111', 0);
  await ledger.hold({ guildId: 'g1', memberId: '222', jobId: 'j1', amount: 30 });
  await ledger.capture('g1', 'j1');
  await ledger.hold({ guildId: 'g1', memberId: '222', jobId: 'j2', amount: 45 });
  await ledger.release('g1', 'j2', 'timeout');
  await ledger.budgets.fund('g1', '111', 'c3', 30, 'challenge #3');
  await ledger.holdFromBudget({ guildId: 'g1', memberId: '222', jobId: 'j3', amount: 20, budget: 'c3' });
  await ledger.release('g1', 'j3', 'timeout');
  await ledger.budgets.giveBack('g1', 'system', 'c3');
  const history = await ledger.history('g1', 100);
  await store.close();
  return history;
}

/** What `/credits history` said for each of them before notes, and still says in English (numbers now grouped: 1,470). */
const expected = [
  `${when} system 30 credits left in the challenge #3 budget returned to the pool → 1,470`,
  `${when} <@222> refunded 0 (timeout; 20 credits back to the challenge #3 budget) → 1,440 · job j3`,
  `${when} <@222> video: 20 credits from the challenge #3 budget (10 left) → 1,440 · job j3`,
  `${when} <@111> 30 credits moved to the challenge #3 budget → 1,440`,
  `${when} <@222> refunded +45 (timeout) → 1,470 · job j2`,
  `${when} <@222> held 45 for a video → 1,425 · job j2`,
  `${when} <@222> video delivered, 30 credits spent → 1,470 · job j1`,
  `${when} <@222> held 30 for a video → 1,470 · job j1`,
  `${when} <@111> low-balance alert off → 1,500`,
  `${when} <@111> low-balance alert below 50 credits → 1,500`,
  `${when} <@111> daily limit removed → 1,500`,
  `${when} <@111> daily limit 60 credits per member → 1,500`,
  `${when} balance set (+450) by the bot’s operator → 1,500`,
  `${when} granted +50 by the bot’s operator — daily allowance → 1,050`,
  `${when} <@111> granted +900 — launch week → 1,000`,
  `${when} system granted +100 — starting credits → 100`,
];

/** The same entries as the ledger wrote them before notes: its English in `reason`. */
const oldReasons = [
  '30 credits left in the challenge #3 budget returned to the pool',
  'timeout; 20 credits back to the challenge #3 budget',
  '20 credits from the challenge #3 budget (10 left)',
  '30 credits moved to the challenge #3 budget',
  'timeout',
  undefined,
  '30 credits spent',
  undefined,
  'low-balance alert off',
  'low-balance alert below 50 credits',
  'daily limit removed',
  'daily limit 60 credits per member',
  undefined,
  'daily allowance',
  'launch week',
  'starting credits',
];

describe('/credits history', () => {
  it('new entries keep what happened as data, and read in English as they always did', async () => {
    const history = await journalOfEverything();
    expect(history.map((e) => entryLine(e, english))).toEqual(expected);
    // Nothing the ledger wrote is English: only a member's own reason and the caller's cause are text.
    expect(history.flatMap((e) => (e.reason === undefined ? [] : [e.reason]))).toEqual(['timeout', 'timeout', 'launch week']);
    expect(history.find((e) => e.kind === 'capture')?.note).toEqual({ key: 'credits.history.note.spent', params: { amount: 30 } });
  });

  it('is worded in the reader’s language: every word of a new entry comes from the message files', async () => {
    const lines = (await journalOfEverything()).map((e) => entryLine(e, keysOnly));
    expect(lines[2]).toContain('[credits.history.lineJob');
    expect(lines[2]).toContain('[credits.history.note.fromBudget');
    expect(lines[2]).toContain('"balance":"1.440"');
    // Take away the message keys and their parameters' names: what is left is data, the member's own
    // reason, the caller's cause and the budget's label as the challenge gave it.
    const words = lines.join(' ').replace(/\[[a-zA-Z.]+/g, ' ').replace(/\\*"[a-zA-Z]+\\*":/g, ' ').match(/[a-z]{3,}/gi) ?? [];
    expect(new Set(words)).toEqual(new Set(['launch', 'week', 'timeout', 'challenge']));
  });

  it('entries written before notes keep their English text, shown as it was', async () => {
    const history = await journalOfEverything();
    const old = history.map((e, i): JournalEntry => {
      const { note: _note, reason: _reason, ...rest } = e;
      const reason = oldReasons[i];
      return reason === undefined ? rest : { ...rest, reason };
    });
    expect(old.map((e) => entryLine(e, english))).toEqual(expected);
    expect(old.map((e) => entryLine(e, keysOnly)).join('\n')).toContain('30 credits left in the challenge #3 budget returned to the pool');
  });
});

describe('ledger refusals', () => {
  it('carry their message for the member’s language, and their English for logs', async () => {
    const store = await openStore('memory://');
    const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 0 });
    const refused = await ledger.grant('g1', 'a', 1e12).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LedgerError);
    const error = refused as LedgerError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.said).toEqual({ key: 'credits.refused.wrapper', params: { detail: { key: 'credits.refused.grant.max', params: { max: 100_000_000 } } } });
    expect(error.detail).toBe('the grant cannot exceed 100,000,000 credits');
    expect(error.text(english)).toBe('That did not work: the grant cannot exceed 100,000,000 credits.');
    expect(error.text(keysOnly)).not.toContain('grant cannot');
    await store.close();
  });
});
