// One owner per server (issue 21, finding 7): the lease a bot process takes on what it serves, on
// every store, and the fence that makes the store refuse a stale owner's writes.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ownerScope } from '../../../src/services/sharding/layout.ts';
import { NotOwnerError, openStore, StoreInUseError, type LeaseOptions, type LeaseScope, type OwnerLease, type Store } from '../../../src/services/store.ts';
import { scopesOverlap } from '../../../src/services/store/lease.ts';
import { startPostgres, startRedis, type TestServer } from '../../support/servers.ts';
import { until } from '../../support/wait.ts';

const EVERY_SERVER: LeaseScope = { count: 1, ids: [0] };
const FAST = { ttlMs: 1_000, renewMs: 100, retryMs: 50 };

const stores: Store[] = [];
const leases: OwnerLease[] = [];
afterEach(async () => {
  for (const lease of leases.splice(0)) await lease.release();
  await Promise.all(stores.splice(0).map((s) => s.close().catch(() => undefined)));
});

async function open(url: string): Promise<Store> {
  const store = await openStore(url);
  stores.push(store);
  return store;
}

function leaseOf(store: Store, scope: LeaseScope, options: LeaseOptions = FAST): OwnerLease {
  const lease = store.lease(scope, options);
  leases.push(lease);
  return lease;
}

describe('what a process leases', () => {
  it('is every server for npm start and a one-process start:sharded, its shards otherwise', () => {
    expect(ownerScope(undefined)).toEqual(EVERY_SERVER);
    expect(ownerScope({ process: 0, processes: 1, ids: [0, 1, 2, 3], count: 4 })).toEqual(EVERY_SERVER);
    expect(ownerScope({ process: 1, processes: 2, ids: [2, 3], count: 4 })).toEqual({ count: 4, ids: [2, 3] });
  });

  it('lets two owners run together only with one shard count split between them', () => {
    expect(scopesOverlap({ count: 4, ids: [0, 1] }, { count: 4, ids: [2, 3] })).toBe(false);
    expect(scopesOverlap({ count: 4, ids: [0, 1] }, { count: 4, ids: [1] })).toBe(true);
    // A restart with another SHARDS: guilds move between shards.
    expect(scopesOverlap({ count: 4, ids: [0, 1] }, { count: 8, ids: [6, 7] })).toBe(true);
    expect(scopesOverlap(EVERY_SERVER, { count: 4, ids: [3] })).toBe(true);
    expect(scopesOverlap(EVERY_SERVER, EVERY_SERVER)).toBe(true);
  });
});

describe('the SQLite lease', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bot-lease-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second owner of the file at once, naming the file, while other connections still read and write it', async () => {
    const file = join(dir, 'one.sqlite');
    const first = await open(`sqlite://${file}`);
    await leaseOf(first, EVERY_SERVER).acquire();
    await first.collection<number>('meta').set('k', 1);

    const second = await open(`sqlite://${file}`);
    const refused = await leaseOf(second, EVERY_SERVER).acquire().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(StoreInUseError);
    expect((refused as Error).message).toContain(`another bot process is using the database ${file}`);
    // The data file itself is not locked: npm run models and the tests use it beside a bot.
    expect(await second.collection<number>('meta').get('k')).toBe(1);
    await second.collection<number>('meta').set('k2', 2);

    await leases[0]!.release();
    await expect(first.collection<number>('meta').set('k', 3)).rejects.toThrow(NotOwnerError);
    const third = await open(`sqlite://${file}`);
    await leaseOf(third, EVERY_SERVER).acquire();
    await third.collection<number>('meta').set('k', 4);
    expect(await third.collection<number>('meta').get('k')).toBe(4);
  });

  it('is lost, and writes stop, when its lock file is replaced (a second owner could lock the new one)', async () => {
    const file = join(dir, 'two.sqlite');
    const store = await open(`sqlite://${file}`);
    const lease = leaseOf(store, EVERY_SERVER);
    await lease.acquire();
    writeFileSync(join(dir, 'other.lock'), '');
    renameSync(join(dir, 'other.lock'), `${file}.lock`);
    expect(await lease.lost).toContain('another bot process took over');
    await expect(store.collection<number>('meta').set('k', 1)).rejects.toThrow(NotOwnerError);
  });
});

describe.each([
  ['Postgres', startPostgres],
  ['Redis', startRedis],
] as const)('the %s lease', (name, start) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await start();
  }, 60_000);
  afterAll(() => server?.stop());

  it('makes an overlapping owner wait, tells it who holds its servers, and hands over on release; disjoint shards of one count run together', async () => {
    const [a, b, c] = [await open(server.url), await open(server.url), await open(server.url)];
    const low = leaseOf(a, { count: 4, ids: [0, 1] });
    const high = leaseOf(b, { count: 4, ids: [2, 3] });
    await low.acquire();
    await high.acquire();

    const told: string[][] = [];
    let taken = false;
    const whole = leaseOf(c, EVERY_SERVER);
    const waiting = whole.acquire((holders) => told.push(holders)).then(() => (taken = true));
    await until(() => told.length > 0, 5_000, 'the waiting process to be told who holds its servers');
    expect(told[0]).toHaveLength(2);
    expect(told[0]!.join('\n')).toMatch(new RegExp(`pid ${process.pid} on .* \\(shards 0, 1 of 4\\)`));
    expect(told[0]!.join('\n')).toContain('(shards 2, 3 of 4)');

    await low.release();
    await until(() => told.length > 1, 5_000, 'the waiting process to be told only one holder is left');
    expect(told.at(-1)).toEqual([expect.stringContaining('(shards 2, 3 of 4)')]);
    expect(taken).toBe(false);
    // A released owner writes nothing more.
    await expect(a.collection<number>('meta').set('x', 1)).rejects.toThrow(NotOwnerError);

    await high.release();
    await waiting;
    await c.collection<number>('meta').set('x', 2);
    expect(await c.collection<number>('meta').get('x')).toBe(2);
  });

  it('refuses the writes of an owner whose lease was taken from it before it noticed', async () => {
    const stale = await open(server.url);
    const jobs = stale.collection<{ state: string }>('jobs');
    // No renewal or check during the test: only the store can stop this owner.
    const lease = leaseOf(stale, EVERY_SERVER, { ...FAST, renewMs: 60_000 });
    await lease.acquire();
    await jobs.set('j1', { state: 'running' });
    await jobs.set('j2', { state: 'running' });

    const backend = stale.backend;
    if (backend.kind === 'postgres') await backend.pool.query('DELETE FROM bot_owners');
    else if (backend.kind === 'redis') await backend.client.del('bot_owners');

    await expect(jobs.set('j1', { state: 'delivered' })).rejects.toThrow(/the store refused its write/);
    await expect(jobs.delete('j2')).rejects.toThrow(NotOwnerError);
    expect(await lease.lost).toContain('another bot process owns these servers');
    expect(await jobs.get('j1')).toEqual({ state: 'running' });
    expect(await jobs.get('j2')).toEqual({ state: 'running' });
  });

  it(`lets a replacement take over from an owner that went silent (${name === 'Redis' ? 'stopped renewing, its clock standing still' : 'its lease connection cut'}) and refuses that owner’s writes`, async () => {
    const stale = await open(server.url);
    const frozen = Date.now();
    const lease = leaseOf(stale, EVERY_SERVER, name === 'Redis' ? { ttlMs: 300, renewMs: 60_000, retryMs: 50, now: () => frozen } : FAST);
    await lease.acquire();
    const account = stale.collection<{ balance: number }>('accounts');
    await account.set('g1', { balance: 100 });

    if (stale.backend.kind === 'postgres') {
      const { rows } = await stale.backend.pool.query<{ session_pid: number }>('SELECT session_pid FROM bot_owners');
      await stale.backend.pool.query('SELECT pg_terminate_backend($1)', [rows[0]!.session_pid]);
    }
    const fresh = await open(server.url);
    await leaseOf(fresh, EVERY_SERVER).acquire();
    await fresh.collection<{ balance: number }>('accounts').set('g1', { balance: 70 });

    // Redis: the owner itself still believes it holds the lease; only the store can refuse it.
    await expect(account.set('g1', { balance: 40 })).rejects.toThrow(name === 'Redis' ? /the store refused its write/ : NotOwnerError);
    expect(await lease.lost).toBeTruthy();
    expect(await fresh.collection<{ balance: number }>('accounts').get('g1')).toEqual({ balance: 70 });
  });
});
