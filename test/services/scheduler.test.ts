import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Acknowledgements } from '../../src/interactions/acknowledgements.ts';
import { Scheduler, type Entry, type Outcome } from '../../src/services/scheduler.ts';
import { openStore, type Store } from '../../src/services/store.ts';
import { until } from '../support/wait.ts';

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function setup(run: (id: string) => Promise<Outcome>, concurrency = 4, store?: Store, giveWay?: Acknowledgements) {
  const s = store ?? (await openStore('memory://'));
  if (!store) stores.push(s);
  const entries = s.collection<Entry>('open');
  const scheduler = new Scheduler({ concurrency, logger, ...(giveWay ? { giveWay } : {}) });
  scheduler.register('work', { entries, run });
  return { scheduler, entries, store: s };
}

describe('scheduler', () => {
  it('starts nothing due while a member’s acknowledgement is in flight, and everything once it is answered', async () => {
    const acknowledgements = new Acknowledgements({ maxWaitMs: 5_000 });
    const ran: string[] = [];
    const { scheduler } = await setup(async (id) => (ran.push(id), 'done'), 4, undefined, acknowledgements);
    let answer!: () => void;
    const acknowledged = acknowledgements.send(() => new Promise<void>((resolve) => (answer = resolve)));
    await scheduler.set('work', 'a', Date.now());
    await scheduler.set('work', 'b', Date.now());
    await sleep(60);
    expect(ran).toEqual([]);
    answer();
    await acknowledged;
    await until(() => ran.length === 2, 1_000, 'both runs');
    expect(ran.sort()).toEqual(['a', 'b']);
    await scheduler.stop();
  });

  it('gives way to acknowledgements for a bounded time only', async () => {
    const acknowledgements = new Acknowledgements({ maxWaitMs: 50 });
    const ran: string[] = [];
    const { scheduler } = await setup(async (id) => (ran.push(id), 'done'), 4, undefined, acknowledgements);
    // Discord never answers this one.
    void acknowledgements.send(() => new Promise<void>(() => undefined));
    await scheduler.set('work', 'a', Date.now());
    await until(() => ran.length === 1, 1_000, 'the run after the wait');
    expect(acknowledgements.inFlight).toBe(1);
    await scheduler.stop();
  });

  it('runs each entry when it is due, earliest first, and not before', async () => {
    const ran: Array<{ id: string; at: number }> = [];
    const { scheduler } = await setup(async (id) => (ran.push({ id, at: Date.now() }), 'done'));
    const t0 = Date.now();
    await scheduler.set('work', 'late', t0 + 120);
    await scheduler.set('work', 'early', t0 + 20);
    await scheduler.set('work', 'middle', t0 + 60);
    await sleep(200);
    expect(ran.map((r) => r.id)).toEqual(['early', 'middle', 'late']);
    expect(ran[0]!.at - t0).toBeGreaterThanOrEqual(19);
    expect(ran[2]!.at - t0).toBeGreaterThanOrEqual(119);
    await scheduler.stop();
  });

  it('keeps only the latest due time when an entry is set again', async () => {
    const ran: string[] = [];
    const { scheduler } = await setup(async (id) => (ran.push(id), 'done'), 1);
    await scheduler.set('work', 'a', Date.now() + 10);
    await scheduler.set('work', 'a', Date.now() + 80);
    await sleep(40);
    expect(ran).toEqual([]);
    await sleep(80);
    expect(ran).toEqual(['a']);
    await scheduler.stop();
  });

  it('never runs more at once than its concurrency', async () => {
    let running = 0;
    let peak = 0;
    const { scheduler } = await setup(async () => {
      running += 1;
      peak = Math.max(peak, running);
      await sleep(15);
      running -= 1;
      return 'done';
    }, 3);
    for (let i = 0; i < 20; i++) scheduler.wake('work', `j${i}`);
    await sleep(250);
    expect(peak).toBe(3);
    expect(scheduler.size).toBe(0);
    await scheduler.stop();
  });

  it('holds 10,000 entries with one timer and runs none before it is due', async () => {
    let calls = 0;
    const { scheduler } = await setup(async () => ((calls += 1), 'done'), 8);
    const far = Date.now() + 60_000;
    for (let i = 0; i < 10_000; i++) scheduler.wake('work', `j${i}`, far + i);
    await sleep(30);
    expect(calls).toBe(0);
    expect(scheduler.size).toBe(10_000);
    await scheduler.stop();
  });

  it('persists what each run says: the next due time with its facts, or nothing once done', async () => {
    let runs = 0;
    let releaseSecond!: () => void;
    const second = new Promise<void>((resolve) => (releaseSecond = resolve));
    const { scheduler, entries } = await setup(async () => {
      runs += 1;
      if (runs === 1) return { at: Date.now() + 30, meta: { owner: 'g1' } };
      await second;
      return 'done';
    });
    const setAt = Date.now();
    await scheduler.set('work', 'x', setAt, { owner: 'g1' });
    // While the second run is held, the first run's answer is what is persisted.
    await until(() => runs === 2, 2_000, 'the second run');
    expect(await entries.get('x')).toMatchObject({ owner: 'g1' });
    expect((await entries.get('x'))!.dueAt).toBeGreaterThan(setAt);
    releaseSecond();
    await until(async () => (await entries.get('x')) === undefined, 2_000, 'the entry removed once done');
    expect(runs).toBe(2);
    await scheduler.stop();
  });

  it('resumes persisted entries after a restart, with the facts kept beside them', async () => {
    const store = await openStore('memory://');
    stores.push(store);
    const first = await setup(async () => 'done', 4, store);
    await first.scheduler.persist('work', 'kept', Date.now() + 20, { owner: 'g2' });
    await first.scheduler.stop();

    const ran: string[] = [];
    const seen: Array<[string, unknown]> = [];
    const entries = store.collection<Entry>('open');
    const second = new Scheduler({ concurrency: 2, logger });
    second.register('work', { entries, run: async (id) => (ran.push(id), 'done'), resumed: (id, entry) => seen.push([id, entry.owner]) });
    expect(await second.resume()).toEqual({ work: 1 });
    expect(seen).toEqual([['kept', 'g2']]);
    expect(second.has('work', 'kept')).toBe(true);
    await sleep(60);
    expect(ran).toEqual(['kept']);
    await second.stop();
  });

  it('resumes only the entries a process owns when several share the store (sharding)', async () => {
    const store = await openStore('memory://');
    stores.push(store);
    const first = await setup(async () => 'done', 4, store);
    await first.scheduler.persist('work', 'mine', Date.now() + 10, { guildId: 'a' });
    await first.scheduler.persist('work', 'theirs', Date.now() + 10, { guildId: 'b' });
    await first.scheduler.stop();

    const ran: string[] = [];
    const seen: string[] = [];
    const second = new Scheduler({ concurrency: 2, logger });
    second.register('work', { entries: store.collection<Entry>('open'), run: async (id) => (ran.push(id), 'done'), resumed: (id) => seen.push(id) });
    expect(await second.resume({ owns: (entry) => entry.guildId === 'a' })).toEqual({ work: 1 });
    expect(seen).toEqual(['mine']);
    expect(second.has('work', 'theirs')).toBe(false);
    await sleep(50);
    expect(ran).toEqual(['mine']);
    // The other process's entry is left where it is, for its owner to resume.
    expect(await store.collection<Entry>('open').get('theirs')).toMatchObject({ guildId: 'b' });
    await second.stop();
  });

  it('keeps kinds apart: the same id in two kinds is two entries', async () => {
    const store = await openStore('memory://');
    stores.push(store);
    const ran: string[] = [];
    const scheduler = new Scheduler({ concurrency: 2, logger });
    scheduler.register('a', { entries: store.collection<Entry>('open'), run: async (id) => (ran.push(`a:${id}`), 'done') });
    scheduler.register('b', { entries: store.collection<Entry>('meta'), run: async (id) => (ran.push(`b:${id}`), 'done') });
    await scheduler.set('a', '1', Date.now());
    await scheduler.set('b', '1', Date.now() + 10);
    await sleep(50);
    expect(ran).toEqual(['a:1', 'b:1']);
    await scheduler.stop();
  });

  it('leaves a detached entry as persisted, for its owner to set again', async () => {
    const { scheduler, entries } = await setup(async () => 'detached');
    const dueAt = Date.now();
    await scheduler.set('work', 'd', dueAt, { owner: 'g3' });
    await sleep(20);
    expect(scheduler.has('work', 'd')).toBe(false);
    expect(await entries.get('d')).toEqual({ owner: 'g3', dueAt });
    await scheduler.stop();
  });

  it('survives a run that throws: goes on with the rest and tries that one again later', async () => {
    const ran: string[] = [];
    const { scheduler } = await setup(async (id) => {
      if (id === 'bad') throw new Error('boom');
      ran.push(id);
      return 'done';
    }, 1);
    scheduler.wake('work', 'bad');
    scheduler.wake('work', 'good', Date.now() + 5);
    await sleep(60);
    expect(ran).toEqual(['good']);
    expect(scheduler.has('work', 'bad')).toBe(true);
    await scheduler.stop();
  });

  it('an entry woken while it runs runs again at the earlier of the two times', async () => {
    let runs = 0;
    const { scheduler } = await setup(async (id) => {
      runs += 1;
      if (runs === 1) {
        scheduler.wake('work', id, Date.now()); // e.g. a callback arrived during a check
        await sleep(10);
        return { at: Date.now() + 60_000 };
      }
      return 'done';
    });
    scheduler.wake('work', 'x');
    await sleep(60);
    expect(runs).toBe(2);
    await scheduler.stop();
  });

  it('a slow run woken again (a callback during a 30 s delivery) never holds back the 50 entries due beside it', async () => {
    let releaseSlow!: () => void;
    const slowHeld = new Promise<void>((resolve) => (releaseSlow = resolve));
    const ran: string[] = [];
    let slowRuns = 0;
    const { scheduler } = await setup(async (id) => {
      if (id === 'slow') {
        slowRuns += 1;
        if (slowRuns > 1) return 'done';
        await slowHeld; // a delivery that takes 30 s, then says "again in an hour"
        return { at: Date.now() + 3_600_000 };
      }
      ran.push(id);
      return 'done';
    }, 8);
    scheduler.wake('work', 'slow');
    await until(() => slowRuns === 1, 2_000, 'the slow run to start');
    // Woken again while it runs, due before everything else.
    scheduler.wake('work', 'slow', Date.now() - 1_000);
    for (let i = 0; i < 50; i++) scheduler.wake('work', `due${i}`);
    await until(() => ran.length === 50, 5_000, 'the 50 due entries to run while the slow one is held');
    expect(slowRuns).toBe(1);
    releaseSlow();
    await until(() => slowRuns === 2, 2_000, 'the slow entry to run again, at the earlier (woken) time');
    await scheduler.stop();
  });
});
