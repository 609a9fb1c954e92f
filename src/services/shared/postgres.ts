import type pg from 'pg';
import { ensureSchema } from '../store/postgres.ts';
import type { DailyCeiling, WindowLog } from './types.ts';

export async function createLimitTables(pool: pg.Pool): Promise<void> {
  await ensureSchema(pool, [
    'CREATE TABLE IF NOT EXISTS bot_limit_starts(id BIGSERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL, at BIGINT NOT NULL)',
    'CREATE INDEX IF NOT EXISTS bot_limit_starts_name_at ON bot_limit_starts(name, at)',
    'CREATE TABLE IF NOT EXISTS bot_ceilings(name VARCHAR(255) NOT NULL, day VARCHAR(10) NOT NULL, held BIGINT NOT NULL, PRIMARY KEY(name, day))',
  ]);
}

/**
 * The window's starts are rows; a transaction-scoped advisory lock per limiter name makes
 * "count, then record" one step across every process.
 */
export class PostgresWindowLog implements WindowLog {
  readonly #pool: pg.Pool;
  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }
  async tryStart(name: string, now: number, limit: number, spanMs: number): Promise<number> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('bot_limit:' || $1, 0))", [name]);
      await client.query('DELETE FROM bot_limit_starts WHERE name = $1 AND at <= $2', [name, now - spanMs]);
      const { rows } = await client.query<{ n: number; oldest: string | null }>('SELECT count(*)::int AS n, min(at) AS oldest FROM bot_limit_starts WHERE name = $1', [name]);
      const { n, oldest } = rows[0] ?? { n: 0, oldest: null };
      let wait = 0;
      if (n < limit) await client.query('INSERT INTO bot_limit_starts(name, at) VALUES ($1, $2)', [name, now]);
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
}

/** One row per (ceiling, day); the guarded upsert is a single atomic statement. */
export class PostgresDailyCeiling implements DailyCeiling {
  readonly #pool: pg.Pool;
  readonly #name: string;
  #prunedBefore = '';
  constructor(pool: pg.Pool, name: string) {
    this.#pool = pool;
    this.#name = name;
  }
  async reserve(day: string, amount: number, ceiling: number): Promise<boolean> {
    if (amount > ceiling) return false;
    if (this.#prunedBefore < day) {
      await this.#pool.query('DELETE FROM bot_ceilings WHERE name = $1 AND day < $2', [this.#name, day]);
      this.#prunedBefore = day;
    }
    const { rowCount } = await this.#pool.query(
      `INSERT INTO bot_ceilings(name, day, held) VALUES ($1, $2, $3)
       ON CONFLICT (name, day) DO UPDATE SET held = bot_ceilings.held + EXCLUDED.held
       WHERE bot_ceilings.held + EXCLUDED.held <= $4`,
      [this.#name, day, amount, ceiling],
    );
    return rowCount === 1;
  }
  async giveBack(day: string, amount: number): Promise<void> {
    await this.#pool.query('UPDATE bot_ceilings SET held = GREATEST(0, held - $3) WHERE name = $1 AND day = $2', [this.#name, day, amount]);
  }
  async held(day: string): Promise<number> {
    const { rows } = await this.#pool.query<{ held: string }>('SELECT held FROM bot_ceilings WHERE name = $1 AND day = $2', [this.#name, day]);
    return Number(rows[0]?.held ?? 0);
  }
}
