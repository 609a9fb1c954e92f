import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { taskIdOf, verifyKieCallback } from './kieCallback.ts';
import type { Metrics } from './metrics.ts';
import { RateBound } from './rateBound.ts';

export type Readiness = { ok: true } | { ok: false; reason: string };

/** The part of a pino logger the server uses; a pino `Logger` fits as is. */
export interface HttpLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface HttpServerOptions {
  host: string;
  /** 0 picks a free port; `url` tells which. */
  port: number;
  metrics: Metrics;
  /** Whether the bot can do its work (gateway ready, store answering); asked at every /readyz. */
  ready: () => Promise<Readiness>;
  /**
   * A callback said this task may have finished. Called after Kie has its answer, at most once at a
   * time per task id; the callee reads the task from Kie and ignores ids it does not know.
   */
  onTaskHint: (taskId: string) => Promise<void>;
  /** Kie's webhook HMAC key; when set, callbacks without a valid signature are refused. */
  webhookKey?: string | undefined;
  logger?: HttpLogger;
  now?: () => number;
  /** Largest request body read. Default 256 KiB (a callback carries the prompt, up to 10,000 characters, twice encoded). */
  maxBodyBytes?: number;
  /** Requests per client address. Default a burst of 60, then 20 per second. */
  rate?: { burst: number; perSecond: number };
  /** /readyz answers 503 when the check takes longer. Default 2 s. */
  readyTimeoutMs?: number;
}

type RouteName = 'healthz' | 'readyz' | 'metrics' | 'kie_callback';
const routes: Readonly<Record<string, { name: RouteName; methods: readonly string[] }>> = {
  '/healthz': { name: 'healthz', methods: ['GET', 'HEAD'] },
  '/readyz': { name: 'readyz', methods: ['GET', 'HEAD'] },
  '/metrics': { name: 'metrics', methods: ['GET', 'HEAD'] },
  '/kie/callback': { name: 'kie_callback', methods: ['POST'] },
};

const maxHintsInFlight = 1_000;
const silentLogger: HttpLogger = { info() {}, warn() {}, error() {} };

/**
 * The bot's own HTTP server: liveness, readiness, Prometheus metrics and Kie's callbacks. Every
 * answer is a fixed text (nothing from the request or the configuration is echoed back).
 */
export class HttpServer {
  readonly #options: HttpServerOptions;
  readonly #server: Server;
  readonly #log: HttpLogger;
  readonly #now: () => number;
  readonly #rate: RateBound;
  readonly #maxBody: number;
  readonly #hints = new Map<string, Promise<void>>();
  #url = '';

  constructor(options: HttpServerOptions) {
    this.#options = options;
    this.#log = options.logger ?? silentLogger;
    this.#now = options.now ?? Date.now;
    this.#maxBody = options.maxBodyBytes ?? 256 * 1024;
    this.#rate = new RateBound({ ...(options.rate ?? { burst: 60, perSecond: 20 }), now: this.#now });
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.#log.error({ err: error }, 'HTTP request failed');
        if (!res.headersSent) this.#reply(res, 'other', 500, 'internal error');
        else res.destroy();
      });
    });
    // Slow or stalled clients are dropped rather than holding sockets open.
    this.#server.headersTimeout = 10_000;
    this.#server.requestTimeout = 15_000;
  }

  /** e.g. http://127.0.0.1:8080 once started (a wildcard host is shown as loopback). */
  get url(): string {
    return this.#url;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#options.port, this.#options.host, () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.#server.address() as AddressInfo;
    const host = this.#options.host === '0.0.0.0' || this.#options.host === '::' ? '127.0.0.1' : this.#options.host;
    this.#url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    this.#log.info({ host: this.#options.host, port, callbacksSigned: this.#options.webhookKey !== undefined }, 'HTTP server listening');
  }

  /** Stops listening, lets open requests finish (up to 2 s), then waits for task hints under way. */
  async stop(): Promise<void> {
    if (this.#server.listening) {
      const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      this.#server.closeIdleConnections();
      const force = setTimeout(() => this.#server.closeAllConnections(), 2_000);
      force.unref();
      await closed;
      clearTimeout(force);
    }
    await Promise.allSettled([...this.#hints.values()]);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://bot.invalid').pathname;
    const route = routes[path];
    const name = route?.name ?? 'other';
    if (!this.#rate.take(req.socket.remoteAddress ?? 'unknown')) {
      return this.#reply(res, name, 429, 'too many requests', { 'retry-after': '1', connection: 'close' });
    }
    if (!route) return this.#reply(res, name, 404, 'not found');
    if (!route.methods.includes(req.method ?? '')) {
      return this.#reply(res, name, 405, 'method not allowed', { allow: route.methods.join(', '), connection: 'close' });
    }
    switch (route.name) {
      case 'healthz':
        return this.#reply(res, name, 200, 'ok');
      case 'readyz':
        return this.#readyz(res);
      case 'metrics':
        return this.#reply(res, name, 200, await this.#options.metrics.text(), { 'content-type': this.#options.metrics.contentType });
      case 'kie_callback':
        return this.#callback(req, res);
    }
  }

  async #readyz(res: ServerResponse): Promise<void> {
    const limitMs = this.#options.readyTimeoutMs ?? 2_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: `readiness check took longer than ${limitMs} ms` }), limitMs);
    });
    const verdict = await Promise.race([
      this.#options.ready().catch((error: unknown): Readiness => {
        this.#log.error({ err: error }, 'readiness check failed');
        return { ok: false, reason: 'readiness check failed' };
      }),
      timedOut,
    ]);
    clearTimeout(timer);
    if (verdict.ok) return this.#reply(res, 'readyz', 200, 'ready');
    return this.#reply(res, 'readyz', 503, `not ready: ${oneLine(verdict.reason)}`);
  }

  async #callback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBounded(req, this.#maxBody);
    if (raw === undefined) {
      this.#log.warn({ remote: req.socket.remoteAddress, limitBytes: this.#maxBody }, 'Kie callback refused: body too large');
      return this.#reply(res, 'kie_callback', 413, 'body too large', { connection: 'close' });
    }
    let taskId: string | undefined;
    try {
      taskId = taskIdOf(JSON.parse(raw.toString('utf8')));
    } catch {
      // not JSON: handled as a body without a task id
    }
    if (taskId === undefined) {
      this.#options.metrics.callbackVerified('malformed');
      this.#log.warn({ remote: req.socket.remoteAddress }, 'Kie callback refused: no task id in the body');
      return this.#reply(res, 'kie_callback', 400, 'no task id');
    }
    const result = verifyKieCallback({
      key: this.#options.webhookKey,
      taskId,
      signature: header(req, 'x-webhook-signature'),
      timestamp: header(req, 'x-webhook-timestamp'),
      nowMs: this.#now(),
    });
    this.#options.metrics.callbackVerified(result);
    if (result !== 'ok' && result !== 'unsigned') {
      this.#log.warn({ remote: req.socket.remoteAddress, taskId, result }, 'Kie callback refused: signature missing, wrong or stale');
      return this.#reply(res, 'kie_callback', 401, 'unauthorized');
    }
    // Kie gets its answer first; the task is read afterwards, never from this body.
    res.once('close', () => this.#hint(taskId));
    this.#reply(res, 'kie_callback', 200, 'ok');
  }

  #hint(taskId: string): void {
    if (this.#hints.has(taskId)) return; // the read under way answers this one too
    if (this.#hints.size >= maxHintsInFlight) {
      this.#log.warn({ taskId }, 'too many Kie callbacks in progress; this one is left to polling');
      return;
    }
    const work = Promise.resolve()
      .then(() => this.#options.onTaskHint(taskId))
      .catch((error: unknown) => this.#log.error({ err: error, taskId }, 'handling a Kie callback failed'))
      .finally(() => this.#hints.delete(taskId));
    this.#hints.set(taskId, work);
  }

  #reply(res: ServerResponse, route: RouteName | 'other', status: number, text: string, headers: Record<string, string> = {}): void {
    const body = Buffer.from(text.endsWith('\n') ? text : `${text}\n`);
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(body.length), ...headers });
    res.end(body);
    this.#options.metrics.httpRequest(route, status);
  }
}

/** The body, or undefined once it passes `max` bytes (the rest is never read: the 413 closes the connection). */
function readBounded(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      // Not destroyed: the socket must stay open long enough to carry the 413.
      req.off('data', onData);
      req.pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    // A client that hangs up mid-body gets no answer; the promise must still settle.
    req.once('close', () => reject(new Error('the client closed the connection before sending the whole body')));
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
