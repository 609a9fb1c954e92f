import Keyv from 'keyv';
import KeyvPostgres, { type KeyvPostgresOptions } from '@keyv/postgres';
import pg from 'pg';
import { KeyvCollection, quiet } from './keyvCollection.ts';
import { Fence, LeaseKeeper } from './lease.ts';
import { OWNERS_TABLE, PostgresLease } from './postgresLease.ts';
import { collectionNames, StoreError, type CollectionName, type Store } from './types.ts';
import { redactUrl, scrub } from './url.ts';

/**
 * @keyv/postgres keeps one module-wide pool per URL and ends it on any adapter's disconnect, which
 * breaks two stores in one process and closes the pool under the other collections. Its adapter
 * gets its query function from the public `connect()` method; this subclass answers it from the
 * store's own pool, so the store decides when the pool ends.
 */
type PooledOptions = KeyvPostgresOptions & { pool: pg.Pool; fence: Fence; schema: string; table: string };

// `opts` is read through a cast, not a private member: the parent's constructor calls connect()
// before a subclass's private fields exist.
class PooledKeyvPostgres extends KeyvPostgres {
  override async connect(): Promise<(sql: string, values?: unknown) => Promise<unknown[]>> {
    const pool = (this.opts as PooledOptions).pool;
    return async (sql, values) => (await pool.query(sql, values as unknown[])).rows as unknown[];
  }
  override async disconnect(): Promise<void> {}

  /**
   * Once a lease is held, a write lands only if the lease's row still names this process's token,
   * checked in the same statement. FOR KEY SHARE makes the check hold until the write commits: a
   * new owner deletes the old row first, and that delete waits for writes already under way.
   */
  override async set(key: string, value: unknown): Promise<void> {
    const { pool, fence, schema, table } = this.opts as PooledOptions;
    if (fence.token === undefined) return super.set(key, value);
    const { rowCount } = await pool.query(
      `INSERT INTO ${schema}.${table} (key, value) SELECT $1, $2 FROM bot_owners WHERE token = $3 FOR KEY SHARE
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value, fence.token],
    );
    if (rowCount !== 1) throw fence.refused();
  }

  override async delete(key: string): Promise<boolean> {
    const { pool, fence, schema, table } = this.opts as PooledOptions;
    if (fence.token === undefined) return super.delete(key);
    const { rows } = await pool.query<{ owned: number; deleted: number }>(
      `WITH owner AS (SELECT token FROM bot_owners WHERE token = $2 FOR KEY SHARE),
            gone AS (DELETE FROM ${schema}.${table} WHERE key = $1 AND EXISTS (SELECT 1 FROM owner) RETURNING key)
       SELECT (SELECT count(*) FROM owner)::int AS owned, (SELECT count(*) FROM gone)::int AS deleted`,
      [key, fence.token],
    );
    if (rows[0]?.owned !== 1) throw fence.refused();
    return rows[0].deleted > 0;
  }
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
  const fence = new Fence();
  try {
    await ensureSchema(
      pool,
      [...collectionNames.map((name) => `CREATE TABLE IF NOT EXISTS ${tableOf(name)}(key VARCHAR(255) PRIMARY KEY, value TEXT)`), OWNERS_TABLE],
    );
    for (const name of collectionNames) {
      const options = { uri: 'postgres://unused', table: tableOf(name), iterationLimit: 1000, pool, fence } as KeyvPostgresOptions;
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
      return new KeyvCollection<T>(keyvs.get(name)! as Keyv<T>, name, undefined, fence);
    },
    lease(scope, options) {
      return new LeaseKeeper(new PostgresLease(databaseUrl, scope, fence), fence, options);
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
