// Kie's wire: the `{ code, msg, data }` envelope (errors as HTTP 200 with the code inside, `msg`
// not `message`), the messages Kie sends per code, the bodies of expired files (S3-style XML) and
// of a broken upstream, and writing an answer. Every module answers through these.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeRoute, MalformedKind } from './types.ts';

export interface Answer {
  status: number;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** An endpoint a module answers; the router (router.ts) finds it by method and path. */
export interface KieRoute {
  name: FakeRoute;
  method: 'GET' | 'POST';
  /** The exact path, or a prefix when it ends with '/'. */
  path: string;
  /** Answered before injected faults and the key check: result files are public URLs. */
  open?: boolean;
  handle: (url: URL, body: unknown) => Answer;
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

export function json(status: number, value: unknown): Answer {
  return { status, body: JSON.stringify(value), headers: { 'content-type': jsonType } };
}

export function kie(code: number, msg: string, data: unknown = null): Answer {
  return json(200, { code, msg, data });
}

export function expired(status: number): Answer {
  const code = status === 403 ? 'AccessDenied' : 'NoSuchKey';
  return { status, body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`, headers: { 'content-type': 'application/xml' } };
}

export function malformedAnswer(kind: MalformedKind): Answer {
  if (kind === 'bad-shape') return json(200, { code: 200, msg: 'success', data: { unexpected: true } });
  if (kind === 'truncated') return { status: 200, body: '{"code":200,"msg":"succ', headers: { 'content-type': jsonType } };
  return { status: 200, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } };
}

export function send(res: ServerResponse, answer: Answer): void {
  if (res.destroyed || res.writableEnded) return;
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  res.end(body);
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
