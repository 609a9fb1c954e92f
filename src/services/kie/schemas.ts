import { z } from 'zod';
import type { KieTaskState } from './types.ts';

/**
 * Schemas for what Kie sends back. They are deliberately forgiving where the docs and the wire
 * disagree (see reference/kie-api.md §3.1 and §10), and strict only where a wrong guess would
 * cost money or lose a video: the task id, the state and the result URLs.
 */

const numeric = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

/** Absent, `null`, `""` or a number-like string, all read as `number | null`. */
const optionalNumber = z
  .union([numeric, z.literal(''), z.null()])
  .optional()
  .transform((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));

/** The docs say `""` when not failed, the wire says `null`; codes appear both as "500" and 500. */
const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null || v === '' ? null : String(v)));

export const envelopeSchema = z
  .looseObject({
    code: numeric,
    // Kie's own docs use `msg`; its model pages show `message`.
    msg: z.unknown().optional(),
    message: z.unknown().optional(),
    data: z.unknown().optional(),
  })
  .transform((e) => ({
    code: e.code,
    msg: typeof e.msg === 'string' ? e.msg : typeof e.message === 'string' ? e.message : '',
    data: e.data ?? null,
  }));

export type Envelope = z.output<typeof envelopeSchema>;

export const createTaskDataSchema = z.looseObject({
  taskId: z.string().trim().min(1),
  recordId: z.string().optional(),
});

export const creditsDataSchema = numeric;

export const downloadUrlDataSchema = z.string().trim().regex(/^https?:\/\//i);

export const recordInfoDataSchema = z.looseObject({
  taskId: z.string().min(1),
  model: z.string().optional().transform((v) => v ?? ''),
  state: z.string().min(1),
  // The createTask body, JSON-encoded, with `input` encoded a second time inside it. Nothing here
  // needs it, so it is neither parsed nor required.
  param: z.unknown().optional(),
  // A JSON string, `""` or `null` until success; accepted as an object too in case Kie ever decodes it.
  resultJson: z.union([z.string(), z.record(z.string(), z.unknown()), z.null()]).optional(),
  failCode: optionalText,
  failMsg: optionalText,
  costTime: optionalNumber,
  completeTime: optionalNumber,
  createTime: optionalNumber,
  updateTime: optionalNumber,
  progress: optionalNumber,
  creditsConsumed: optionalNumber,
});

export type RecordInfoData = z.output<typeof recordInfoDataSchema>;

const knownStates: ReadonlySet<string> = new Set<KieTaskState>(['waiting', 'queuing', 'generating', 'success', 'fail']);

/** `undefined` for a state Kie has not documented; the caller decides what that means. */
export function normalizeState(raw: string): KieTaskState | undefined {
  const state = raw.trim().toLowerCase();
  return knownStates.has(state) ? (state as KieTaskState) : undefined;
}

const resultSchema = z.looseObject({
  resultUrls: z.union([z.array(z.unknown()), z.string()]).optional(),
});

/**
 * The result URLs inside `resultJson`: `[]` when there are none yet, `undefined` when the value
 * cannot be read at all (so a successful task with an unreadable result is not mistaken for one
 * with no video).
 */
export function parseResultUrls(resultJson: RecordInfoData['resultJson']): string[] | undefined {
  if (resultJson === undefined || resultJson === null) return [];
  let value: unknown = resultJson;
  if (typeof resultJson === 'string') {
    if (resultJson.trim() === '') return [];
    try {
      value = JSON.parse(resultJson);
    } catch {
      return undefined;
    }
  }
  const parsed = resultSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const urls = parsed.data.resultUrls;
  if (urls === undefined) return [];
  const list = typeof urls === 'string' ? [urls] : urls;
  return list.filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u));
}
