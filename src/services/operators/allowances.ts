import { message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Entry, Outcome, Scheduler } from '../scheduler.ts';
import type { Collection } from '../store.ts';
import { nextBoundary, periodOf, type Every } from './periods.ts';

export const ALLOWANCE_KIND = 'allowance';

/** A server's recurring grant: its scheduler entry (one per server, keyed by the server's id). */
export interface Allowance {
  guildId: string;
  amount: number;
  every: Every;
  /** The operator who set it: the author of each grant it makes. */
  by: string;
  /** The latest period granted (or the one it was set in, which gets nothing). */
  period: string;
}


/**
 * Recurring grants set by an operator (`/operator allowance`): a kind of scheduled work on the
 * persisted scheduler, due at each UTC period boundary. A run grants the current period unless it
 * is the one already granted, so a period missed while the bot was down is granted once at the next
 * start (periods before it are not added up), and never twice: the ledger's grant is keyed by the
 * period, and the key is stored in the same write as the credits, so a crash before the entry's
 * next due time is saved repeats nothing.
 */
export class Allowances {
  readonly #scheduler: Pick<Scheduler, 'set' | 'remove' | 'register'>;
  readonly #entries: Collection<Entry>;
  readonly #ledger: Pick<Ledger, 'grant'>;
  readonly #now: () => number;
  readonly #log: Logger;

  constructor(options: { scheduler: Pick<Scheduler, 'set' | 'remove' | 'register'>; entries: Collection<Entry>; ledger: Pick<Ledger, 'grant'>; now: () => number; logger: Logger }) {
    this.#scheduler = options.scheduler;
    this.#entries = options.entries;
    this.#ledger = options.ledger;
    this.#now = options.now;
    this.#log = options.logger;
  }

  /** Registers the kind with the scheduler (before it resumes). */
  register(): void {
    this.#scheduler.register(ALLOWANCE_KIND, { entries: this.#entries, run: (guildId) => this.run(guildId) });
  }

  async get(guildId: string): Promise<(Allowance & { dueAt: number }) | undefined> {
    return (await this.#entries.get(guildId)) as (Allowance & { dueAt: number }) | undefined;
  }

  /** Sets (or changes) a server's allowance; the first grant comes at the next boundary. Returns when. */
  async set(guildId: string, by: string, amount: number, every: Every): Promise<number> {
    const now = this.#now();
    // The period it is set (or changed) in gets nothing from it: `/operator grant` gives credits now.
    const allowance: Allowance = { guildId, amount, every, by, period: periodOf(now, every) };
    const dueAt = nextBoundary(now, every);
    await this.#scheduler.set(ALLOWANCE_KIND, guildId, dueAt, { ...allowance });
    return dueAt;
  }

  /** Turns a server's allowance off; false when it had none. */
  async off(guildId: string): Promise<boolean> {
    const had = (await this.get(guildId)) !== undefined;
    await this.#scheduler.remove(ALLOWANCE_KIND, guildId);
    return had;
  }

  /** Due: grants this period unless it was granted already, then waits for the next boundary. */
  async run(guildId: string): Promise<Outcome> {
    const allowance = await this.get(guildId);
    if (!allowance) return 'done';
    const now = this.#now();
    const period = periodOf(now, allowance.every);
    if (period !== allowance.period) {
      try {
        await this.#ledger.grant(guildId, allowance.by, allowance.amount, message(`credits.history.note.allowance.${allowance.every}`), { operator: true, key: `allowance:${allowance.every}:${period}` });
        this.#log.info({ guildId, amount: allowance.amount, every: allowance.every, period }, 'allowance granted');
      } catch (error) {
        // A refusal (the balance at its maximum) skips this period; the next one tries again.
        this.#log.warn({ err: error, guildId, period }, 'allowance not granted this period');
      }
    }
    // Read again: an operator may have changed or removed it while this ran.
    const latest = await this.get(guildId);
    if (!latest) return 'done';
    const { dueAt: _dueAt, ...meta } = latest;
    return { at: nextBoundary(now, latest.every), meta: { ...meta, period: latest.every === allowance.every ? period : latest.period } };
  }
}
