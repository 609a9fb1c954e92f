import type pg from 'pg';
import { ensureSchema } from '../store/postgres.ts';
import type { SpendCeiling, WindowLog } from './types.ts';

export async function createLimitTables(pool: pg.Pool): Promise<void> {
  await ensureSchema(pool, [
    'CREATE TABLE IF NOT EXISTS bot_limit_starts(id BIGSERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL, at BIGINT NOT NULL)',
    'CREATE INDEX IF NOT EXISTS bot_limit_starts_name_at ON bot_limit_starts(name, at)',
    // Which start a process stamps or releases (absent on starts recorded before stamping existed).
    'ALTER TABLE bot_limit_starts ADD COLUMN IF NOT EXISTS slot VARCHAR(64)',
    'CREATE TABLE IF NOT EXISTS bot_ceilings(name VARCHAR(255) NOT NULL, day VARCHAR(10) NOT NULL, held BIGINT NOT NULL, PRIMARY KEY(name, day))',
  ]);
}

/**
 * The window's starts are rows; a transaction-scoped advisory lock per limiter name makes
 * "count, then record" one step across every process. A stamp or a release is one statement on
 * its own row: it never changes how many starts count, so it needs no lock.
 */
export class PostgresWindowLog implements WindowLog {
  readonly #pool: pg.Pool;
  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }
  async tryStart(name: string, now: number, limit: number, spanMs: number, id: string): Promise<number> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('bot_limit:' || $1, 0))", [name]);
      await client.query('DELETE FROM bot_limit_starts WHERE name = $1 AND at <= $2', [name, now - spanMs]);
      const { rows } = await client.query<{ n: number; oldest: string | null }>('SELECT count(*)::int AS n, min(at) AS oldest FROM bot_limit_starts WHERE name = $1', [name]);
      const { n, oldest } = rows[0] ?? { n: 0, oldest: null };
      let wait = 0;
      if (n < limit) await client.query('INSERT INTO bot_limit_starts(name, at, slot) VALUES ($1, $2, $3)', [name, now, id]);
      else wait = Math.max(1, Number(oldest) + spanMs - now);
      await client.query('COMMIT');
      return wait;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  async stamp(name: string, id: string, now: number, spanMs: number): Promise<boolean> {
    const { rowCount } = await this.#pool.query('UPDATE bot_limit_starts SET at = GREATEST(at, $3) WHERE name = $1 AND slot = $2 AND at > $4', [name, id, now, now - spanMs]);
    return rowCount === 1;
  }
  async release(name: string, id: string): Promise<void> {
    await this.#pool.query('DELETE FROM bot_limit_starts WHERE name = $1 AND slot = $2', [name, id]);
  }
}

/** The operator's ceiling: one row per UTC day; the guarded upsert is a single atomic statement. */
export class PostgresSpendCeiling implements SpendCeiling {
  readonly #pool: pg.Pool;
  readonly #limit: number;
  #prunedBefore = '';
  constructor(pool: pg.Pool, limit: number) {
    this.#pool = pool;
    this.#limit = limit;
  }
  async reserve(amount: number, day: string): Promise<boolean> {
    if (amount > this.#limit) return false;
    if (this.#prunedBefore < day) {
      // Yesterday stays: its holds released today give back to it, and a process whose clock is
      // still before midnight must find yesterday's count, not start it again from nothing.
      await this.#pool.query("DELETE FROM bot_ceilings WHERE name = 'operator' AND day < to_char($1::date - 2, 'YYYY-MM-DD')", [day]);
      this.#prunedBefore = day;
    }
    const { rowCount } = await this.#pool.query(
      `INSERT INTO bot_ceilings(name, day, held) VALUES ('operator', $1, $2)
       ON CONFLICT (name, day) DO UPDATE SET held = bot_ceilings.held + EXCLUDED.held
       WHERE bot_ceilings.held + EXCLUDED.held <= $3`,
      [day, amount, this.#limit],
    );
    return rowCount === 1;
  }
  async giveBack(amount: number, day: string): Promise<void> {
    await this.#pool.query("UPDATE bot_ceilings SET held = GREATEST(0, held - $2) WHERE name = 'operator' AND day = $1", [day, amount]);
  }
}
