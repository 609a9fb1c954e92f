// The Postgres or Redis server goes away while the bot runs: every read and write fails with an
// error its caller sees. A failed read must never look like a missing record (the ledger would open
// a new account with the starting credits), and nothing may hang waiting for the server.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/services/store.ts';
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

  it('turns every read and write into an error, never into "no such record"', async () => {
    server = await start();
    store = await openStore(server.url);
    const accounts = store.collection<{ balance: number }>('accounts');
    await accounts.set('g1', { balance: 100 });
    expect(await accounts.get('g1')).toEqual({ balance: 100 });
    await server.stop();
    await expect(accounts.get('g1')).rejects.toThrow();
    await expect(accounts.get('g2')).rejects.toThrow();
    await expect(accounts.set('g1', { balance: 70 })).rejects.toThrow();
    await expect(
      (async () => {
        for await (const entry of accounts.entries()) void entry;
      })(),
    ).rejects.toThrow();
  });
});
