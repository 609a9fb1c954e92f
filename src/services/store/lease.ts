import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { StoreError, type LeaseOptions, type LeaseScope, type OwnerLease } from './types.ts';

export type { LeaseOptions, LeaseScope, OwnerLease } from './types.ts';

/**
 * One owner per server (DESIGN.md): per-guild serialization, the in-memory copies of accounts and
 * the scheduler's timers are correct only while one process does a guild's work. A process leases
 * what it serves in the store before it resumes anything, renews the lease while it runs, and the
 * store refuses its writes once the lease is no longer its own.
 */

/** Exit code of a process that another bot process keeps from serving (sysexits' EX_TEMPFAIL). */
export const OWNER_EXIT = 75;

/**
 * Two owners may run at once only when they split the same shard count between them: the same
 * guild lands on one shard only for one count, so any other pair could both own a guild.
 */
export function scopesOverlap(a: LeaseScope, b: LeaseScope): boolean {
  return a.count !== b.count || a.ids.some((id) => b.ids.includes(id));
}

export function describeScope(scope: LeaseScope): string {
  if (scope.count === 1) return 'every server';
  return `${scope.ids.length === 1 ? 'shard' : 'shards'} ${scope.ids.join(', ')} of ${scope.count}`;
}

/** Who holds a lease, for the log line of a process that waits for it. */
export function holderName(): string {
  return `pid ${process.pid} on ${hostname()}`;
}

export const DEFAULT_LEASE = { ttlMs: 5_000, renewMs: 1_000, retryMs: 250 };

/** Another bot process holds a one-process store (SQLite). */
export class StoreInUseError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'StoreInUseError';
  }
}

/** A write refused because this process no longer owns its servers. */
export class NotOwnerError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'NotOwnerError';
  }
}

/**
 * What a store's writes consult. Before a lease is taken writes are plain (seeding, `npm run
 * models`); once taken, Postgres and Redis write only while `token` is still the lease's in the
 * database (checked in the same statement), and every store refuses writes here once the lease is
 * known to be lost, past its deadline, or released.
 */
export class Fence {
  #token: string | undefined;
  #validUntil = Infinity;
  #refusing: string | undefined;
  #onLost: ((why: string) => void) | undefined;
  #now: () => number = Date.now;

  /** The fencing token writes must present, once a lease is held. */
  get token(): string | undefined {
    return this.#token;
  }

  hold(token: string, validUntil: number, now: () => number, onLost: (why: string) => void): void {
    this.#token = token;
    this.#validUntil = validUntil;
    this.#now = now;
    this.#onLost = onLost;
  }

  extend(validUntil: number): void {
    this.#validUntil = validUntil;
  }

  get validUntil(): number {
    return this.#validUntil;
  }

  /** Throws before any I/O when this process may not write. */
  check(): void {
    if (this.#refusing !== undefined) throw new NotOwnerError(this.#refusing);
    if (this.#token !== undefined && this.#now() >= this.#validUntil) {
      this.lose('its lease ran out before it could renew it');
      throw new NotOwnerError(this.#refusing!);
    }
  }

  /** The database refused a write: the lease is someone else's now. */
  refused(): NotOwnerError {
    this.lose('the store refused its write: another bot process owns these servers now');
    return new NotOwnerError(this.#refusing!);
  }

  lose(why: string): void {
    if (this.#refusing !== undefined) return;
    this.#refusing = `this process no longer owns its servers (${why}); nothing more is written`;
    this.#onLost?.(why);
  }

  /** A clean stop: later writes are refused, and nobody is told the lease was lost. */
  close(): void {
    this.#refusing ??= 'this process has stopped serving its servers; nothing more is written';
  }
}

/** One store's side of a lease. */
export interface LeaseBackend {
  /** One attempt: undefined once this process owns its scope, else who holds it. */
  tryAcquire(token: string): Promise<string[] | undefined>;
  /** One renewal or check: false once the lease is someone else's. Throwing means "try again". */
  renew(token: string): Promise<boolean>;
  release(token: string): Promise<void>;
  /** The latest moment a renewal sent at `sentAt` keeps the lease (Infinity without a TTL). */
  validUntil(sentAt: number): number;
}

/** The acquire/renew/release cycle around a backend, shared by every store. */
export class LeaseKeeper implements OwnerLease {
  readonly #backend: LeaseBackend;
  readonly #fence: Fence;
  readonly #renewMs: number;
  readonly #retryMs: number;
  readonly #now: () => number;
  readonly #token = randomUUID();
  readonly lost: Promise<string>;
  #resolveLost!: (why: string) => void;
  #released = false;
  #renewing = false;
  #timer: NodeJS.Timeout | undefined;
  #wake: (() => void) | undefined;

  constructor(backend: LeaseBackend, fence: Fence, options: LeaseOptions = {}) {
    this.#backend = backend;
    this.#fence = fence;
    this.#renewMs = options.renewMs ?? DEFAULT_LEASE.renewMs;
    this.#retryMs = options.retryMs ?? DEFAULT_LEASE.retryMs;
    this.#now = options.now ?? Date.now;
    this.lost = new Promise((resolve) => (this.#resolveLost = resolve));
  }

  async acquire(onWait?: (holders: string[]) => void): Promise<void> {
    let told = '';
    for (;;) {
      if (this.#released) throw new StoreError('the bot stopped before it could take over its servers');
      const sentAt = this.#now();
      const holders = await this.#backend.tryAcquire(this.#token);
      if (holders === undefined) {
        if (this.#released) {
          await this.#backend.release(this.#token);
          throw new StoreError('the bot stopped before it could take over its servers');
        }
        this.#fence.hold(this.#token, this.#backend.validUntil(sentAt), this.#now, (why) => this.#lose(why));
        this.#timer = setInterval(() => this.#tick(), this.#renewMs);
        this.#timer.unref();
        return;
      }
      const now = holders.join('; ');
      if (now !== told) onWait?.(holders);
      told = now;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.#retryMs);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /**
   * Checks the deadline on every tick, even while a renewal hangs: a holder that cannot renew in
   * time stops writing before anyone else may take over.
   */
  #tick(): void {
    try {
      this.#fence.check();
    } catch {
      return;
    }
    if (this.#renewing) return;
    this.#renewing = true;
    const sentAt = this.#now();
    this.#backend
      .renew(this.#token)
      .then(
        (ok) => {
          if (this.#released) return;
          if (ok) this.#fence.extend(this.#backend.validUntil(sentAt));
          else this.#fence.lose('another bot process took over these servers');
        },
        () => undefined,
      )
      .finally(() => (this.#renewing = false));
  }

  #lose(why: string): void {
    if (this.#released) return;
    clearInterval(this.#timer);
    this.#resolveLost(why);
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    this.#wake?.();
    clearInterval(this.#timer);
    this.#fence.close();
    // Also while waiting: the backend may hold a connection. An acquire still under way finds
    // `released` set and releases again; backends take a second release calmly.
    // A store that is down at this moment cannot be told: the lease then ends with the connection
    // (Postgres) or its TTL (Redis), and the stop goes on.
    await this.#backend.release(this.#token).catch(() => undefined);
  }
}

/** Memory: one process by definition. */
export function soleOwner(): OwnerLease {
  return { acquire: async () => undefined, lost: new Promise<string>(() => undefined), release: async () => undefined };
}
