// What every store backend promises the services: the same collections, values back as they were
// written, listings that see every record (and only their collection's), data that outlives the
// connection, and a clear StoreError (never a password) when it cannot open.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/services/store.ts';
import { collectionNames } from '../../src/services/store/types.ts';
import type { StoreHarness } from './harness.ts';

async function list<T>(iterable: AsyncIterable<[string, T]>): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for await (const [key, value] of iterable) out.set(key, value);
  return out;
}

export function storeContract(harness: StoreHarness): void {
  describe(`store on ${harness.name}`, () => {
    afterEach(() => harness.closeAll());

    it('gives back what was written, nested and unicode included, and forgets what was deleted', async () => {
      const store = await harness.fresh();
      const jobs = store.collection<Record<string, unknown>>('jobs');
      const value = { prompt: 'a café at dusk — 夕暮れ 🎬', input: { n: [1, 2.5, null], flag: true }, price: 45 };
      await jobs.set('job:1%_x', value);
      expect(await jobs.get('job:1%_x')).toEqual(value);
      expect(await jobs.get('missing')).toBeUndefined();
      await jobs.set('job:1%_x', { ...value, price: 30 });
      expect(await jobs.get('job:1%_x')).toMatchObject({ price: 30 });
      await jobs.delete('job:1%_x');
      expect(await jobs.get('job:1%_x')).toBeUndefined();
      await jobs.delete('job:1%_x');
    });

    it('keeps collections apart: the same key in two collections, listings of one collection only', async () => {
      const store = await harness.fresh();
      const jobs = store.collection<{ kind: string }>('jobs');
      const open = store.collection<{ kind: string }>('open');
      await jobs.set('a', { kind: 'job' });
      await open.set('a', { kind: 'open' });
      await open.set('b', { kind: 'open' });
      expect(await jobs.get('a')).toEqual({ kind: 'job' });
      expect(await list(jobs.entries())).toEqual(new Map([['a', { kind: 'job' }]]));
      expect(await list(open.entries())).toEqual(
        new Map([
          ['a', { kind: 'open' }],
          ['b', { kind: 'open' }],
        ]),
      );
    });

    it('lists every collection the bot has, on a new store and then with what was written', async () => {
      const store = await harness.fresh();
      for (const name of collectionNames) {
        const collection = store.collection<string>(name);
        // A new store has nothing but its own write check (in meta).
        expect([...(await list(collection.entries())).keys()].filter((k) => k !== 'store-check'), name).toEqual([]);
        await collection.set('k', name);
        expect((await list(collection.entries())).get('k'), name).toBe(name);
      }
    });

    it('lists every record of a collection past one page of the backend', async () => {
      const store = await harness.fresh();
      const open = store.collection<{ dueAt: number }>('open');
      const count = 1_050;
      for (let i = 0; i < count; i += 100) {
        await Promise.all(Array.from({ length: Math.min(100, count - i) }, (_, j) => open.set(`job-${i + j}`, { dueAt: i + j })));
      }
      const listed = await list(open.entries());
      expect(listed.size).toBe(count);
      expect(listed.get('job-1049')).toEqual({ dueAt: 1049 });
    });

    it('lists a collection while another process deletes from it: what is listed was there, nothing fails', async () => {
      const store = await harness.fresh();
      const open = store.collection<{ dueAt: number }>('open');
      const count = 600;
      await Promise.all(Array.from({ length: count }, (_, i) => open.set(`job-${i}`, { dueAt: i })));
      // Records go while the listing reads them (a shard process finishing its jobs during another's
      // start): each record read sends the deletes of records further on, without waiting.
      const listed = new Map<string, { dueAt: number }>();
      const deletes: Promise<void>[] = [];
      let next = 0;
      for await (const [key, value] of open.entries()) {
        listed.set(key, value);
        for (let j = 0; j < 4 && next < count; j++, next++) if (next % 2 === 0) deletes.push(open.delete(`job-${next}`));
      }
      await Promise.all(deletes);
      for (const [key, value] of listed) expect(value).toEqual({ dueAt: Number(key.slice(4)) });
      for (let i = 1; i < count; i += 2) expect(listed.has(`job-${i}`)).toBe(true);
    });

    it('keeps the data for the next connection', async () => {
      const first = await harness.fresh();
      await first.collection<number>('meta').set('learned', 42);
      const second = await harness.reopen();
      expect(await second.collection<number>('meta').get('learned')).toBe(42);
      expect(second.description).not.toMatch(/test-secret-pw/);
      expect(second.shared).toBe(harness.shared);
    });

    if (harness.name !== 'memory') {
      it('refuses reads and writes once closed (a late write after shutdown fails, it does not reconnect)', async () => {
        await harness.fresh();
        const store = await harness.reopen();
        const meta = store.collection<number>('meta');
        await store.close();
        await expect(meta.set('late', 1)).rejects.toThrow();
        await expect(meta.get('late')).rejects.toThrow();
      });
    }

    if (harness.shared) {
      it('lets two processes see each other’s writes at once', async () => {
        const a = await harness.fresh();
        const b = await harness.reopen();
        await a.collection<string>('accounts').set('g1', 'from a');
        expect(await b.collection<string>('accounts').get('g1')).toBe('from a');
        await b.collection<string>('accounts').delete('g1');
        expect(await a.collection<string>('accounts').get('g1')).toBeUndefined();
      });

      it('refuses to open with a wrong password or an unreachable server, saying where but never the password', async () => {
        const real = new URL(harness.url ?? '');
        const scheme = real.protocol;
        const path = harness.name === 'redis' ? '/0' : '/bot';
        const attempts = [`${scheme}//bot:Wr0ng%40pass-word@${real.host}${path}`, `${scheme}//someone:Wr0ng%40pass-word@127.0.0.1:9${path}`];
        for (const attempt of attempts) {
          const error = await openStore(attempt).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(StoreError);
          const message = (error as Error).message;
          expect(message).toMatch(new RegExp(`^cannot connect to the database ${scheme}//\\*\\*\\*@127\\.0\\.0\\.1:\\d+${path}: \\S`));
          expect(message).not.toMatch(/Wr0ng|pass-word/);
        }
      });
    }
  });
}
