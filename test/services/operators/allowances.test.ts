import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { Allowances } from '../../../src/services/operators/allowances.ts';
import { nextBoundary, periodOf } from '../../../src/services/operators/periods.ts';
import { Scheduler, type Entry } from '../../../src/services/scheduler.ts';
import { openStore } from '../../../src/services/store.ts';

const at = (iso: string) => Date.parse(iso);

describe('allowance periods (UTC)', () => {
  it('days, weeks from Monday and calendar months, with their next boundaries', () => {
    const t = at('2025-03-02T23:59:59.999Z'); // a Sunday
    expect(periodOf(t, 'day')).toBe('2025-03-02');
    expect(new Date(nextBoundary(t, 'day')).toISOString()).toBe('2025-03-03T00:00:00.000Z');
    expect(periodOf(t, 'week')).toBe('week-2025-02-24');
    expect(new Date(nextBoundary(t, 'week')).toISOString()).toBe('2025-03-03T00:00:00.000Z');
    expect(periodOf(at('2025-03-03T00:00:00Z'), 'week')).toBe('week-2025-03-03');
    expect(periodOf(t, 'month')).toBe('2025-03');
    expect(new Date(nextBoundary(at('2025-12-31T12:00:00Z'), 'month')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('Allowances', () => {
  async function setup(start: number) {
    const store = await openStore('memory://');
    const clock = { now: start };
    const logger = createLogger({ level: 'silent', secrets: [] });
    const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 0, now: () => clock.now });
    const scheduler = new Scheduler({ concurrency: 1, logger, now: () => clock.now });
    const allowances = new Allowances({ scheduler, entries: store.collection<Entry>('allowances'), ledger, now: () => clock.now, logger });
    allowances.register();
    return { clock, ledger, scheduler, allowances };
  }

  it('a run repeated before its next due time was saved (a crash) grants nothing more', async () => {
    const { clock, ledger, scheduler, allowances } = await setup(at('2025-03-02T12:00:00Z'));
    await scheduler.stop(); // runs are driven by hand here
    const dueAt = await allowances.set('g1', 'op', 50, 'day');
    expect(new Date(dueAt).toISOString()).toBe('2025-03-03T00:00:00.000Z');
    expect(await allowances.run('g1')).toMatchObject({ at: dueAt, meta: { period: '2025-03-02' } });
    expect((await ledger.account('g1')).balance).toBe(0);

    clock.now = at('2025-03-03T00:00:01Z');
    // The first run grants; its outcome is never saved (the process died), so the entry still says the old period.
    const first = await allowances.run('g1');
    const again = await allowances.run('g1');
    expect(first).toEqual(again);
    expect(first).toMatchObject({ at: at('2025-03-04T00:00:00Z'), meta: { period: '2025-03-03', amount: 50 } });
    const account = await ledger.account('g1');
    expect(account.balance).toBe(50);
    expect(account.journal.filter((e) => e.kind === 'grant')).toEqual([expect.objectContaining({ amount: 50, by: 'op', operator: true, note: { key: 'credits.history.note.allowance.day' } })]);
  });

  it('a run for an allowance turned off is done', async () => {
    const { scheduler, allowances } = await setup(at('2025-03-02T12:00:00Z'));
    await scheduler.stop();
    await allowances.set('g1', 'op', 50, 'week');
    expect(await allowances.off('g1')).toBe(true);
    expect(await allowances.off('g1')).toBe(false);
    expect(await allowances.run('g1')).toBe('done');
  });
});
