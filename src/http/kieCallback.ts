import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CallbackResult } from './metrics.ts';

/** Kie sets no window; five minutes either way absorbs clock skew and Kie's own send delays. */
export const timestampToleranceMs = 5 * 60_000;

// Kie's ids: 32 hex characters on the jobs API, `veo_task_…` style on Veo. Anything else is not a
// task of ours, and refusing it here keeps odd strings out of logs and store lookups.
const taskIdPattern = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The task id of a callback body, and nothing else from it: the body is not signed. The jobs API
 * sends `data.taskId`, Veo `data.taskId` too; Kie's verification sample reads `data.task_id`, and
 * other APIs put `taskId` at the top (reference/kie-api.md §4.2).
 */
export function taskIdOf(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const data = isObject(body['data']) ? body['data'] : {};
  for (const candidate of [data['taskId'], data['task_id'], body['taskId']]) {
    if (typeof candidate === 'string' && taskIdPattern.test(candidate)) return candidate;
  }
  return undefined;
}

/** base64(HMAC-SHA256(key, taskId + "." + timestamp)), as Kie signs its callbacks. */
export function kieSignature(key: string, taskId: string, timestamp: string): string {
  return createHmac('sha256', key).update(`${taskId}.${timestamp}`).digest('base64');
}

/**
 * Checks a callback's `X-Webhook-Signature` and `X-Webhook-Timestamp` (seconds) in constant time.
 * Without a key every callback is `unsigned`: still only a hint, so a forgery costs one read.
 */
export function verifyKieCallback(options: {
  key: string | undefined;
  taskId: string;
  signature: string | undefined;
  timestamp: string | undefined;
  nowMs: number;
}): Exclude<CallbackResult, 'malformed'> {
  const { key, taskId, signature, timestamp } = options;
  if (key === undefined) return 'unsigned';
  if (!signature || !timestamp) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'bad';
  const expected = Buffer.from(kieSignature(key, taskId, timestamp));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time the same.
  const same = given.length === expected.length ? timingSafeEqual(given, expected) : !timingSafeEqual(expected, expected);
  if (!same) return 'bad';
  // Checked after the signature, so a stale verdict tells nothing to someone without the key.
  return Math.abs(options.nowMs - Number(timestamp) * 1000) > timestampToleranceMs ? 'stale' : 'ok';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
