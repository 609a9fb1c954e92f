import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Clock } from '../src/services/kie/limiter.ts';
import { fakeModelSpecs, isBlank, isUrl, unknownModelMsg, validateInput } from './kieModels.ts';
import { fakeVeoModels, validateVeoBody, veoCallbackBody, veoRecord, type VeoSnapshot } from './kieVeo.ts';

export { fakeModelSpecs, validateInput } from './kieModels.ts';

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
 * Veo 3.1 lives on its own endpoint (/api/v1/veo/generate, /api/v1/veo/record-info; kieVeo.ts):
 * same tasks, plans, pauses, limits and files, its own request and answer shapes.
 */

export type FakeRoute = 'createTask' | 'recordInfo' | 'veoGenerate' | 'veoRecordInfo' | 'credit' | 'downloadUrl' | 'files';
export type FakeOutcome = 'success' | { fail: { code: string; msg: string } };

export interface FakeTaskPlan {
  waitingMs: number;
  queueMs: number;
  generateMs: number;
  outcome: FakeOutcome;
  /** A file served under /files/ (built in, or added with `addFile`); by default chosen by aspect. */
  resultFile?: string;
  /** Reported as `creditsConsumed` once the task succeeds; absent otherwise, as on the wire. */
  creditsConsumed?: number;
}

export interface FakeKieOptions {
  /** The key `Authorization: Bearer` must carry. Default 'test-kie-key'. */
  apiKey?: string;
  now?: () => number;
  /** 0 (default) picks a free port. */
  port?: number;
  credits?: number;
  /** Overrides of the default plan: waiting 200 ms, queuing 200 ms, generating 600 ms, success. */
  plan?: Partial<FakeTaskPlan>;
  /** A task this young still answers "recordInfo is null". Default 0. */
  recordInfoNullMs?: number;
  /** Result URLs stop working this long after completion (download-url links still work). Default: never. */
  fileTtlMs?: number;
  /** What an expired file answers. Default 404. */
  expiredStatus?: 403 | 404;
  /** Lifetime of a `download-url` link. Default 20 minutes, as Kie documents. */
  downloadUrlTtlMs?: number;
  /** Kie's create limit; `false` switches it off. Default 20 per 10 000 ms. */
  createRateLimit?: { limit: number; windowMs: number } | false;
  /** When set, callbacks carry X-Webhook-Timestamp and X-Webhook-Signature as Kie's do. */
  webhookHmacKey?: string;
  /** Runs `tick()` on a real timer. Off by default. */
  callbackIntervalMs?: number;
  /** Where sample-portrait.mp4, sample-landscape.mp4 and sample-image.png live. */
  fixturesDir?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  route: FakeRoute | 'unknown';
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface FailSpec {
  code: number;
  /** Defaults to the message Kie sends for that code. */
  msg?: string;
  /** HTTP status of the answer. Default 200, as Kie sends most errors. */
  httpStatus?: number;
  times?: number;
  data?: unknown;
}

export type MalformedKind = 'not-json' | 'truncated' | 'bad-shape';

export interface CreatedTask {
  taskId: string;
  /** Which endpoint made it: the jobs API, or Veo's own. */
  api: 'jobs' | 'veo';
  model: string;
  /** For Veo: the body without `model` and `callBackUrl`. */
  input: Record<string, unknown>;
  body: Record<string, unknown>;
  at: number;
}

export interface CallbackDelivery {
  kind: 'complete' | 'progress';
  taskId: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
  /** HTTP status of the receiver, or undefined if the POST failed. */
  status?: number;
  error?: string;
}

interface FakeTask {
  taskId: string;
  api: 'jobs' | 'veo';
  model: string;
  input: Record<string, unknown>;
  body: Record<string, unknown>;
  createdAt: number;
  plan: FakeTaskPlan;
  forced?: { at: number; outcome: FakeOutcome };
  callbackSent: boolean;
}

interface Answer {
  status: number;
  body: string | Buffer;
  headers?: Record<string, string>;
}

interface Snapshot {
  state: 'waiting' | 'queuing' | 'generating' | 'success' | 'fail';
  progress: number;
  completeTime: number | null;
  outcome: FakeOutcome | null;
}

const jsonType = 'application/json;charset=UTF-8';

export const defaultKieMessages: Readonly<Record<number, string>> = {
  401: 'You do not have access permissions',
  402: 'The current credits are insufficient. Please top up.',
  404: 'Not found',
  422: 'Validation error',
  429: 'Rate limit exceeded',
  455: 'Service unavailable',
  500: 'Internal server error',
  501: 'Generation failed',
  505: 'This feature is disabled',
};

// ---------- the server ----------

const defaultFixturesDir = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));

export class FakeKie {
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: CallbackDelivery[] = [];
  credits: number;

  readonly #server: Server;
  #url = '';
  readonly #apiKey: string;
  readonly #now: () => number;
  readonly #options: FakeKieOptions;
  #defaultPlan: FakeTaskPlan;
  readonly #modelPlans = new Map<string, Partial<FakeTaskPlan>>();
  readonly #nextPlans: Partial<FakeTaskPlan>[] = [];
  readonly #tasks = new Map<string, FakeTask>();
  readonly #created: CreatedTask[] = [];
  readonly #createTimes: number[] = [];
  readonly #files = new Map<string, { body: Buffer; contentType: string }>();
  readonly #downloadTokens = new Map<string, { path: string; expiresAt: number }>();
  readonly #paused = new Set<string>();
  readonly #failures = new Map<FakeRoute, Array<FailSpec & { left: number }>>();
  readonly #hangs = new Map<FakeRoute, { left: number; processFirst: boolean }>();
  readonly #delays = new Map<FakeRoute, number>();
  readonly #malformed = new Map<FakeRoute, { left: number; kind: MalformedKind }>();
  readonly #hung = new Set<ServerResponse>();
  #timer: NodeJS.Timeout | undefined;

  private constructor(options: FakeKieOptions) {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake kie crashed: ${String(error)}`);
      });
    });
    this.#options = options;
    this.#apiKey = options.apiKey ?? 'test-kie-key';
    this.#now = options.now ?? Date.now;
    this.credits = options.credits ?? 10_000;
    this.#defaultPlan = { waitingMs: 200, queueMs: 200, generateMs: 600, outcome: 'success', ...options.plan };
    const dir = options.fixturesDir ?? defaultFixturesDir;
    this.addFile('sample-portrait.mp4', readFileSync(`${dir}/sample-portrait.mp4`), 'video/mp4');
    this.addFile('sample-landscape.mp4', readFileSync(`${dir}/sample-landscape.mp4`), 'video/mp4');
    this.addFile('sample-image.png', readFileSync(`${dir}/sample-image.png`), 'image/png');
  }

  static async start(options: FakeKieOptions = {}): Promise<FakeKie> {
    const fake = new FakeKie(options);
    await new Promise<void>((resolve, reject) => {
      fake.#server.once('error', reject);
      fake.#server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    fake.#url = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    if (options.callbackIntervalMs !== undefined) {
      fake.#timer = setInterval(() => void fake.tick(), options.callbackIntervalMs);
      fake.#timer.unref();
    }
    return fake;
  }

  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  get url(): string {
    return this.#url;
  }

  async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    for (const res of this.#hung) res.destroy();
    this.#hung.clear();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  // ---------- switches ----------

  /** The next `times` (default 1) requests to `route` get this error instead of their answer. */
  failNext(route: FakeRoute, spec: FailSpec): void {
    const list = this.#failures.get(route) ?? [];
    list.push({ ...spec, left: spec.times ?? 1 });
    this.#failures.set(route, list);
  }

  /** Drops the errors queued by `failNext` (all routes when none is named). */
  clearFailures(route?: FakeRoute): void {
    if (route === undefined) this.#failures.clear();
    else this.#failures.delete(route);
  }

  /** Models paused with `pauseModel`. */
  get pausedModels(): string[] {
    return [...this.#paused];
  }

  /** createTask for this model answers code 500 "This interface is temporarily paused", as Sora did in 2026. */
  pauseModel(model: string): void {
    this.#paused.add(model);
  }

  resumeModel(model: string): void {
    this.#paused.delete(model);
  }

  /**
   * The next `times` requests to `route` are read and never answered (until `close`). With
   * `processFirst`, a createTask is carried out first: the task exists though the caller never
   * hears of it, which is exactly why a timed-out create must not be retried.
   */
  hang(route: FakeRoute, times = 1, options: { processFirst?: boolean } = {}): void {
    this.#hangs.set(route, { left: times, processFirst: options.processFirst ?? false });
  }

  /** Every answer on `route` waits this many real milliseconds; 0 removes the delay. */
  delay(route: FakeRoute, ms: number): void {
    this.#delays.set(route, ms);
  }

  /** The next `times` answers on `route` are HTTP 200 with a body that is not a usable envelope. */
  malformed(route: FakeRoute, times = 1, kind: MalformedKind = 'not-json'): void {
    this.#malformed.set(route, { left: times, kind });
  }

  setDefaultPlan(plan: Partial<FakeTaskPlan>): void {
    this.#defaultPlan = { ...this.#defaultPlan, ...plan };
  }

  setModelPlan(model: string, plan: Partial<FakeTaskPlan>): void {
    this.#modelPlans.set(model, plan);
  }

  /** Applies to the next created task, one entry per task, after the default and model plans. */
  planNext(plan: Partial<FakeTaskPlan>): void {
    this.#nextPlans.push(plan);
  }

  /** Changes the plan of a task already created; its timeline still starts at its creation. */
  setTaskPlan(taskId: string, plan: Partial<FakeTaskPlan>): void {
    const task = this.#task(taskId);
    task.plan = { ...task.plan, ...plan };
  }

  /** Ends a task now, whatever its plan said, and sends its callback if it has one. */
  async completeTask(taskId: string, outcome: FakeOutcome = 'success'): Promise<void> {
    const task = this.#task(taskId);
    const now = this.#now();
    if (this.#snapshot(task, now).completeTime !== null) throw new Error(`FakeKie: task ${taskId} has already ended`);
    task.forced = { at: now, outcome };
    await this.tick();
  }

  /** Sends the callbacks that are due (see the file comment). */
  async tick(): Promise<void> {
    const now = this.#now();
    const sends: Promise<void>[] = [];
    for (const task of this.#tasks.values()) {
      const snap = this.#snapshot(task, now);
      const callBackUrl = task.body['callBackUrl'];
      if (snap.completeTime !== null && typeof callBackUrl === 'string' && !task.callbackSent) {
        task.callbackSent = true;
        sends.push(this.#sendCallback('complete', task, callBackUrl));
      }
      const progressUrl = task.body['progressCallBackUrl'];
      if (snap.state === 'generating' && typeof progressUrl === 'string' && fakeModelSpecs[task.model]?.sora) {
        sends.push(this.#sendCallback('progress', task, progressUrl));
      }
    }
    await Promise.all(sends);
  }

  /** Sends a task's completion callback again, for idempotency tests. */
  async resendCallback(taskId: string): Promise<void> {
    const task = this.#task(taskId);
    const url = task.body['callBackUrl'];
    if (typeof url !== 'string') throw new Error(`FakeKie: task ${taskId} has no callBackUrl`);
    await this.#sendCallback('complete', task, url);
  }

  /** Serves `body` at `/files/<name>`; a plan's `resultFile` may name it. */
  addFile(name: string, body: Buffer, contentType = 'application/octet-stream'): void {
    if (name.includes('/')) throw new Error('FakeKie: file names cannot contain "/"');
    this.#files.set(name, { body, contentType });
  }

  /** A public URL for a served file, e.g. an image to pass in `image_urls`. */
  fileUrl(name: string): string {
    return `${this.url}/files/${encodeURIComponent(name)}`;
  }

  // ---------- inspection ----------

  count(route: FakeRoute | 'unknown'): number {
    return this.requests.filter((r) => r.route === route).length;
  }

  /** Successful creates, in the order the fake accepted them. */
  created(): CreatedTask[] {
    return [...this.#created];
  }

  /** What recordInfo would answer for this task now (the `data` object), or undefined. */
  task(taskId: string): Record<string, unknown> | undefined {
    const task = this.#tasks.get(taskId);
    if (!task) return undefined;
    return task.api === 'veo' ? this.#veoData(task, this.#now(), 'record') : this.#recordInfo(task, this.#now(), false);
  }

  // ---------- request handling ----------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    let body: unknown = raw;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text
      }
    }
    const route = routeOf(req.method ?? 'GET', parsed.pathname);
    this.requests.push({
      method: req.method ?? 'GET',
      path: parsed.pathname,
      route,
      query: Object.fromEntries(parsed.searchParams),
      body,
      headers: req.headers,
      at: this.#now(),
    });
    if (route === 'unknown') return send(res, this.#unknownRoute(req.method ?? 'GET', parsed.pathname));

    const delayMs = this.#delays.get(route) ?? 0;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs).unref());

    const hang = this.#hangs.get(route);
    if (hang && hang.left > 0) {
      hang.left -= 1;
      if (hang.processFirst) this.#answer(route, req, parsed, body);
      this.#hung.add(res);
      res.on('close', () => this.#hung.delete(res));
      return;
    }
    send(res, this.#answer(route, req, parsed, body));
  }

  #answer(route: FakeRoute, req: IncomingMessage, url: URL, body: unknown): Answer {
    if (route === 'files') return this.#serveFile(url);
    const failure = this.#takeFailure(route);
    if (failure) {
      return json(failure.httpStatus ?? 200, { code: failure.code, msg: failure.msg ?? defaultKieMessages[failure.code] ?? 'error', data: failure.data ?? null });
    }
    const bad = this.#malformed.get(route);
    if (bad && bad.left > 0) {
      bad.left -= 1;
      return malformedAnswer(bad.kind);
    }
    if (req.headers.authorization !== `Bearer ${this.#apiKey}`) return kie(401, defaultKieMessages[401] ?? '');
    switch (route) {
      case 'createTask':
        return this.#createTask(body);
      case 'recordInfo':
        return this.#recordInfoRoute(url.searchParams.get('taskId'));
      case 'veoGenerate':
        return this.#veoGenerate(body);
      case 'veoRecordInfo':
        return this.#veoRecordInfoRoute(url.searchParams.get('taskId'));
      case 'credit':
        return json(200, { code: 200, msg: 'success', data: this.credits });
      case 'downloadUrl':
        return this.#downloadUrl(body);
    }
  }

  #takeFailure(route: FakeRoute): FailSpec | undefined {
    const list = this.#failures.get(route);
    const head = list?.[0];
    if (!list || !head) return undefined;
    head.left -= 1;
    if (head.left <= 0) list.shift();
    return head;
  }

  /** Kie's create limit is per account: the jobs API and Veo's endpoint share it. */
  #overCreateLimit(now: number): boolean {
    const limit = this.#options.createRateLimit ?? { limit: 20, windowMs: 10_000 };
    if (!limit) return false;
    while (this.#createTimes.length > 0 && (this.#createTimes[0] ?? 0) <= now - limit.windowMs) this.#createTimes.shift();
    if (this.#createTimes.length >= limit.limit) return true;
    this.#createTimes.push(now);
    return false;
  }

  #createTask(body: unknown): Answer {
    const now = this.#now();
    if (this.#overCreateLimit(now)) return json(429, { code: 429, msg: defaultKieMessages[429], data: null });
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return kie(422, 'Request body must be a JSON object');
    const request = body as Record<string, unknown>;
    const model = request['model'];
    if (isBlank(model)) return kie(500, 'model is required');
    if (typeof model !== 'string' || !fakeModelSpecs[model]) return kie(422, unknownModelMsg);
    if (this.#paused.has(model)) return kie(500, 'This interface is temporarily paused');
    for (const key of ['callBackUrl', 'progressCallBackUrl'] as const) {
      if (request[key] !== undefined && !isUrl(request[key])) return kie(422, `${key} is not a valid URL`);
    }
    const problem = validateInput(model, request['input']);
    if (problem) return kie(problem.code, problem.msg);

    const taskId = randomBytes(16).toString('hex');
    const plan: FakeTaskPlan = { ...this.#defaultPlan, ...this.#modelPlans.get(model), ...this.#nextPlans.shift() };
    const input = request['input'] as Record<string, unknown>;
    this.#tasks.set(taskId, { taskId, api: 'jobs', model, input, body: request, createdAt: now, plan, callbackSent: false });
    this.#created.push({ taskId, api: 'jobs', model, input, body: request, at: now });
    return kie(200, 'success', { taskId, recordId: taskId });
  }

  #veoGenerate(body: unknown): Answer {
    const now = this.#now();
    if (this.#overCreateLimit(now)) return json(429, { code: 429, msg: defaultKieMessages[429], data: null });
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return kie(422, 'Request body must be a JSON object');
    const request = body as Record<string, unknown>;
    // Kie's docs: `model` is optional and defaults to veo3_fast.
    const model = typeof request['model'] === 'string' ? request['model'] : 'veo3_fast';
    if (fakeVeoModels.includes(model) && this.#paused.has(model)) return kie(500, 'This interface is temporarily paused');
    const problem = validateVeoBody(request);
    if (problem) return kie(problem.code, problem.msg);

    // Veo task ids are opaque strings too; the `veo_` prefix makes a mix-up with jobs ids visible in tests.
    const taskId = `veo_${randomBytes(12).toString('hex')}`;
    const plan: FakeTaskPlan = { ...this.#defaultPlan, ...this.#modelPlans.get(model), ...this.#nextPlans.shift() };
    const { model: _model, callBackUrl: _callBackUrl, ...input } = request;
    this.#tasks.set(taskId, { taskId, api: 'veo', model, input, body: request, createdAt: now, plan, callbackSent: false });
    this.#created.push({ taskId, api: 'veo', model, input, body: request, at: now });
    return kie(200, 'success', { taskId });
  }

  #veoRecordInfoRoute(taskId: string | null): Answer {
    if (!taskId) return kie(422, 'taskId is required');
    const task = this.#tasks.get(taskId);
    const now = this.#now();
    // Each endpoint reads only its own tasks: asking the wrong one looks like a missing record.
    if (!task || task.api !== 'veo' || now - task.createdAt < (this.#options.recordInfoNullMs ?? 0)) return kie(422, 'record is null');
    return kie(200, 'success', this.#veoData(task, now, 'record'));
  }

  #veoData(task: FakeTask, now: number, kind: 'record' | 'callback'): Record<string, unknown> {
    const snap = this.#snapshot(task, now);
    const veoSnap: VeoSnapshot = { state: snap.state, completeTime: snap.completeTime, failure: snap.outcome !== null && snap.outcome !== 'success' ? snap.outcome.fail : null };
    const resultUrl = snap.state === 'success' ? `${this.url}/files/${task.taskId}/${encodeURIComponent(this.#resultFile(task))}` : undefined;
    const view = { taskId: task.taskId, body: task.body, createdAt: task.createdAt };
    return kind === 'record' ? veoRecord(view, veoSnap, resultUrl) : veoCallbackBody(view, veoSnap, resultUrl);
  }

  #recordInfoRoute(taskId: string | null): Answer {
    if (!taskId) return kie(422, 'taskId is required');
    const task = this.#tasks.get(taskId);
    const now = this.#now();
    if (!task || task.api !== 'jobs' || now - task.createdAt < (this.#options.recordInfoNullMs ?? 0)) return kie(422, 'recordInfo is null');
    return kie(200, 'success', this.#recordInfo(task, now, false));
  }

  #downloadUrl(body: unknown): Answer {
    const target = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['url'] : undefined;
    if (typeof target !== 'string' || !target.startsWith(`${this.url}/files/`)) return kie(422, 'url is wrong');
    const path = new URL(target).pathname;
    if (!this.#resolveFile(path)) return kie(422, 'url is wrong');
    const token = randomBytes(12).toString('hex');
    this.#downloadTokens.set(token, { path, expiresAt: this.#now() + (this.#options.downloadUrlTtlMs ?? 20 * 60_000) });
    return kie(200, 'success', `${this.url}${path}?dl=${token}`);
  }

  /** `/files/<name>` for added files, `/files/<taskId>/<name>` for task results. */
  #resolveFile(path: string): { file: { body: Buffer; contentType: string }; expiresAt: number } | undefined {
    const parts = path.split('/').slice(2).map(decodeURIComponent);
    if (parts.length === 1) {
      const file = this.#files.get(parts[0] ?? '');
      return file ? { file, expiresAt: Infinity } : undefined;
    }
    const [taskId, name] = parts;
    if (parts.length !== 2 || taskId === undefined || name === undefined) return undefined;
    const task = this.#tasks.get(taskId);
    if (!task) return undefined;
    const snap = this.#snapshot(task, this.#now());
    if (snap.state !== 'success' || snap.completeTime === null || this.#resultFile(task) !== name) return undefined;
    const file = this.#files.get(name);
    return file ? { file, expiresAt: snap.completeTime + (this.#options.fileTtlMs ?? Infinity) } : undefined;
  }

  #serveFile(url: URL): Answer {
    const found = this.#resolveFile(url.pathname);
    if (!found) return expired(404);
    const token = url.searchParams.get('dl');
    if (token !== null) {
      const grant = this.#downloadTokens.get(token);
      if (!grant || grant.path !== url.pathname || this.#now() >= grant.expiresAt) return expired(this.#options.expiredStatus ?? 404);
    } else if (this.#now() >= found.expiresAt) {
      return expired(this.#options.expiredStatus ?? 404);
    }
    return { status: 200, body: found.file.body, headers: { 'content-type': found.file.contentType } };
  }

  #unknownRoute(method: string, path: string): Answer {
    const known = ['/api/v1/jobs/createTask', '/api/v1/jobs/recordInfo', '/api/v1/veo/generate', '/api/v1/veo/record-info', '/api/v1/chat/credit', '/api/v1/common/download-url'];
    const status = known.includes(path) ? 405 : 404;
    return json(status, { timestamp: this.#now(), status, error: status === 405 ? `Method ${method} not allowed` : 'Not Found', path });
  }

  // ---------- task timeline ----------

  #task(taskId: string): FakeTask {
    const task = this.#tasks.get(taskId);
    if (!task) throw new Error(`FakeKie: no task ${taskId}`);
    return task;
  }

  #snapshot(task: FakeTask, now: number): Snapshot {
    const { waitingMs, queueMs, generateMs } = task.plan;
    const queueAt = task.createdAt + waitingMs;
    const generateAt = queueAt + queueMs;
    const naturalEnd = generateAt + generateMs;
    const end = task.forced && task.forced.at < naturalEnd ? task.forced : now >= naturalEnd ? { at: naturalEnd, outcome: task.plan.outcome } : undefined;
    const elapsed = Math.min(now, end?.at ?? now) - generateAt;
    const generated = generateMs > 0 ? Math.max(0, Math.min(99, Math.floor((elapsed / generateMs) * 100))) : 99;
    if (end && now >= end.at) {
      const success = end.outcome === 'success';
      return { state: success ? 'success' : 'fail', progress: success ? 100 : generated, completeTime: end.at, outcome: end.outcome };
    }
    const state = now < queueAt ? 'waiting' : now < generateAt ? 'queuing' : 'generating';
    return { state, progress: state === 'generating' ? generated : 0, completeTime: null, outcome: null };
  }

  #resultFile(task: FakeTask): string {
    if (task.plan.resultFile !== undefined) return task.plan.resultFile;
    const aspect = task.input['aspect_ratio'] ?? task.input['aspectRatio'];
    if (aspect === '1:1' && this.#files.has('sample-square.mp4')) return 'sample-square.mp4';
    return aspect === 'portrait' || aspect === '9:16' || aspect === '2:3' ? 'sample-portrait.mp4' : 'sample-landscape.mp4';
  }

  /** recordInfo's `data` as the wire shapes it; callbacks send `null` resultJson on failure, as the docs show. */
  #recordInfo(task: FakeTask, now: number, forCallback: boolean): Record<string, unknown> {
    const snap = this.#snapshot(task, now);
    const sora = fakeModelSpecs[task.model]?.sora ?? false;
    let resultJson: string | null = '';
    if (snap.state === 'success') {
      const name = encodeURIComponent(this.#resultFile(task));
      const resultUrl = `${this.url}/files/${task.taskId}/${name}`;
      resultJson = JSON.stringify(sora ? { resultUrls: [resultUrl], resultWaterMarkUrls: [`${resultUrl}?watermark=1`] } : { resultUrls: [resultUrl] });
    } else if (snap.state === 'fail' && forCallback) {
      resultJson = null;
    }
    const failure = snap.outcome !== null && snap.outcome !== 'success' ? snap.outcome.fail : null;
    const data: Record<string, unknown> = {
      taskId: task.taskId,
      model: task.model,
      state: snap.state,
      param: encodeParam(task.body),
      resultJson,
      failCode: failure?.code ?? null,
      failMsg: failure?.msg ?? null,
      // Seconds on the wire; the docs' failure example reports 0 for a failed task.
      costTime: snap.completeTime === null ? null : failure ? 0 : Math.round((snap.completeTime - task.createdAt) / 1000),
      completeTime: snap.completeTime,
      createTime: task.createdAt,
    };
    if (sora) data['progress'] = snap.progress;
    if (snap.state === 'success' && task.plan.creditsConsumed !== undefined) data['creditsConsumed'] = task.plan.creditsConsumed;
    return data;
  }

  async #sendCallback(kind: CallbackDelivery['kind'], task: FakeTask, url: string): Promise<void> {
    const now = this.#now();
    let body: Record<string, unknown>;
    if (task.api === 'veo') {
      body = this.#veoData(task, now, 'callback');
    } else {
      const data = this.#recordInfo(task, now, true);
      const success = data['state'] === 'success';
      body =
        kind === 'progress'
          ? { code: 200, msg: 'success', data }
          : { code: success ? 200 : 501, msg: success ? 'Playground task completed successfully.' : 'Playground task failed.', data };
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const key = this.#options.webhookHmacKey;
    if (key !== undefined) {
      const timestamp = String(Math.floor(now / 1000));
      headers['x-webhook-timestamp'] = timestamp;
      headers['x-webhook-signature'] = createHmac('sha256', key).update(`${task.taskId}.${timestamp}`).digest('base64');
    }
    const delivery: CallbackDelivery = { kind, taskId: task.taskId, url, body, headers };
    this.callbacks.push(delivery);
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
      delivery.status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
  }
}

// ---------- helpers ----------

function routeOf(method: string, path: string): FakeRoute | 'unknown' {
  if (method === 'POST' && path === '/api/v1/jobs/createTask') return 'createTask';
  if (method === 'GET' && path === '/api/v1/jobs/recordInfo') return 'recordInfo';
  if (method === 'POST' && path === '/api/v1/veo/generate') return 'veoGenerate';
  if (method === 'GET' && path === '/api/v1/veo/record-info') return 'veoRecordInfo';
  if (method === 'GET' && path === '/api/v1/chat/credit') return 'credit';
  if (method === 'POST' && path === '/api/v1/common/download-url') return 'downloadUrl';
  if (method === 'GET' && path.startsWith('/files/')) return 'files';
  return 'unknown';
}

/** As on the wire: the body as a JSON string, `input` encoded once more inside it, number-like strings turned to numbers. */
function encodeParam(body: Record<string, unknown>): string {
  const input = Object.fromEntries(
    Object.entries((body['input'] ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v]),
  );
  return JSON.stringify({ ...body, input: JSON.stringify(input) });
}

function json(status: number, value: unknown): Answer {
  return { status, body: JSON.stringify(value), headers: { 'content-type': jsonType } };
}

function kie(code: number, msg: string, data: unknown = null): Answer {
  return json(200, { code, msg, data });
}

function expired(status: number): Answer {
  const code = status === 403 ? 'AccessDenied' : 'NoSuchKey';
  return { status, body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`, headers: { 'content-type': 'application/xml' } };
}

function malformedAnswer(kind: MalformedKind): Answer {
  if (kind === 'bad-shape') return json(200, { code: 200, msg: 'success', data: { unexpected: true } });
  if (kind === 'truncated') return { status: 200, body: '{"code":200,"msg":"succ', headers: { 'content-type': jsonType } };
  return { status: 200, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } };
}

function send(res: ServerResponse, answer: Answer): void {
  if (res.destroyed || res.writableEnded) return;
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A clock that moves only when told to: `advance(ms)` wakes every sleeper due by then, in order.
 * With `autoAdvance`, `sleep(ms)` moves time forward itself, for code that sleeps one at a time.
 */
export class ManualClock implements Clock {
  #now: number;
  readonly #autoAdvance: boolean;
  #timers: Array<{ at: number; resolve: () => void }> = [];

  constructor(start = 1_776_000_000_000, options: { autoAdvance?: boolean } = {}) {
    this.#now = start;
    this.#autoAdvance = options.autoAdvance ?? false;
  }

  readonly now = (): number => this.#now;

  readonly sleep = (ms: number): Promise<void> => {
    if (this.#autoAdvance) {
      this.#now += Math.max(0, ms);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#timers.push({ at: this.#now + Math.max(0, ms), resolve }));
  };

  /** Sleepers not yet woken. */
  get sleepers(): number {
    return this.#timers.length;
  }

  async advance(ms: number): Promise<void> {
    // Whatever is already runnable happens at the current time, before the clock moves.
    await new Promise((resolve) => setImmediate(resolve));
    const target = this.#now + ms;
    for (;;) {
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers[0];
      if (!next || next.at > target) break;
      this.#timers.shift();
      this.#now = next.at;
      next.resolve();
      // Let the woken code run (and maybe sleep again) before looking for the next timer.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#now = target;
  }
}
