// Kie's "Market" jobs API: POST /api/v1/jobs/createTask (checked model by model, models.ts) and
// GET /api/v1/jobs/recordInfo, with its quirks: `param` double-encoded, `resultJson` a JSON string,
// "recordInfo is null" for unknown or brand-new tasks, Sora's `progress` and watermark URLs. The
// completion callback carries the same `data` (callbacks.ts). A new jobs-API model is a rule set in
// models.ts; a new endpoint of this API goes here.
import { randomBytes } from 'node:crypto';
import type { KieAccount } from './account.ts';
import { resultUrl } from './files.ts';
import { fakeModelSpecs, isBlank, isUrl, unknownModelMsg, validateInput } from './models.ts';
import type { KieState } from './state.ts';
import { failureOf, snapshot } from './timeline.ts';
import type { FakeTask } from './types.ts';
import { kie, type Answer, type KieRoute } from './wire.ts';

/** recordInfo's `data` as the wire shapes it; callbacks send `null` resultJson on failure, as the docs show. */
export function jobsRecord(state: KieState, task: FakeTask, now: number, forCallback: boolean): Record<string, unknown> {
  const snap = snapshot(task, now);
  const sora = fakeModelSpecs[task.model]?.sora ?? false;
  let resultJson: string | null = '';
  if (snap.state === 'success') {
    const url = resultUrl(state, task);
    resultJson = JSON.stringify(sora ? { resultUrls: [url], resultWaterMarkUrls: [`${url}?watermark=1`] } : { resultUrls: [url] });
  } else if (snap.state === 'fail' && forCallback) {
    resultJson = null;
  }
  const failure = failureOf(snap);
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

/** As on the wire: the body as a JSON string, `input` encoded once more inside it, number-like strings turned to numbers. */
function encodeParam(body: Record<string, unknown>): string {
  const input = Object.fromEntries(
    Object.entries((body['input'] ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v]),
  );
  return JSON.stringify({ ...body, input: JSON.stringify(input) });
}

export class KieJobs {
  readonly #state: KieState;
  readonly #account: KieAccount;

  constructor(state: KieState, account: KieAccount) {
    this.#state = state;
    this.#account = account;
  }

  routes(): KieRoute[] {
    return [
      { name: 'createTask', method: 'POST', path: '/api/v1/jobs/createTask', handle: (_url, body) => this.#createTask(body) },
      { name: 'recordInfo', method: 'GET', path: '/api/v1/jobs/recordInfo', handle: (url) => this.#recordInfo(url.searchParams.get('taskId')) },
    ];
  }

  #createTask(body: unknown): Answer {
    const state = this.#state;
    const now = state.now();
    const admitted = this.#account.admitCreate(now, body);
    if ('refused' in admitted) return admitted.refused;
    const { request } = admitted;
    const model = request['model'];
    if (isBlank(model)) return kie(500, 'model is required');
    if (typeof model !== 'string' || !fakeModelSpecs[model]) return kie(422, unknownModelMsg);
    if (state.paused.has(model)) return kie(500, 'This interface is temporarily paused');
    for (const key of ['callBackUrl', 'progressCallBackUrl'] as const) {
      if (request[key] !== undefined && !isUrl(request[key])) return kie(422, `${key} is not a valid URL`);
    }
    const problem = validateInput(model, request['input']);
    if (problem) return kie(problem.code, problem.msg);

    const taskId = randomBytes(16).toString('hex');
    const input = request['input'] as Record<string, unknown>;
    state.addTask({ taskId, api: 'jobs', model, input, body: request, createdAt: now, plan: state.planFor(model), callbackSent: false });
    return kie(200, 'success', { taskId, recordId: taskId });
  }

  #recordInfo(taskId: string | null): Answer {
    if (!taskId) return kie(422, 'taskId is required');
    const state = this.#state;
    const task = state.tasks.get(taskId);
    const now = state.now();
    if (!task || task.api !== 'jobs' || now - task.createdAt < (state.options.recordInfoNullMs ?? 0)) return kie(422, 'recordInfo is null');
    return kie(200, 'success', jobsRecord(state, task, now, false));
  }
}
