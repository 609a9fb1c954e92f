import { RequestError, type Response } from 'got';
import type { z } from 'zod';
import { KieError, kieErrorFromCode } from './errors.ts';
import { envelopeSchema, type Envelope } from './schemas.ts';

/**
 * How Kie's answers and failed requests are judged, for every API shape (the jobs API and the
 * adapters beside it): the envelope, its `data`, transport errors. Messages pass through `scrub`,
 * so no key ever reaches an error.
 */
export interface Judge {
  /** Removes the API key from a text. */
  scrub(text: string): string;
  debug(obj: object, msg?: string): void;
}

// Errors raised while connecting, before a single byte of the request left this machine: only
// these let a create try again without risking a second, paid task.
const notSentCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The body's envelope, or a KieError for any HTTP status that is not 2xx. */
export function envelopeOf(judge: Judge, op: string, response: Response<string>): Envelope {
  const status = response.statusCode;
  let envelope: Envelope | undefined;
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(response.body));
    if (parsed.success) envelope = parsed.data;
  } catch {
    // Not JSON: a proxy's error page, a truncated body. Judged below by the status.
  }
  judge.debug({ op, status, code: envelope?.code }, 'Kie answered');
  const msg = judge.scrub(envelope?.msg || `HTTP ${status}`);
  if (status === 429) throw kieErrorFromCode(429, msg, op);
  if (status < 200 || status > 299) throw kieErrorFromCode(envelope && envelope.code !== 200 ? envelope.code : status, msg, op);
  if (!envelope) throw malformed(op, `HTTP ${status} with a body that is not Kie's JSON envelope`);
  return envelope;
}

/** `data` of a successful envelope, checked by `schema`; a KieError (key scrubbed) otherwise. */
export function dataOf<S extends z.ZodType>(judge: Judge, op: string, env: Envelope, schema: S): z.output<S> {
  if (env.code !== 200) throw kieErrorFromCode(env.code, judge.scrub(env.msg), op);
  const parsed = schema.safeParse(env.data);
  if (!parsed.success) throw malformed(op, `unexpected data: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * got's errors carry the request options, headers and all, so none is kept or attached as
 * `cause`: only its code and a scrubbed message survive. `notSent`: nothing reached Kie.
 */
export function transportError(judge: Judge, op: string, error: unknown): { error: KieError; notSent: boolean } {
  const code = error instanceof RequestError ? error.code : undefined;
  const name = error instanceof Error ? error.name : '';
  const detail = judge.scrub(error instanceof Error ? error.message : String(error));
  if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return { error: new KieError({ kind: 'timeout', message: `${op} failed: no answer in time (${detail})` }), notSent: false };
  }
  if (error instanceof RequestError) {
    return {
      error: new KieError({ kind: 'connection', message: `${op} failed: ${code ?? 'network error'} (${detail})` }),
      notSent: code !== undefined && notSentCodes.has(code),
    };
  }
  return { error: new KieError({ kind: 'unknown', message: `${op} failed: ${detail}` }), notSent: false };
}

export function malformed(op: string, detail: string): KieError {
  return new KieError({ kind: 'malformed', message: `${op} failed: ${detail}` });
}

/** The same error, marked so no caller repeats a create that may already have made a task. */
export function notRetryable(error: KieError): KieError {
  return new KieError({ kind: error.kind, code: error.code, message: error.message, retryable: false, ...(error.detail ? { detail: error.detail } : {}) });
}
