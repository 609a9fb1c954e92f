/**
 * A loopback stand-in for api.kie.ai with the wire's quirks (reference/kie-api.md §1–§5, §8):
 * errors as HTTP 200 with the code in the body, `msg` not `message`, `resultJson` as a JSON string,
 * `param` double-encoded, "recordInfo is null" for unknown or brand-new tasks, Kie's 20-per-10-s
 * create limit answered with a real HTTP 429.
 *
 * Time comes from `now` (default Date.now). A task walks waiting → queuing → generating →
 * success | fail by that clock and its plan; `completeTask` ends it on demand instead.
 *
 * Callbacks: a task created with `callBackUrl` gets one POST when it ends, sent by `tick()`
 * (for tasks the clock has finished), by `completeTask()` (at once), or every
 * `callbackIntervalMs` when that option is set. `progressCallBackUrl` (Sora only) gets a POST
 * per `tick()` while generating.
 *
 * This file only composes: one module per part of Kie's API under kie/ (the jobs API, Veo's own
 * endpoint, files and download links, the account, callbacks, faults) over one store
 * (kie/state.ts), their routes registered with one router (kie/router.ts). The reads of the test
 * API are kie/reads.ts. Where a new endpoint, model or fault goes: sandbox/README.md.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { KieAccount, type KieBalance } from './kie/account.ts';
import { KieCallbacks } from './kie/callbacks.ts';
import { KieFaults } from './kie/faults.ts';
import { KieFiles } from './kie/files.ts';
import { KieJobs } from './kie/jobs.ts';
import { KieReads } from './kie/reads.ts';
import { KieRouter } from './kie/router.ts';
import { KieState } from './kie/state.ts';
import { forceEnd } from './kie/timeline.ts';
import type { FailSpec, FakeKieOptions, FakeOutcome, FakeRoute, FakeTaskPlan, MalformedKind } from './kie/types.ts';
import { KieVeo } from './kie/veo.ts';

export type { CallbackDelivery, CreatedTask, FailSpec, FakeKieOptions, FakeOutcome, FakeRoute, FakeTaskPlan, MalformedKind, RecordedRequest } from './kie/types.ts';
export { ManualClock } from './clock.ts';
export { fakeModelSpecs, validateInput } from './kie/models.ts';
export { defaultKieMessages } from './kie/wire.ts';

const defaultFixturesDir = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));

export class FakeKie extends KieReads implements KieBalance {
  credits: number;

  readonly #server: Server;
  readonly #state: KieState;
  readonly #files: KieFiles;
  readonly #callbacks: KieCallbacks;
  readonly #faults: KieFaults;
  readonly #router: KieRouter;

  private constructor(state: KieState) {
    super(state);
    this.#state = state;
    this.credits = state.options.credits ?? 10_000;
    const account = new KieAccount(state, this);
    this.#files = new KieFiles(state, state.options.fixturesDir ?? defaultFixturesDir);
    this.#callbacks = new KieCallbacks(state);
    this.#faults = new KieFaults(state);
    this.#router = new KieRouter(state, this.#faults, [
      ...new KieJobs(state, account).routes(),
      ...new KieVeo(state, account).routes(),
      ...account.routes(),
      ...this.#files.routes(),
    ]);
    this.#server = createServer((req, res) => {
      this.#router.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake kie crashed: ${String(error)}`);
      });
    });
  }

  static async start(options: FakeKieOptions = {}): Promise<FakeKie> {
    const state = new KieState(options);
    const fake = new FakeKie(state);
    await new Promise<void>((resolve, reject) => {
      fake.#server.once('error', reject);
      fake.#server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    state.url = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    if (options.callbackIntervalMs !== undefined) fake.#callbacks.every(options.callbackIntervalMs);
    return fake;
  }

  async close(): Promise<void> {
    this.#callbacks.stop();
    this.#router.close();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  // ---------- faults ----------

  /** The next `times` (default 1) requests to `route` get this error instead of their answer. */
  failNext(route: FakeRoute, spec: FailSpec): void {
    this.#faults.failNext(route, spec);
  }

  /** Drops the errors queued by `failNext` (all routes when none is named). */
  clearFailures(route?: FakeRoute): void {
    this.#faults.clearFailures(route);
  }

  /** createTask for this model answers code 500 "This interface is temporarily paused", as Sora did in 2026. */
  pauseModel(model: string): void {
    this.#faults.pause(model, true);
  }

  resumeModel(model: string): void {
    this.#faults.pause(model, false);
  }

  /**
   * The next `times` requests to `route` are read and never answered (until `close`). With
   * `processFirst`, a createTask is carried out first: the task exists though the caller never
   * hears of it, which is exactly why a timed-out create must not be retried.
   */
  hang(route: FakeRoute, times = 1, options: { processFirst?: boolean } = {}): void {
    this.#faults.hang(route, times, options.processFirst ?? false);
  }

  /** Every answer on `route` waits this many real milliseconds; 0 removes the delay. */
  delay(route: FakeRoute, ms: number): void {
    this.#faults.delay(route, ms);
  }

  /** The next `times` answers on `route` are HTTP 200 with a body that is not a usable envelope. */
  malformed(route: FakeRoute, times = 1, kind: MalformedKind = 'not-json'): void {
    this.#faults.malformed(route, times, kind);
  }

  // ---------- how tasks go ----------

  setDefaultPlan(plan: Partial<FakeTaskPlan>): void {
    this.#state.defaultPlan = { ...this.#state.defaultPlan, ...plan };
  }

  setModelPlan(model: string, plan: Partial<FakeTaskPlan>): void {
    this.#state.modelPlans.set(model, plan);
  }

  /** Applies to the next created task, one entry per task, after the default and model plans. */
  planNext(plan: Partial<FakeTaskPlan>): void {
    this.#state.nextPlans.push(plan);
  }

  /** Changes the plan of a task already created; its timeline still starts at its creation. */
  setTaskPlan(taskId: string, plan: Partial<FakeTaskPlan>): void {
    const task = this.#state.task(taskId);
    task.plan = { ...task.plan, ...plan };
  }

  /** Ends a task now, whatever its plan said, and sends its callback if it has one. */
  async completeTask(taskId: string, outcome: FakeOutcome = 'success'): Promise<void> {
    forceEnd(this.#state.task(taskId), this.#state.now(), outcome);
    await this.tick();
  }

  /** Sends the callbacks that are due (see the file comment). */
  async tick(): Promise<void> {
    await this.#callbacks.tick();
  }

  /** Sends a task's completion callback again, for idempotency tests. */
  async resendCallback(taskId: string): Promise<void> {
    await this.#callbacks.resend(taskId);
  }

  // ---------- files ----------

  /** Serves `body` at `/files/<name>`; a plan's `resultFile` may name it. */
  addFile(name: string, body: Buffer, contentType = 'application/octet-stream'): void {
    this.#files.add(name, body, contentType);
  }

  /** A public URL for a served file, e.g. an image to pass in `image_urls`. */
  fileUrl(name: string): string {
    return `${this.url}/files/${encodeURIComponent(name)}`;
  }
}
