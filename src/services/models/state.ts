import { modelPaused, type Failure } from '../../errors/index.ts';
import type { KieErrorKind } from '../kie/errors.ts';
import type { Collection } from '../store.ts';
import type { ModelRegistry } from './registry.ts';
import { alternatives } from './advice.ts';

/**
 * What the bot has learned about each model family from real traffic, shared by every server and
 * kept in the store (collection `models`, one record per family id):
 *
 * - `live`: the last word from Kie was a success (or nothing bad is known).
 * - `paused`: Kie answered "This interface is temporarily paused". Requests are refused before
 *   anything is held until `retryAt`; then one member's request is let through as a trial (10 min
 *   after the first pause, then hourly). A success makes the family live again at once.
 * - `failing`: several Kie-side errors within a short window. Still allowed (the errors may be
 *   passing), but shown so members can pick another family.
 *
 * Reads are synchronous from memory (autocomplete has 3 s); every change is written through to
 * the store, one write of one key per change, in order per family.
 */

export type ModelStatus = 'live' | 'paused' | 'failing';

export interface ModelStateRecord {
  status: ModelStatus;
  /** When the current status began (epoch ms). */
  since: number;
  /** Paused: when a request may try the family again. */
  retryAt?: number;
  /** Paused: how many "paused" answers in a row; drives the back-off. */
  pauses?: number;
  /** Kie-side errors within the failing window, oldest first (epoch ms). */
  errors: number[];
  lastSuccessAt?: number;
  /** Kie's message behind the latest pause or error (no secrets: Kie's `msg` only). */
  detail?: string;
  updatedAt: number;
}

export type Availability = { ok: true; /** Paused, but the back-off is over: this request is the retry. */ trial: boolean } | { ok: false; since: number; retryAt: number };

export interface FamilyStateView {
  familyId: string;
  label: string;
  /** `unknown`: no request has reached Kie yet, as far as this store knows. */
  status: ModelStatus | 'unknown';
  since?: number;
  retryAt?: number;
  recentErrors: number;
  lastSuccessAt?: number;
  detail?: string;
}

export interface ModelStateOptions {
  registry: ModelRegistry;
  collection: Collection<ModelStateRecord>;
  now?: () => number;
  /** Back-off after the first "paused". Default 10 minutes. */
  firstRetryMs?: number;
  /** Back-off after each later "paused". Default 1 hour. */
  retryMs?: number;
  /** Errors within `failingWindowMs` that make a family `failing`. Default 3 in 15 minutes. */
  failingThreshold?: number;
  failingWindowMs?: number;
}

/**
 * Kie errors that say something about the model rather than the request, the member or the
 * account: these are the ones to pass to `reportError`. A paused model goes to `reportPaused`.
 */
export function isModelFault(kind: KieErrorKind): boolean {
  return kind === 'server_error' || kind === 'unavailable' || kind === 'timeout' || kind === 'malformed';
}

export class ModelState {
  readonly #o: Required<Omit<ModelStateOptions, 'registry' | 'collection' | 'now'>> & Pick<ModelStateOptions, 'registry' | 'collection'>;
  readonly #now: () => number;
  readonly #records = new Map<string, ModelStateRecord>();
  readonly #writes = new Map<string, Promise<void>>();

  constructor(options: ModelStateOptions) {
    this.#o = {
      registry: options.registry,
      collection: options.collection,
      firstRetryMs: options.firstRetryMs ?? 10 * 60_000,
      retryMs: options.retryMs ?? 60 * 60_000,
      failingThreshold: options.failingThreshold ?? 3,
      failingWindowMs: options.failingWindowMs ?? 15 * 60_000,
    };
    this.#now = options.now ?? Date.now;
  }

  /**
   * Reads every family's record from the store: at start, and again (a `Refresher` in the
   * composition root) to see
   * what other processes sharing the store have reported. A record in memory newer than the
   * stored one, or still being written, is kept.
   */
  async load(): Promise<void> {
    for (const family of this.#o.registry.list()) {
      const stored = await this.#o.collection.get(family.id);
      const mine = this.#records.get(family.id);
      if (!stored || this.#writes.has(family.id) || (mine && mine.updatedAt > stored.updatedAt)) continue;
      this.#records.set(family.id, stored);
    }
  }

  /** Kie said "temporarily paused" for this Kie model id. */
  async reportPaused(kieModel: string, detail?: string): Promise<void> {
    await this.#change(kieModel, (old, now) => {
      const pauses = old?.status === 'paused' ? (old.pauses ?? 1) + 1 : 1;
      return {
        status: 'paused',
        since: old?.status === 'paused' ? old.since : now,
        retryAt: now + (pauses === 1 ? this.#o.firstRetryMs : this.#o.retryMs),
        pauses,
        errors: [],
        ...(old?.lastSuccessAt !== undefined ? { lastSuccessAt: old.lastSuccessAt } : {}),
        ...(detail !== undefined ? { detail } : {}),
        updatedAt: now,
      };
    });
  }

  /** Kie accepted a task of this model, or one finished well. */
  async reportSuccess(kieModel: string): Promise<void> {
    await this.#change(kieModel, (old, now) => {
      // Nothing new to say: no write for every success of a healthy family.
      if (old?.status === 'live' && old.errors.length === 0 && old.lastSuccessAt !== undefined && now - old.lastSuccessAt < 60_000) return undefined;
      return { status: 'live', since: old?.status === 'live' ? old.since : now, errors: [], lastSuccessAt: now, updatedAt: now };
    });
  }

  /** A Kie-side error for this model (see `isModelFault`). A paused family stays paused. */
  async reportError(kieModel: string, detail?: string): Promise<void> {
    await this.#change(kieModel, (old, now) => {
      if (old?.status === 'paused') return undefined;
      const errors = [...(old?.errors ?? []).filter((t) => now - t < this.#o.failingWindowMs), now];
      const failing = errors.length >= this.#o.failingThreshold;
      const status: ModelStatus = failing ? 'failing' : 'live';
      const why = detail ?? old?.detail;
      return {
        status,
        since: old && this.#effective(old, now) === status ? old.since : now,
        errors,
        ...(old?.lastSuccessAt !== undefined ? { lastSuccessAt: old.lastSuccessAt } : {}),
        ...(why !== undefined ? { detail: why } : {}),
        updatedAt: now,
      };
    });
  }

  /** May a request for this family go ahead? Refuse only what Kie is known to have paused. */
  isAvailable(familyId: string): Availability {
    const record = this.#records.get(familyId);
    if (record?.status !== 'paused') return { ok: true, trial: false };
    const retryAt = record.retryAt ?? record.since;
    if (this.#now() >= retryAt) return { ok: true, trial: true };
    return { ok: false, since: record.since, retryAt };
  }

  /**
   * For the submit and create steps, which know the Kie model id: is its family paused with the
   * back-off still running? (Once the back-off is over the request goes ahead as the retry.)
   */
  isPaused(kieModel: string): boolean {
    const family = this.#o.registry.familyOfKieModel(kieModel);
    return family !== undefined && !this.isAvailable(family.id).ok;
  }

  /** "Sora 2 is paused at Kie (since …). You were not charged. Try `model:kling-3.0` or …" */
  pausedText(familyId: string, candidates?: readonly string[]): Failure {
    const label = this.#o.registry.get(familyId)?.label ?? familyId;
    const record = this.#records.get(familyId);
    return modelPaused(label, record?.status === 'paused' ? record.since : undefined, alternatives(this, familyId, candidates ?? this.#o.registry.list().map((f) => f.id)));
  }

  /** The status to show: a `failing` whose errors have aged out of the window reads as `live`. */
  statusOf(familyId: string): ModelStatus | 'unknown' {
    const record = this.#records.get(familyId);
    return record ? this.#effective(record, this.#now()) : 'unknown';
  }

  /** Every enabled family (or those named, in registry order) with its state, for /models and the like. */
  view(familyIds?: readonly string[]): FamilyStateView[] {
    const now = this.#now();
    return this.#o.registry
      .list()
      .filter((f) => !familyIds || familyIds.includes(f.id))
      .map((f) => {
        const record = this.#records.get(f.id);
        if (!record) return { familyId: f.id, label: f.label, status: 'unknown', recentErrors: 0 };
        return {
          familyId: f.id,
          label: f.label,
          status: this.#effective(record, now),
          since: record.since,
          ...(record.status === 'paused' && record.retryAt !== undefined ? { retryAt: record.retryAt } : {}),
          recentErrors: record.errors.filter((t) => now - t < this.#o.failingWindowMs).length,
          ...(record.lastSuccessAt !== undefined ? { lastSuccessAt: record.lastSuccessAt } : {}),
          ...(record.detail !== undefined ? { detail: record.detail } : {}),
        };
      });
  }

  #effective(record: ModelStateRecord, now: number): ModelStatus {
    if (record.status !== 'failing') return record.status;
    return record.errors.filter((t) => now - t < this.#o.failingWindowMs).length >= this.#o.failingThreshold ? 'failing' : 'live';
  }

  async #change(kieModel: string, next: (old: ModelStateRecord | undefined, now: number) => ModelStateRecord | undefined): Promise<void> {
    const family = this.#o.registry.familyOfKieModel(kieModel);
    if (!family) return;
    const record = next(this.#records.get(family.id), this.#now());
    if (!record) return;
    this.#records.set(family.id, record);
    // In order per family, so the store ends with the newest record even when writes overlap.
    const previous = this.#writes.get(family.id) ?? Promise.resolve();
    const write = previous.catch(() => undefined).then(() => this.#o.collection.set(family.id, record));
    this.#writes.set(family.id, write);
    try {
      await write;
    } finally {
      if (this.#writes.get(family.id) === write) this.#writes.delete(family.id);
    }
  }
}
