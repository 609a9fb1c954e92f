import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Job } from '../services/jobs/job.ts';

/** Open jobs per state, read at every scrape (so the gauge can never drift from the store). */
export type JobStateCounts = () => Record<string, number> | Promise<Record<string, number>>;

export type CallbackResult = 'ok' | 'unsigned' | 'missing' | 'bad' | 'stale' | 'malformed';
export type LedgerOperation = 'hold' | 'capture' | 'release';

export interface MetricsOptions {
  /** Open jobs by state; without it the job gauges report nothing. */
  jobStates?: JobStateCounts;
  /** Node process metrics (CPU, memory, event loop, GC). Default on. */
  processMetrics?: boolean;
}

/**
 * The bot's Prometheus metrics, on a registry of its own (never prom-client's global one, so tests
 * and benchmarks can build as many as they like). Labels are bounded sets: model, endpoint, outcome,
 * state, status, never a guild, member, job or task id.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #jobsFinished: Counter<'outcome' | 'model'>;
  readonly #kieRequests: Counter<'endpoint' | 'outcome'>;
  readonly #credits: Counter<'model'>;
  readonly #callbacks: Counter<'result'>;
  readonly #ack: Histogram;
  readonly #delivery: Histogram;
  readonly #discordErrors: Counter<'status'>;
  readonly #ledger: Counter<'operation'>;
  readonly #http: Counter<'route' | 'status'>;
  readonly #refused: Counter<'rule'>;
  readonly #kieAccount: Gauge;

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    const jobStates = options.jobStates;
    new Gauge({
      name: 'kiebot_jobs',
      help: 'Open jobs by state.',
      labelNames: ['state'],
      registers,
      async collect() {
        this.reset();
        if (!jobStates) return;
        for (const [state, count] of Object.entries(await jobStates())) this.set({ state }, count);
      },
    });
    new Gauge({
      name: 'kiebot_open_jobs',
      help: 'Jobs not yet delivered or refunded.',
      registers,
      async collect() {
        if (!jobStates) return;
        this.set(Object.values(await jobStates()).reduce((sum, n) => sum + n, 0));
      },
    });
    this.#jobsFinished = new Counter({ name: 'kiebot_jobs_finished_total', help: 'Jobs finished, by outcome and model.', labelNames: ['outcome', 'model'], registers });
    this.#kieRequests = new Counter({
      name: 'kiebot_kie_requests_total',
      help: 'HTTP requests to Kie, by endpoint and outcome (ok, or the error kind).',
      labelNames: ['endpoint', 'outcome'],
      registers,
    });
    this.#credits = new Counter({ name: 'kiebot_kie_credits_spent_total', help: 'Kie credits spent on delivered videos, by model.', labelNames: ['model'], registers });
    this.#callbacks = new Counter({
      name: 'kiebot_callbacks_total',
      help: 'Kie callbacks received, by verification result (ok, unsigned, missing, bad, stale, malformed).',
      labelNames: ['result'],
      registers,
    });
    this.#ack = new Histogram({
      name: 'kiebot_ack_latency_seconds',
      help: 'Time from a Discord interaction to its acknowledgement (Discord allows 3 s).',
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
      registers,
    });
    this.#delivery = new Histogram({
      name: 'kiebot_completion_to_delivery_seconds',
      help: "Time from Kie's completion of a task to the reply edited with the video.",
      buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 900],
      registers,
    });
    this.#discordErrors = new Counter({ name: 'kiebot_discord_rest_errors_total', help: 'Discord REST answers with an error status, by status.', labelNames: ['status'], registers });
    this.#ledger = new Counter({ name: 'kiebot_ledger_operations_total', help: 'Credit holds, captures and releases.', labelNames: ['operation'], registers });
    this.#http = new Counter({ name: 'kiebot_http_requests_total', help: "Requests to the bot's own HTTP server, by route and status.", labelNames: ['route', 'status'], registers });
    this.#refused = new Counter({ name: 'kiebot_prompts_refused_total', help: "Texts refused by a server's moderation rules, by rule source (words, automod).", labelNames: ['rule'], registers });
    for (const rule of ['words', 'automod'] as const) this.#refused.inc({ rule }, 0);
    for (const result of ['ok', 'unsigned', 'missing', 'bad', 'stale', 'malformed'] as const) this.#callbacks.inc({ result }, 0);
    for (const operation of ['hold', 'capture', 'release'] as const) this.#ledger.inc({ operation }, 0);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    // NaN until the first read: an alert on "below 2000" must not fire on an unknown balance.
    this.#kieAccount = new Gauge({ name: 'kiebot_kie_account_credits', help: "The Kie account's credit balance as last read (NaN until the first read).", registers });
    this.#kieAccount.set(Number.NaN);
  }

  /** The Kie account's balance, as just read (the operators' Kie account watch). */
  kieAccountCredits(credits: number): void {
    this.#kieAccount.set(credits);
  }

  /** A job ended: `delivered`, `refunded`, or another outcome the pipeline names. */
  jobFinished(outcome: string, model: string): void {
    this.#jobsFinished.inc({ outcome, model });
  }

  /** Everything a finished job tells: its outcome, and for a delivered video its price and how long after Kie finished it arrived. */
  jobEnded(outcome: string, job: Pick<Job, 'familyId' | 'price' | 'kieCompletedAt'>, now: number): void {
    this.jobFinished(outcome, job.familyId);
    if (outcome !== 'delivered') return;
    this.creditsSpent(job.price, job.familyId);
    if (job.kieCompletedAt !== undefined) this.completionToDelivery(now - job.kieCompletedAt);
  }

  /** One HTTP request to Kie: `outcome` is `ok` or the KieError kind. */
  kieCall(endpoint: string, outcome: string): void {
    this.#kieRequests.inc({ endpoint, outcome });
  }

  creditsSpent(credits: number, model: string): void {
    if (Number.isFinite(credits) && credits > 0) this.#credits.inc({ model }, credits);
  }

  callbackVerified(result: CallbackResult): void {
    this.#callbacks.inc({ result });
  }

  ackLatency(ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.#ack.observe(ms / 1000);
  }

  completionToDelivery(ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.#delivery.observe(ms / 1000);
  }

  discordRestError(status: number): void {
    this.#discordErrors.inc({ status: String(status) });
  }

  ledger(operation: LedgerOperation): void {
    this.#ledger.inc({ operation });
  }

  httpRequest(route: string, status: number): void {
    this.#http.inc({ route, status: String(status) });
  }

  /** A prompt (or other member text) refused by the server's own words or its AutoMod rules. */
  promptRefused(rule: 'words' | 'automod'): void {
    this.#refused.inc({ rule });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
