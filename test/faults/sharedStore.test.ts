// The Postgres or Redis server goes away while the bot runs: every read and write fails with an
// error its caller sees, and the store works again once the server is back. A failed read must never look like a missing record (the ledger would open
// a new account with the starting credits), and nothing may hang waiting for the server.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/services/store.ts';
import { until } from '../support/wait.ts';
import { startPostgres, startRedis, type TestServer } from '../support/servers.ts';

describe.each([
  ['Postgres', startPostgres],
  ['Redis', startRedis],
] as const)('%s going away', (_name, start) => {
  let server: TestServer | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close().catch(() => undefined);
    await server?.stop();
    store = undefined;
    server = undefined;
  });

  it('turns every read and write into an error, never into "no such record", and works again once the server is back', async () => {
    server = await start();
    store = await openStore(server.url);
    const accounts = store.collection<{ balance: number }>('accounts');
    await accounts.set('g1', { balance: 100 });
    expect(await accounts.get('g1')).toEqual({ balance: 100 });
    await server.halt();
    await expect(accounts.get('g1')).rejects.toThrow();
    await expect(accounts.get('g2')).rejects.toThrow();
    await expect(accounts.set('g1', { balance: 70 })).rejects.toThrow();
    await expect(
      (async () => {
        for await (const entry of accounts.entries()) void entry;
      })(),
    ).rejects.toThrow();

    // Back again: the same store works without a restart of the bot. (The test Redis keeps no data
    // across its restart; a real one must persist, see the README.)
    await server.resume();
    await until(() => accounts.get('g1').then(() => true, () => false), 20_000, 'the store to reconnect');
    await accounts.set('g1', { balance: 70 });
    expect(await accounts.get('g1')).toEqual({ balance: 70 });
  });
});
