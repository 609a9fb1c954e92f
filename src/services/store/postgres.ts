import Keyv from 'keyv';
import KeyvPostgres, { type KeyvPostgresOptions } from '@keyv/postgres';
import pg from 'pg';
import { KeyvCollection, quiet } from './keyvCollection.ts';
import { collectionNames, StoreError, type CollectionName, type Store } from './types.ts';
import { redactUrl, scrub } from './url.ts';

/**
 * @keyv/postgres keeps one module-wide pool per URL and ends it on any adapter's disconnect, which
 * breaks two stores in one process and closes the pool under the other collections. Its adapter
 * gets its query function from the public `connect()` method; this subclass answers it from the
 * store's own pool, so the store decides when the pool ends.
 */
class PooledKeyvPostgres extends KeyvPostgres {
  override async connect(): Promise<(sql: string, values?: unknown) => Promise<unknown[]>> {
    const pool = (this.opts as KeyvPostgresOptions & { pool: pg.Pool }).pool;
    return async (sql, values) => (await pool.query(sql, values as unknown[])).rows as unknown[];
  }
  override async disconnect(): Promise<void> {}
}

/** `postgres://user:password@host:5432/database`: shared by every process of the bot. */
export async function openPostgres(databaseUrl: string): Promise<Store> {
  const where = redactUrl(databaseUrl);
  const fail = (what: string, error: unknown) => new StoreError(`${what} ${where}: ${scrub(describe(error), databaseUrl)}`);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000, query_timeout: 30_000 });
  } catch (error) {
    throw fail('cannot read the database URL', error);
  }
  // An idle connection that the server drops is replaced on the next query; without a listener the
  // pool's 'error' event would end the process.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw fail('cannot connect to the database', error);
  }
  const keyvs = new Map<string, Keyv>();
  try {
    await ensureSchema(
      pool,
      collectionNames.map((name) => `CREATE TABLE IF NOT EXISTS ${tableOf(name)}(key VARCHAR(255) PRIMARY KEY, value TEXT)`),
    );
    for (const name of collectionNames) {
      const options = { uri: 'postgres://unused', table: tableOf(name), iterationLimit: 1000, pool } as KeyvPostgresOptions;
      const adapter = new PooledKeyvPostgres(options);
      // Each adapter checks its table at construction; one at a time, so opening uses one connection.
      await adapter.query('SELECT 1');
      keyvs.set(name, quiet(new Keyv({ store: adapter, namespace: name, throwOnErrors: true })));
    }
    if (!(await keyvs.get('meta')!.set('store-check', Date.now()))) throw new Error('write refused');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw fail('cannot open the database for writing', error);
  }
  let ended: Promise<void> | undefined;
  return {
    description: `postgres ${where}`,
    shared: true,
    backend: { kind: 'postgres', pool },
    collection<T>(name: CollectionName) {
      return new KeyvCollection<T>(keyvs.get(name)! as Keyv<T>, name);
    },
    close() {
      return (ended ??= pool.end());
    },
  };
}

/**
 * Lower case: @keyv/postgres quotes the table name when it lists a collection and leaves it bare
 * everywhere else, and Postgres folds bare names to lower case, so `bot_serverModels` would be
 * written to `bot_servermodels` and listed from a table that does not exist.
 */
function tableOf(name: CollectionName): string {
  return `bot_${name.toLowerCase()}`;
}

/**
 * Runs DDL once however many processes start together: concurrent CREATE ... IF NOT EXISTS can
 * still collide in Postgres' catalog, so the statements run in one transaction under a lock.
 */
export async function ensureSchema(pool: pg.Pool, statements: string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('bot_schema', 0))");
    for (const sql of statements) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string };
  const message = e.message || (e.code ? `error ${e.code}` : String(error));
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
