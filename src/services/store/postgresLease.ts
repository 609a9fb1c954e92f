import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describeScope, holderName, scopesOverlap, type Fence, type LeaseBackend, type LeaseScope } from './lease.ts';

/**
 * One row per owner. `lock_key` is a session-level advisory lock its owner holds on a connection
 * of its own: Postgres drops it with the connection, so a killed owner's lock is free at once, and
 * the row of an owner whose lock is free is stale. Writes present `token` (postgres.ts), so
 * deleting a row is what fences its owner off.
 */
export const OWNERS_TABLE =
  'CREATE TABLE IF NOT EXISTS bot_owners(token TEXT PRIMARY KEY, lock_key BIGINT NOT NULL, shard_count INT NOT NULL, shard_ids INT[] NOT NULL, holder TEXT NOT NULL, session_pid INT NOT NULL, since BIGINT NOT NULL)';

interface OwnerRow {
  token: string;
  lock_key: string;
  shard_count: number;
  shard_ids: number[];
  holder: string;
}

export class PostgresLease implements LeaseBackend {
  readonly #url: string;
  readonly #scope: LeaseScope;
  readonly #fence: Fence;
  readonly #lockKey = randomBytes(8).readBigInt64BE().toString();
  #client: pg.Client | undefined;
  #held = false;
  #releasing = false;

  constructor(databaseUrl: string, scope: LeaseScope, fence: Fence) {
    this.#url = databaseUrl;
    this.#scope = scope;
    this.#fence = fence;
  }

  async #connect(): Promise<pg.Client> {
    // Not from the pool: this connection lives as long as the lease, and the pool may close idle ones.
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 10_000, keepAlive: true, application_name: 'bot owner lease' });
    client.on('error', () => undefined);
    client.on('end', () => {
      // While waiting there is nothing to lose: the next attempt fails and says why.
      if (this.#held && !this.#releasing) this.#fence.lose('its connection to the database closed, and the lease with it');
    });
    await client.connect();
    return client;
  }

  /**
   * One transaction under a lock that every acquirer takes, so two processes never both find the
   * way clear. Session locks taken inside it outlive its commit.
   */
  async tryAcquire(token: string): Promise<string[] | undefined> {
    this.#client ??= await this.#connect();
    const db = this.#client;
    await db.query('BEGIN');
    try {
      await db.query("SELECT pg_advisory_xact_lock(hashtextextended('bot_owners', 0))");
      const { rows } = await db.query<OwnerRow>('SELECT token, lock_key, shard_count, shard_ids, holder FROM bot_owners');
      const holders: string[] = [];
      for (const row of rows) {
        const { rows: probe } = await db.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1) AS free', [row.lock_key]);
        if (probe[0]?.free) {
          await db.query('SELECT pg_advisory_unlock($1)', [row.lock_key]);
          // Its owner is gone or cut off: from here on the store refuses whatever it still sends.
          await db.query('DELETE FROM bot_owners WHERE token = $1', [row.token]);
        } else if (scopesOverlap(this.#scope, { count: row.shard_count, ids: row.shard_ids })) {
          holders.push(`${row.holder} (${describeScope({ count: row.shard_count, ids: row.shard_ids })})`);
        }
      }
      if (holders.length === 0) {
        await db.query('SELECT pg_advisory_lock($1)', [this.#lockKey]);
        await db.query('INSERT INTO bot_owners(token, lock_key, shard_count, shard_ids, holder, session_pid, since) VALUES ($1, $2, $3, $4, $5, pg_backend_pid(), $6)', [
          token,
          this.#lockKey,
          this.#scope.count,
          this.#scope.ids,
          holderName(),
          Date.now(),
        ]);
      }
      await db.query('COMMIT');
      this.#held = holders.length === 0;
      return holders.length === 0 ? undefined : holders;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** The lock lives as long as the connection ('end' above); this notices a row removed by hand. */
  async renew(token: string): Promise<boolean> {
    const { rowCount } = await this.#client!.query('SELECT 1 FROM bot_owners WHERE token = $1', [token]);
    return rowCount === 1;
  }

  async release(token: string): Promise<void> {
    this.#releasing = true;
    const client = this.#client;
    this.#client = undefined;
    if (!client) return;
    try {
      await client.query('DELETE FROM bot_owners WHERE token = $1', [token]);
    } finally {
      // Ending the session frees the advisory lock even if the delete failed.
      await client.end().catch(() => undefined);
    }
  }

  validUntil(): number {
    return Infinity;
  }
}
