import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import { KeyvCollection, quiet } from './keyvCollection.ts';
import { Fence, LeaseKeeper } from './lease.ts';
import { SqliteLease } from './sqliteLease.ts';
import { openConnection, type SharedConnection } from './sqliteConnection.ts';

export { openConnection, type SharedConnection } from './sqliteConnection.ts';
import { collectionNames, StoreError, type CollectionName, type Store } from './types.ts';

/**
 * `sqlite://path/to/file.sqlite`: one file, one process (its lease: sqliteLease.ts). Each kind of
 * record gets its own table so that listing open jobs never scans finished ones.
 */
export async function openSqlite(databaseUrl: string): Promise<Store> {
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
      keyvs.set(name, quiet(new Keyv({ store: await sharedAdapter(table, db), namespace: name, throwOnErrors: true })));
    }
    const meta = keyvs.get('meta')!;
    if (!(await meta.set('store-check', Date.now()))) throw new Error('write refused');
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new StoreError(`cannot open the database ${file} for writing: ${(error as Error).message}`);
  }
  const fence = new Fence();
  return {
    description: `sqlite ${file}`,
    shared: false,
    backend: { kind: 'sqlite' },
    collection<T>(name: CollectionName) {
      return new KeyvCollection<T>(keyvs.get(name)! as Keyv<T>, name, undefined, fence);
    },
    lease(_scope, options) {
      // The scope does not matter: a SQLite file serves one process (start:sharded refuses more).
      // No busy wait on the lock: taken means another process runs, and it will not let go.
      return new LeaseKeeper(new SqliteLease(file, (lockFile) => openConnection(lockFile, 0)), fence, options);
    },
    async close() {
      await db.close();
    },
  };
}

/**
 * @keyv/sqlite opens a connection of its own per adapter and offers no way to pass one in (its
 * constructor overwrites any `connect` option). Several connections to one file fight over its lock
 * (SQLITE_BUSY on restart), so each adapter gets a throw-away in-memory connection at construction,
 * which is closed and replaced by the one shared connection through its public `query` and `close`
 * fields. This relies on @keyv/sqlite 4.0.x's shape: package.json pins the exact version and
 * test/services/store/sqlite.test.ts checks the shape and that every table uses the one connection.
 */
export async function sharedAdapter(table: string, db: SharedConnection): Promise<KeyvSqlite> {
  const adapter = new KeyvSqlite({ uri: 'sqlite://:memory:', table, iterationLimit: 1000 });
  await adapter.disconnect();
  adapter.query = db.query;
  adapter.close = async () => {};
  return adapter;
}
