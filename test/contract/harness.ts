// How the contract suites get stores: one harness per backend, the way Keyv tests its adapters.
// `fresh()` gives an empty store; `reopen()` a second connection to the same data, as a restarted
// process (or, for Postgres and Redis, another process) would see it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store } from '../../src/services/store.ts';
import { startPostgres, startRedis, type TestServer } from '../support/servers.ts';

export interface StoreHarness {
  readonly name: 'memory' | 'sqlite' | 'postgres' | 'redis';
  /** True when two `reopen()`ed stores behave as two processes on one database. */
  readonly shared: boolean;
  /** The server's DATABASE_URL (Postgres and Redis only). */
  readonly url?: string;
  fresh(): Promise<Store>;
  reopen(): Promise<Store>;
  /** Closes every store opened since the last call (the contracts call it after each test). */
  closeAll(): Promise<void>;
}

abstract class BaseHarness {
  protected readonly open: Store[] = [];
  protected track(store: Store): Store {
    this.open.push(store);
    return store;
  }
  async closeAll(): Promise<void> {
    const stores = [...new Set(this.open.splice(0))];
    await Promise.all(stores.map((s) => s.close()));
  }
}

export class MemoryHarness extends BaseHarness implements StoreHarness {
  readonly name = 'memory';
  readonly shared = false;
  #last: Store | undefined;
  async fresh(): Promise<Store> {
    this.#last = this.track(await openStore('memory://'));
    return this.#last;
  }
  /** Memory cannot be reopened: the same store stands in for the restarted process. */
  async reopen(): Promise<Store> {
    if (!this.#last) throw new Error('reopen() before fresh()');
    return this.#last;
  }
}

export class SqliteHarness extends BaseHarness implements StoreHarness {
  readonly name = 'sqlite';
  readonly shared = false;
  readonly #dirs: string[] = [];
  #url = '';
  async fresh(): Promise<Store> {
    const dir = mkdtempSync(join(tmpdir(), 'contract-sqlite-'));
    this.#dirs.push(dir);
    this.#url = `sqlite://${join(dir, 'bot.sqlite')}`;
    return this.track(await openStore(this.#url));
  }
  async reopen(): Promise<Store> {
    return this.track(await openStore(this.#url));
  }
  override async closeAll(): Promise<void> {
    await super.closeAll();
    for (const dir of this.#dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Postgres or Redis: one real server for the whole file. `fresh()` empties and hands out one store
 * kept open for the file (a new connection costs ~100 ms on a busy machine); `reopen()` opens a
 * new one, as another process would.
 */
export class ServerHarness extends BaseHarness implements StoreHarness {
  readonly name: 'postgres' | 'redis';
  readonly shared = true;
  #server: TestServer | undefined;
  #primary: Store | undefined;

  constructor(name: 'postgres' | 'redis') {
    super();
    this.name = name;
    beforeAll(async () => {
      this.#server = await (name === 'postgres' ? startPostgres() : startRedis());
    }, 60_000);
    afterAll(async () => {
      await this.closeAll();
      await this.#primary?.close();
      await this.#server?.stop();
    });
  }

  get url(): string {
    if (!this.#server) throw new Error(`the ${this.name} test server did not start (see the error of the first test)`);
    return this.#server.url;
  }

  async fresh(): Promise<Store> {
    this.#primary ??= await openStore(this.url);
    await empty(this.#primary);
    return this.#primary;
  }

  async reopen(): Promise<Store> {
    return this.track(await openStore(this.url));
  }
}

/** Removes every record the bot keeps (and the shared limits' state) from a server store. */
async function empty(store: Store): Promise<void> {
  const backend = store.backend;
  if (backend.kind === 'redis') {
    await backend.client.flushDb();
  } else if (backend.kind === 'postgres') {
    const { rows } = await backend.pool.query<{ name: string }>(
      "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'bot\\_%'",
    );
    // DELETE, not TRUNCATE: these tables hold a handful of rows, and TRUNCATE costs ~70 ms.
    if (rows.length > 0) await backend.pool.query(rows.map((r) => `DELETE FROM ${r.name};`).join(' '));
  }
}
