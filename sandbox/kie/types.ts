// The shapes a test sees of the fake Kie: routes, task plans and outcomes, options, recorded
// requests, created tasks and callback deliveries. Plain data; the store is state.ts.
import type { IncomingHttpHeaders } from 'node:http';

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

/** A task as the fake keeps it (state.ts). */
export interface FakeTask {
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

