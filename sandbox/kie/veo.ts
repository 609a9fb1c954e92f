// Veo 3.1 on Kie's own endpoint (reference/kie-api.md §9, "different endpoints"): POST
// /api/v1/veo/generate with a flat body, GET /api/v1/veo/record-info reporting `successFlag`, and a
// completion callback that carries `data.info.resultUrls`. Same tasks, plans, pauses, create limit
// and files as the jobs API (jobs.ts); its own request and answer shapes. Strict, as for the jobs
// API: only documented fields and values. Another model on its own endpoint gets a module like this.
import { randomBytes } from 'node:crypto';
import type { KieAccount } from './account.ts';
import { resultUrl } from './files.ts';
import { isBlank, isUrl, type Problem } from './models.ts';
import type { KieState } from './state.ts';
import { failureOf, snapshot } from './timeline.ts';
import type { FakeTask } from './types.ts';
import { kie, type Answer, type KieRoute } from './wire.ts';

export const fakeVeoModels: readonly string[] = ['veo3', 'veo3_fast', 'veo3_lite'];

const generationTypes = ['TEXT_2_VIDEO', 'REFERENCE_2_VIDEO', 'FIRST_AND_LAST_FRAMES_2_VIDEO'];
const known = new Set(['prompt', 'model', 'aspectRatio', 'imageUrls', 'generationType', 'seeds', 'watermark', 'enableTranslation', 'callBackUrl']);
/** The registry's assumption (integrators cite 500–1000); the fake holds the bot to it. */
export const VEO_PROMPT_MAX = 1_000;

/** `undefined` when the body is one Kie would accept. */
export function validateVeoBody(body: Record<string, unknown>): Problem | undefined {
  const bad = (msg: string): Problem => ({ code: 422, msg });
  for (const name of Object.keys(body)) if (!known.has(name)) return bad(`${name} is not a supported parameter`);
  const { prompt, model, aspectRatio, imageUrls, generationType, seeds, watermark, enableTranslation, callBackUrl } = body;
  if (isBlank(prompt)) return bad('prompt is required');
  if (typeof prompt !== 'string') return bad('prompt must be a string');
  if (prompt.length > VEO_PROMPT_MAX) return bad(`prompt must be at most ${VEO_PROMPT_MAX} characters`);
  if (model !== undefined && (typeof model !== 'string' || !fakeVeoModels.includes(model))) return bad(`model must be one of ${fakeVeoModels.join(', ')}`);
  if (aspectRatio !== undefined && !['16:9', '9:16', 'Auto'].includes(aspectRatio as string)) return bad('aspectRatio must be one of 16:9, 9:16, Auto');
  if (generationType !== undefined && !generationTypes.includes(generationType as string)) return bad(`generationType must be one of ${generationTypes.join(', ')}`);
  if (imageUrls !== undefined && (!Array.isArray(imageUrls) || !imageUrls.every(isUrl))) return bad('imageUrls must be an array of http(s) URLs');
  const images = Array.isArray(imageUrls) ? imageUrls.length : 0;
  if (generationType === 'TEXT_2_VIDEO' && images > 0) return bad('imageUrls is not allowed for TEXT_2_VIDEO');
  if (generationType === 'FIRST_AND_LAST_FRAMES_2_VIDEO' && (images < 1 || images > 2)) return bad('FIRST_AND_LAST_FRAMES_2_VIDEO takes 1 or 2 imageUrls');
  if (generationType === 'REFERENCE_2_VIDEO') {
    if (images < 1 || images > 3) return bad('REFERENCE_2_VIDEO takes 1 to 3 imageUrls');
    if ((model ?? 'veo3_fast') !== 'veo3_fast') return bad('REFERENCE_2_VIDEO is only supported by veo3_fast');
  }
  if (seeds !== undefined && !(Number.isInteger(seeds) && (seeds as number) >= 10_000 && (seeds as number) <= 99_999)) return bad('seeds must be an integer from 10000 to 99999');
  if (watermark !== undefined && typeof watermark !== 'string') return bad('watermark must be a string');
  if (enableTranslation !== undefined && typeof enableTranslation !== 'boolean') return bad('enableTranslation must be a boolean');
  if (callBackUrl !== undefined && !isUrl(callBackUrl)) return bad('callBackUrl is not a valid URL');
  return undefined;
}

export interface VeoSnapshot {
  state: 'waiting' | 'queuing' | 'generating' | 'success' | 'fail';
  completeTime: number | null;
  failure: { code: string; msg: string } | null;
}

export interface VeoTaskView {
  taskId: string;
  body: Record<string, unknown>;
  createdAt: number;
}

const successFlag = (state: VeoSnapshot['state']): number => (state === 'success' ? 1 : state === 'fail' ? 3 : 0);

/** record-info's `data`, shaped like Kie's docs: `response` is null until the video exists. */
export function veoRecord(task: VeoTaskView, snap: VeoSnapshot, resultUrl: string | undefined): Record<string, unknown> {
  return {
    taskId: task.taskId,
    paramJson: JSON.stringify(task.body),
    completeTime: snap.completeTime,
    response: snap.state === 'success' && resultUrl ? { taskId: task.taskId, resultUrls: [resultUrl], originUrls: null, resolution: '720p' } : null,
    successFlag: successFlag(snap.state),
    errorCode: snap.failure ? Number(snap.failure.code) || snap.failure.code : null,
    errorMessage: snap.failure?.msg ?? null,
    createTime: task.createdAt,
    fallbackFlag: false,
  };
}

/** The completion callback's body: its own shape, not record-info's (docs.kie.ai/veo3-api/generate-veo-3-video-callbacks). */
export function veoCallbackBody(task: VeoTaskView, snap: VeoSnapshot, resultUrl: string | undefined): Record<string, unknown> {
  if (snap.state === 'success') {
    return {
      code: 200,
      msg: 'Veo3.1 video generated successfully.',
      data: { taskId: task.taskId, info: { resultUrls: resultUrl ? [resultUrl] : [], originUrls: [], resolution: '720p' }, fallbackFlag: false },
    };
  }
  return { code: 501, msg: snap.failure?.msg ?? 'Video generation failed', data: { taskId: task.taskId, fallbackFlag: false } };
}

/** record-info's `data`, or the completion callback's body, for a Veo task now. */
export function veoData(state: KieState, task: FakeTask, now: number, kind: 'record' | 'callback'): Record<string, unknown> {
  const snap = snapshot(task, now);
  const veoSnap: VeoSnapshot = { state: snap.state, completeTime: snap.completeTime, failure: failureOf(snap) };
  const url = snap.state === 'success' ? resultUrl(state, task) : undefined;
  const view = { taskId: task.taskId, body: task.body, createdAt: task.createdAt };
  return kind === 'record' ? veoRecord(view, veoSnap, url) : veoCallbackBody(view, veoSnap, url);
}

export class KieVeo {
  readonly #state: KieState;
  readonly #account: KieAccount;

  constructor(state: KieState, account: KieAccount) {
    this.#state = state;
    this.#account = account;
  }

  routes(): KieRoute[] {
    return [
      { name: 'veoGenerate', method: 'POST', path: '/api/v1/veo/generate', handle: (_url, body) => this.#generate(body) },
      { name: 'veoRecordInfo', method: 'GET', path: '/api/v1/veo/record-info', handle: (url) => this.#recordInfo(url.searchParams.get('taskId')) },
    ];
  }

  #generate(body: unknown): Answer {
    const state = this.#state;
    const now = state.now();
    const admitted = this.#account.admitCreate(now, body);
    if ('refused' in admitted) return admitted.refused;
    const { request } = admitted;
    // Kie's docs: `model` is optional and defaults to veo3_fast.
    const model = typeof request['model'] === 'string' ? request['model'] : 'veo3_fast';
    if (fakeVeoModels.includes(model) && state.paused.has(model)) return kie(500, 'This interface is temporarily paused');
    const problem = validateVeoBody(request);
    if (problem) return kie(problem.code, problem.msg);

    // Veo task ids are opaque strings too; the `veo_` prefix makes a mix-up with jobs ids visible in tests.
    const taskId = `veo_${randomBytes(12).toString('hex')}`;
    const { model: _model, callBackUrl: _callBackUrl, ...input } = request;
    state.addTask({ taskId, api: 'veo', model, input, body: request, createdAt: now, plan: state.planFor(model), callbackSent: false });
    return kie(200, 'success', { taskId });
  }

  #recordInfo(taskId: string | null): Answer {
    if (!taskId) return kie(422, 'taskId is required');
    const state = this.#state;
    const task = state.tasks.get(taskId);
    const now = state.now();
    // Each endpoint reads only its own tasks: asking the wrong one looks like a missing record.
    if (!task || task.api !== 'veo' || now - task.createdAt < (state.options.recordInfoNullMs ?? 0)) return kie(422, 'record is null');
    return kie(200, 'success', veoData(state, task, now, 'record'));
  }
}
