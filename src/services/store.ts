import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import sqlite3 from 'sqlite3';

/** One kind of record. Keyv underneath; `entries` exists because restarts must find open jobs. */
export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  entries(): AsyncIterable<[string, T]>;
}

export const collectionNames = ['jobs', 'open', 'accounts', 'journal', 'meta', 'memberJobs'] as const;
export type CollectionName = (typeof collectionNames)[number];

export interface Store {
  collection<T>(name: CollectionName): Collection<T>;
  /** Where the data lives, without credentials, for log lines. */
  readonly description: string;
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

class KeyvCollection<T> implements Collection<T> {
  readonly #keyv: Keyv<T>;
  constructor(keyv: Keyv<T>) {
    this.#keyv = keyv;
  }
  async get(key: string): Promise<T | undefined> {
    return (await this.#keyv.get(key)) ?? undefined;
  }
  async set(key: string, value: T): Promise<void> {
    const ok = await this.#keyv.set(key, value);
    if (!ok) throw new StoreError(`could not write ${key}`);
  }
  async delete(key: string): Promise<void> {
    await this.#keyv.delete(key);
  }
  async *entries(): AsyncIterable<[string, T]> {
    const iterator = this.#keyv.iterator;
    if (!iterator) throw new StoreError('this store cannot list its records');
    for await (const [key, value] of iterator.call(this.#keyv, undefined) as AsyncIterable<[string, T | undefined]>) {
      if (value !== undefined) yield [key, value];
    }
  }
}

/**
 * Opens the store named by DATABASE_URL: `sqlite://path/to/file.sqlite` (the default, a file next to
 * the bot) or `memory://` (tests, throw-away runs). Each kind of record gets its own table so that
 * listing open jobs never scans finished ones. Opening includes a write, so a read-only disk or a
 * bad path fails here, at start, not on the first member's command.
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  if (databaseUrl === 'memory://' || databaseUrl === 'memory') {
    const collections = new Map<string, Keyv>();
    return {
      description: 'memory',
      collection<T>(name: CollectionName) {
        let keyv = collections.get(name);
        if (!keyv) {
          keyv = new Keyv({ namespace: name, throwOnErrors: true });
          collections.set(name, keyv);
        }
        return new KeyvCollection<T>(keyv as Keyv<T>);
      },
      async close() {},
    };
  }
  if (!databaseUrl.startsWith('sqlite://')) {
    throw new StoreError(
      `DATABASE_URL must start with sqlite:// (for example sqlite://data/bot.sqlite) or be memory://; got a URL starting with "${databaseUrl.split(':')[0]}"`,
    );
  }
  const file = resolve(databaseUrl.slice('sqlite://'.length));
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'part of that path is a file, not a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new StoreError(`cannot create the folder for the database ${file}: ${why}`);
  }
  let db: SharedConnection;
  try {
    db = await openConnection(file);
  } catch (error) {
    throw new StoreError(`cannot open the database ${file}: ${(error as Error).message}`);
  }
  const keyvs = new Map<string, Keyv>();
  try {
    // WAL makes each single-key write (our unit of atomicity) cheap and lets readers run beside it.
    await db.query('PRAGMA journal_mode=WAL');
    await db.query('PRAGMA synchronous=NORMAL');
    for (const name of collectionNames) {
      const table = `bot_${name}`;
      await db.query(`CREATE TABLE IF NOT EXISTS ${table}(key VARCHAR(255) PRIMARY KEY, value TEXT)`);
      // @keyv/sqlite opens a connection of its own per adapter; several connections to one file
      // fight over its lock (SQLITE_BUSY on restart). Each adapter gets a throw-away in-memory
      // connection at construction, which is closed and replaced by the one shared connection.
      const adapter = new KeyvSqlite({ uri: 'sqlite://:memory:', table, iterationLimit: 1000 });
      await adapter.disconnect();
      adapter.query = db.query;
      adapter.close = async () => {};
      const keyv = new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
      keyv.on('error', () => {
        // surfaced through the failed call itself; Keyv would otherwise throw on an unhandled 'error' event
      });
      keyvs.set(name, keyv);
    }
    const meta = keyvs.get('meta')!;
    if (!(await meta.set('store-check', Date.now()))) throw new Error('write refused');
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new StoreError(`cannot open the database ${file} for writing: ${(error as Error).message}`);
  }
  return {
    description: `sqlite ${file}`,
    collection<T>(name: CollectionName) {
      return new KeyvCollection<T>(keyvs.get(name)! as Keyv<T>);
    },
    async close() {
      await db.close();
    },
  };
}

interface SharedConnection {
  query: (sql: string, ...params: unknown[]) => Promise<unknown[]>;
  close: () => Promise<void>;
}

function openConnection(file: string): Promise<SharedConnection> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, (error) => {
      if (error) return reject(error);
      database.configure('busyTimeout', 10_000);
      let closed: Promise<void> | undefined;
      resolve({
        query: (sql, ...params) =>
          new Promise((ok, fail) => {
            // @keyv/sqlite passes iterator parameters as one array; sqlite3 accepts either form.
            database.all(sql, ...(params as []), (err: Error | null, rows: unknown[]) => (err ? fail(err) : ok(rows)));
          }),
        close: () =>
          (closed ??= new Promise<void>((ok, fail) => {
            database.close((err) => (err ? fail(err) : ok()));
          })),
      });
    });
  });
}
