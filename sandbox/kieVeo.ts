import { isBlank, isUrl, type Problem } from './kieModels.ts';

/**
 * Veo 3.1 on Kie's own endpoint, as the fake Kie plays it (reference/kie-api.md §9, "different
 * endpoints"): the generate body is flat, record-info reports `successFlag`, and the callback
 * carries `data.info.resultUrls`. Strict, as for the jobs API: only documented fields and values.
 */

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
