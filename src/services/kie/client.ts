import got, { type Got, type Response } from 'got';
import type { z } from 'zod';
import { scrubber } from '../../logger.ts';
import { dataOf, envelopeOf, malformed, notRetryable, transportError, type Judge } from './answers.ts';
import { KieError } from './errors.ts';
import { Limiter, realClock, type Clock, type Slot, type SlotLimiter } from './limiter.ts';
import { createTaskDataSchema, creditsDataSchema, downloadUrlDataSchema, recordInfoDataSchema, type Envelope } from './schemas.ts';
import { toTask } from './task.ts';
import type { CreateTaskOptions, KiePort, KieTask } from './types.ts';

/** The part of a pino logger the client uses; a pino `Logger` fits as is. */
export interface KieLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface KieClientOptions {
  baseUrl: string;
  apiKey: string;
  logger?: KieLogger;
  /** Whole-request timeout of one attempt (got's `timeout.request`). */
  timeoutMs?: number;
  /** Extra attempts for reads (getTask, getCredits, getDownloadUrl) after a retryable error. */
  readRetries?: number;
  /** Extra attempts for createTask, only after an error that proves no task was created. */
  createRetries?: number;
  backoff?: { baseMs: number; maxMs: number };
  /** Kie's limits are per account: several processes on one key share one (services/shared). */
  createLimiter?: SlotLimiter;
  readLimiter?: SlotLimiter;
  clock?: Clock;
  /** For the backoff jitter; tests may pin it. */
  random?: () => number;
  /** Sent as `callBackUrl` with every createTask that names none: Kie POSTs there when the task ends. */
  callbackUrl?: string | undefined;
  /** Told of every HTTP request to Kie once it ends: `ok`, or the error's kind (for metrics). */
  onRequest?: (endpoint: string, outcome: string) => void;
}

/** Kie: 20 new tasks per 10 s per account; the margin absorbs network jitter (see Limiter). */
export const defaultCreateLimit = { limit: 20, windowMs: 10_000, marginMs: 500 } as const;
/** Reported, not documented: 10 recordInfo requests per second per key. */
export const defaultReadLimit = { limit: 10, windowMs: 1_000, marginMs: 50 } as const;

const recordMissing = /recordInfo is null|record does not exist/i;

type Attempt<T> = { ok: true; value: T } | { ok: false; error: KieError; notSent: boolean };

/** The wait for a slot was given up (the caller's signal aborted). */
class Cancelled extends Error {}

const silentLogger: KieLogger = { debug() {}, info() {}, warn() {}, error() {} };

export class KieClient implements KiePort {
  readonly #http: Got;
  readonly #log: KieLogger;
  readonly #judge: Judge;
  readonly #readRetries: number;
  readonly #createRetries: number;
  readonly #backoff: { baseMs: number; maxMs: number };
  readonly #createLimiter: SlotLimiter;
  readonly #readLimiter: SlotLimiter;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #callbackUrl: string | undefined;
  readonly #onRequest: ((endpoint: string, outcome: string) => void) | undefined;

  constructor(options: KieClientOptions) {
    this.#log = options.logger ?? silentLogger;
    const log = this.#log;
    this.#judge = { scrub: scrubber([options.apiKey]), debug: (obj, msg) => log.debug(obj, msg) };
    this.#readRetries = options.readRetries ?? 4;
    this.#createRetries = options.createRetries ?? 3;
    this.#backoff = options.backoff ?? { baseMs: 500, maxMs: 8_000 };
    this.#clock = options.clock ?? realClock;
    this.#random = options.random ?? Math.random;
    this.#callbackUrl = options.callbackUrl;
    this.#onRequest = options.onRequest;
    this.#createLimiter = options.createLimiter ?? new Limiter({ ...defaultCreateLimit, clock: this.#clock });
    this.#readLimiter = options.readLimiter ?? new Limiter({ ...defaultReadLimit, clock: this.#clock });
    this.#http = got.extend({
      prefixUrl: options.baseUrl,
      headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json', 'user-agent': 'kie-video-discord-bot' },
      responseType: 'text',
      throwHttpErrors: false,
      // Retrying is decided here, per call: got's own retry could repeat a createTask that Kie
      // already accepted and bill it twice.
      retry: { limit: 0 },
      timeout: { request: options.timeoutMs ?? 30_000 },
    });
  }

  /** The `callBackUrl` sent when a create names none; adapters of Kie's other API shapes send it too. */
  get callbackUrl(): string | undefined {
    return this.#callbackUrl;
  }

  /** createTask calls waiting for a slot under Kie's 20-per-10-s limit. */
  get queuedCreates(): number {
    return this.#createLimiter.pending;
  }

  async createTask(model: string, input: Record<string, unknown>, options: CreateTaskOptions = {}): Promise<{ taskId: string }> {
    const body: Record<string, unknown> = { model, input };
    const callBackUrl = options.callBackUrl ?? this.#callbackUrl;
    if (callBackUrl !== undefined) body['callBackUrl'] = callBackUrl;
    if (options.progressCallBackUrl !== undefined) body['progressCallBackUrl'] = options.progressCallBackUrl;
    const op = 'createTask';
    const created = await this.submit(op, 'api/v1/jobs/createTask', body, (env) => ({ taskId: this.dataOf(op, env, createTaskDataSchema).taskId }), options);
    this.#log.info({ op, model, taskId: created.taskId }, 'Kie task created');
    return created;
  }

  /**
   * One POST that may create a paid task, paced under Kie's create limit (shared by every API
   * shape: the limit is per account) and retried only when nothing can have been created. For the
   * jobs API and the adapters of Kie's other shapes (Veo).
   */
  async submit<T>(op: string, path: string, body: Record<string, unknown>, parse: (env: Envelope) => T, options: CreateTaskOptions = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.#attempt(op, this.#createLimiter, () => this.#http.post(path, { json: body }), parse, options);
      if (result.ok) return result.value;
      // A 429 or a refused connection means Kie never saw the task; anything else (a timeout, a
      // 5xx, an unreadable success) may hide a task that exists and is being paid for.
      const nothingCreated = result.error.kind === 'rate_limited' || result.notSent;
      if (result.error.kind === 'cancelled') throw result.error;
      if (nothingCreated && attempt < this.#createRetries) {
        await this.#pause(op, attempt, result.error);
        continue;
      }
      throw nothingCreated || !result.error.retryable ? result.error : notRetryable(result.error);
    }
  }

  async getTask(taskId: string): Promise<KieTask | null> {
    const op = 'getTask';
    return this.#read(
      op,
      () => this.#http.get('api/v1/jobs/recordInfo', { searchParams: { taskId } }),
      (env) => {
        // Normal for a few seconds after create: Kie has accepted the task but not yet recorded it.
        if (env.code === 422 && recordMissing.test(env.msg)) return null;
        const data = this.dataOf(op, env, recordInfoDataSchema);
        if (data.taskId !== taskId) throw malformed(op, 'answered for a different task');
        return toTask(this.#log, op, data);
      },
    );
  }

  async getCredits(): Promise<number> {
    const op = 'getCredits';
    return this.#read(op, () => this.#http.get('api/v1/chat/credit'), (env) => this.dataOf(op, env, creditsDataSchema));
  }

  /** A fresh link (valid about 20 minutes) for a result URL Kie generated. */
  async getDownloadUrl(url: string): Promise<string> {
    const op = 'getDownloadUrl';
    return this.#read(op, () => this.#http.post('api/v1/common/download-url', { json: { url } }), (env) => this.dataOf(op, env, downloadUrlDataSchema));
  }

  /** A GET paced under the read limit and retried on retryable errors; for adapters of Kie's other API shapes. */
  async read<T>(op: string, path: string, searchParams: Record<string, string>, parse: (env: Envelope) => T): Promise<T> {
    return this.#read(op, () => this.#http.get(path, { searchParams }), parse);
  }

  /** `data` of a successful envelope, checked by `schema`; a KieError (key scrubbed) otherwise. */
  dataOf<S extends z.ZodType>(op: string, env: Envelope, schema: S): z.output<S> {
    return dataOf(this.#judge, op, env, schema);
  }

  async #read<T>(op: string, call: () => Promise<Response<string>>, parse: (env: Envelope) => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.#attempt(op, this.#readLimiter, call, parse);
      if (result.ok) return result.value;
      if (!result.error.retryable || attempt >= this.#readRetries) throw result.error;
      await this.#pause(op, attempt, result.error);
    }
  }

  /** `create`: a paid POST, counted under the create limit until Kie has answered it (see #createSlot). */
  async #attempt<T>(
    op: string,
    limiter: SlotLimiter,
    call: () => Promise<Response<string>>,
    parse: (env: Envelope) => T,
    create?: Pick<CreateTaskOptions, 'beforeSend' | 'signal'>,
  ): Promise<Attempt<T>> {
    let slot: Slot | undefined;
    try {
      if (create) slot = await this.#createSlot(limiter, create);
      else await limiter.acquire();
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      // Only an abort rejects the wait; nothing has been sent.
      return { ok: false, error: new KieError({ kind: 'cancelled', message: `${op} cancelled while waiting for a slot`, retryable: false }), notSent: true };
    }
    const sent = await call().then(
      (response) => ({ response }),
      (error: unknown) => transportError(this.#judge, op, error),
    );
    if (slot) {
      // Answered (or lost on the way), the request reached Kie before now: counting it from now
      // holds Kie's window however long the request took to leave or to arrive. Never sent: free.
      if ('error' in sent && sent.notSent) await slot.release();
      else if (!(await slot.stamp())) this.#log.warn({ op }, 'Kie answered a create after its limit window had passed (or the limit store failed); creates that followed may reach Kie too close together');
    }
    let result: Attempt<T>;
    if ('error' in sent) {
      result = { ok: false, ...sent };
    } else {
      try {
        result = { ok: true, value: parse(envelopeOf(this.#judge, op, sent.response)) };
      } catch (error) {
        // Anything but a KieError is a bug in a parser, not an answer from Kie.
        if (!(error instanceof KieError)) throw error;
        result = { ok: false, error, notSent: false };
      }
    }
    this.#onRequest?.(op, result.ok ? 'ok' : result.error.kind);
    return result;
  }

  /**
   * A slot for a create, then `beforeSend` (e.g. the job's "creating" write), then the slot stamped
   * as the request leaves: a slow store write must not spend the margin between our window and
   * Kie's. The start is stamped again once Kie has answered (see #attempt).
   */
  async #createSlot(limiter: SlotLimiter, hooks: Pick<CreateTaskOptions, 'beforeSend' | 'signal'>): Promise<Slot> {
    let slot = await limiter.reserve(hooks.signal).catch(() => {
      throw new Cancelled();
    });
    if (!hooks.beforeSend) return slot;
    try {
      await hooks.beforeSend();
    } catch (error) {
      await slot.release();
      throw error;
    }
    // Lapsed (beforeSend outlasted the window) or unrecorded: a new slot. The create is committed
    // now, so a shutdown waits for it rather than abandoning it.
    while (!(await slot.stamp())) slot = await limiter.reserve();
    return slot;
  }

  async #pause(op: string, attempt: number, error: KieError): Promise<void> {
    const ceiling = Math.min(this.#backoff.maxMs, this.#backoff.baseMs * 2 ** attempt);
    // Half fixed, half random: spreads retries out without ever retrying at once.
    const delayMs = Math.round(ceiling / 2 + (ceiling / 2) * this.#random());
    this.#log.warn({ op, attempt: attempt + 1, kind: error.kind, code: error.code, delayMs }, 'Kie request failed; retrying');
    await this.#clock.sleep(delayMs);
  }
}
