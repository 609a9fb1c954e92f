import { z } from 'zod';
import { malformed } from './answers.ts';
import type { KieClient, KieLogger } from './client.ts';
import { createTaskDataSchema, type Envelope } from './schemas.ts';
import type { CreateTaskOptions, KiePort, KieTask, KieTaskState } from './types.ts';

/**
 * Google Veo 3.1 on Kie's own endpoint (reference/kie-api.md §9, "different endpoints"):
 * `POST /api/v1/veo/generate` with a flat body (`prompt`, `model`, `aspectRatio`, `imageUrls`,
 * `generationType`, `callBackUrl`, …) and `GET /api/v1/veo/record-info?taskId=`, whose `data`
 * reports `successFlag` (0 generating, 1 success, 2 failed, 3 generation failed) and the videos in
 * `response.resultUrls`. The envelope, errors, pacing and retries are the jobs API's, so the
 * transport is the same KieClient (one create limit per account, whichever endpoint).
 */

/** What the adapter needs of the client. */
export type KieTransport = Pick<KieClient, 'submit' | 'read' | 'dataOf' | 'callbackUrl'>;

const numeric = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

/** Epoch ms as a number or number-like string; a date string as Date.parse reads it; else null. */
const time = z
  .union([numeric, z.string(), z.null()])
  .optional()
  .transform((v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'string' && v.trim() !== '') {
      const parsed = Date.parse(v);
      return Number.isFinite(parsed) ? parsed : null;
    }
    return null;
  });

const text = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null || v === '' ? null : String(v)));

const urlList = z
  .union([z.array(z.unknown()), z.string(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null ? [] : typeof v === 'string' ? [v] : v).filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u)));

const responseSchema = z.looseObject({ resultUrls: urlList, originUrls: urlList, resolution: z.unknown().optional() });

export const veoRecordSchema = z.looseObject({
  taskId: z.string().min(1),
  // The request body as a JSON string; nothing here needs it.
  paramJson: z.unknown().optional(),
  successFlag: numeric,
  // An object once done; `null` before. Accepted as a JSON string too, in case Kie encodes it as it does `resultJson`.
  response: z
    .union([responseSchema, z.string(), z.null()])
    .optional()
    .transform((v) => {
      if (typeof v !== 'string') return v ?? null;
      try {
        const parsed = responseSchema.safeParse(JSON.parse(v));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    }),
  errorCode: text,
  errorMessage: text,
  createTime: time,
  completeTime: time,
  fallbackFlag: z.unknown().optional(),
});

export type VeoRecord = z.output<typeof veoRecordSchema>;

const recordMissing = /recordInfo is null|record does not exist|record is null|not found/i;

const silentLogger: Pick<KieLogger, 'info' | 'warn'> = { info() {}, warn() {} };

export class VeoAdapter implements Pick<KiePort, 'createTask' | 'getTask'> {
  readonly #kie: KieTransport;
  readonly #log: Pick<KieLogger, 'info' | 'warn'>;

  constructor(kie: KieTransport, logger?: Pick<KieLogger, 'info' | 'warn'>) {
    this.#kie = kie;
    this.#log = logger ?? silentLogger;
  }

  /** `model` is Veo's `model` field (veo3 | veo3_fast | veo3_lite); `input` the rest of the body. */
  async createTask(model: string, input: Record<string, unknown>, options: CreateTaskOptions = {}): Promise<{ taskId: string }> {
    const op = 'veoGenerate';
    // Veo has no progress callback; its completion callback has a shape of its own (data.info).
    const body: Record<string, unknown> = { ...input, model };
    // The same default as the jobs API's: with PUBLIC_URL set, Veo's tasks call back too.
    const callBackUrl = options.callBackUrl ?? this.#kie.callbackUrl;
    if (callBackUrl !== undefined) body['callBackUrl'] = callBackUrl;
    const created = await this.#kie.submit(op, 'api/v1/veo/generate', body, (env) => ({ taskId: this.#kie.dataOf(op, env, createTaskDataSchema).taskId }), options);
    this.#log.info({ op, model, taskId: created.taskId }, 'Kie task created');
    return created;
  }

  async getTask(taskId: string, model = ''): Promise<KieTask | null> {
    const op = 'veoRecordInfo';
    return this.#kie.read(op, 'api/v1/veo/record-info', { taskId }, (env: Envelope) => {
      if ((env.code === 422 || env.code === 404) && recordMissing.test(env.msg)) return null;
      const data = this.#kie.dataOf(op, env, veoRecordSchema);
      if (data.taskId !== taskId) throw malformed(op, 'answered for a different task');
      return this.#toTask(op, data, model);
    });
  }

  #toTask(op: string, data: VeoRecord, model: string): KieTask {
    let state = stateOf(data.successFlag);
    if (state === undefined) {
      this.#log.warn({ op, taskId: data.taskId, successFlag: data.successFlag }, 'Kie reported an unknown Veo successFlag');
      state = 'generating';
    }
    if (data.response === undefined) throw malformed(op, 'response could not be read');
    const resultUrls = data.response?.resultUrls ?? [];
    // Retried as a read: the flag may flip a moment before the result is written.
    if (state === 'success' && resultUrls.length === 0) throw malformed(op, 'task succeeded without a readable result URL');
    const failed = state === 'fail';
    return {
      taskId: data.taskId,
      model,
      state,
      resultUrls,
      failCode: failed ? (data.errorCode ?? String(data.successFlag)) : null,
      failMsg: failed ? (data.errorMessage ?? 'Veo could not make this video') : null,
      progress: null,
      costTimeSec: data.completeTime !== null && data.createTime !== null ? Math.max(0, Math.round((data.completeTime - data.createTime) / 1000)) : null,
      createTime: data.createTime,
      completeTime: data.completeTime,
      creditsConsumed: null,
    };
  }
}

function stateOf(flag: number): KieTaskState | undefined {
  if (flag === 0) return 'generating';
  if (flag === 1) return 'success';
  if (flag === 2 || flag === 3) return 'fail';
  return undefined;
}

