/**
 * What the fake Kie accepts, model by model: one strict rule set per Kie model id of the jobs API
 * (reference/kie-api.md §2.2, §9, §9.1). Strict on purpose: an unknown field or value is a bug in
 * the bot's registry, caught here. Veo's own endpoint is checked in veo.ts; where a model is used: jobs.ts.
 */

export const unknownModelMsg =
  'The model name you specified is not supported. Please verify your input and use one of the supported models provided by KIE.';

type FieldRule =
  | { type: 'string'; values?: readonly string[]; maxLength?: number }
  | { type: 'boolean' }
  | { type: 'url' }
  | { type: 'urls'; min: number; max: number }
  | { type: 'strings'; max: number }
  | { type: 'array' }
  | { type: 'integer'; min: number; max: number };

export interface Problem {
  code: number;
  msg: string;
}

export interface ModelSpec {
  fields: Record<string, FieldRule>;
  required: readonly string[];
  /** Only Sora reports `progress` and watermark URLs. */
  sora: boolean;
  check?: (input: Record<string, unknown>) => Problem | undefined;
}

const soraAspect: FieldRule = { type: 'string', values: ['portrait', 'landscape'] };
const soraFields: Record<string, FieldRule> = {
  prompt: { type: 'string', maxLength: 10_000 },
  aspect_ratio: soraAspect,
  n_frames: { type: 'string', values: ['10', '15'] },
  remove_watermark: { type: 'boolean' },
  character_id_list: { type: 'strings', max: 5 },
  upload_method: { type: 'string', values: ['s3', 'oss'] },
};
const soraImage: Record<string, FieldRule> = { image_urls: { type: 'urls', min: 1, max: 1 } };
const soraSize: Record<string, FieldRule> = { size: { type: 'string', values: ['standard', 'high'] } };
const grokFields: Record<string, FieldRule> = {
  prompt: { type: 'string' },
  aspect_ratio: { type: 'string', values: ['2:3', '3:2', '1:1', '16:9', '9:16'] },
  mode: { type: 'string', values: ['fun', 'normal', 'spicy'] },
  duration: { type: 'string', values: ['6', '10'] },
  resolution: { type: 'string', values: ['480p', '720p'] },
};
const klingDurations = Array.from({ length: 13 }, (_, i) => String(i + 3));

// The schemas below are the registry's assumptions (src/services/models/families.ts), most of them
// from third parties [O]; the fake holds the bot to exactly those.

// Seedance 2 [C-doc copy + O]: `duration` is an integer; first/last frame cannot be combined with
// reference media; fast has no 1080p.
const seedanceFields = (resolutions: readonly string[]): Record<string, FieldRule> => ({
  prompt: { type: 'string', maxLength: 5_000 },
  first_frame_url: { type: 'url' },
  last_frame_url: { type: 'url' },
  reference_image_urls: { type: 'urls', min: 1, max: 9 },
  reference_video_urls: { type: 'urls', min: 1, max: 3 },
  reference_audio_urls: { type: 'urls', min: 1, max: 3 },
  generate_audio: { type: 'boolean' },
  resolution: { type: 'string', values: resolutions },
  aspect_ratio: { type: 'string', values: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'] },
  duration: { type: 'integer', min: 4, max: 15 },
  web_search: { type: 'boolean' },
  return_last_frame: { type: 'boolean' },
  nsfw_checker: { type: 'boolean' },
});
const seedanceCheck = (input: Record<string, unknown>): Problem | undefined => {
  const frames = !isBlank(input['first_frame_url']) || !isBlank(input['last_frame_url']);
  const references = ['reference_image_urls', 'reference_video_urls', 'reference_audio_urls'].some((k) => !isBlank(input[k]));
  return frames && references ? { code: 422, msg: 'first_frame_url/last_frame_url cannot be combined with reference_*_urls' } : undefined;
};

// Wan 2.6 [O]: string durations, 720p|1080p; no aspect field.
const wanFields: Record<string, FieldRule> = {
  prompt: { type: 'string', maxLength: 5_000 },
  duration: { type: 'string', values: ['5', '10', '15'] },
  resolution: { type: 'string', values: ['720p', '1080p'] },
  multi_shots: { type: 'boolean' },
};

// Hailuo 2.3 [O]: one `image_url` (a string, not a list); 10 s is not made at 1080P.
const hailuoFields: Record<string, FieldRule> = {
  prompt: { type: 'string', maxLength: 5_000 },
  image_url: { type: 'url' },
  duration: { type: 'string', values: ['6', '10'] },
  resolution: { type: 'string', values: ['768P', '1080P'] },
};
const hailuoCheck = (input: Record<string, unknown>): Problem | undefined =>
  input['duration'] === '10' && input['resolution'] === '1080P' ? { code: 422, msg: '10 second videos are not available at 1080P' } : undefined;

export const fakeModelSpecs: Readonly<Record<string, ModelSpec>> = {
  'sora-2-text-to-video': { fields: soraFields, required: ['prompt'], sora: true },
  'sora-2-image-to-video': { fields: { ...soraFields, ...soraImage }, required: ['prompt', 'image_urls'], sora: true },
  'sora-2-pro-text-to-video': { fields: { ...soraFields, ...soraSize }, required: ['prompt'], sora: true },
  'sora-2-pro-image-to-video': { fields: { ...soraFields, ...soraImage, ...soraSize }, required: ['prompt', 'image_urls'], sora: true },
  'kling-3.0/video': {
    fields: {
      prompt: { type: 'string' },
      image_urls: { type: 'urls', min: 1, max: 2 },
      sound: { type: 'boolean' },
      duration: { type: 'string', values: klingDurations },
      aspect_ratio: { type: 'string', values: ['16:9', '9:16', '1:1'] },
      mode: { type: 'string', values: ['std', 'pro', '4K'] },
      multi_shots: { type: 'boolean' },
      multi_prompt: { type: 'array' },
      kling_elements: { type: 'array' },
    },
    required: ['duration', 'mode'],
    sora: false,
    // Multi-shot requests carry their prompts in multi_prompt instead.
    check: (input) => (isBlank(input['prompt']) && input['multi_shots'] !== true ? { code: 500, msg: 'prompt is required' } : undefined),
  },
  'grok-imagine/text-to-video': { fields: grokFields, required: ['prompt'], sora: false },
  'grok-imagine/image-to-video': {
    fields: { ...grokFields, image_urls: { type: 'urls', min: 1, max: 7 }, task_id: { type: 'string' }, index: { type: 'integer', min: 0, max: 5 } },
    required: [],
    sora: false,
    check: (input) => (isBlank(input['image_urls']) && isBlank(input['task_id']) ? { code: 500, msg: 'image_urls is required' } : undefined),
  },
  'bytedance/seedance-2': { fields: seedanceFields(['480p', '720p', '1080p']), required: ['prompt', 'web_search'], sora: false, check: seedanceCheck },
  'bytedance/seedance-2-fast': { fields: seedanceFields(['480p', '720p']), required: ['prompt', 'web_search'], sora: false, check: seedanceCheck },
  'wan/2-6-text-to-video': { fields: wanFields, required: ['prompt'], sora: false },
  'wan/2-6-image-to-video': { fields: { ...wanFields, image_urls: { type: 'urls', min: 1, max: 1 } }, required: ['prompt', 'image_urls'], sora: false },
  'hailuo/2-3-image-to-video-standard': { fields: hailuoFields, required: ['prompt', 'image_url'], sora: false, check: hailuoCheck },
  'hailuo/2-3-image-to-video-pro': { fields: hailuoFields, required: ['prompt', 'image_url'], sora: false, check: hailuoCheck },
};

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export const isUrl = (v: unknown): boolean => typeof v === 'string' && /^https?:\/\/\S+$/i.test(v);

function checkField(name: string, rule: FieldRule, value: unknown): Problem | undefined {
  const bad = (why: string): Problem => ({ code: 422, msg: `${name} ${why}` });
  switch (rule.type) {
    case 'string':
      if (typeof value !== 'string') return bad('must be a string');
      if (rule.values && !rule.values.includes(value)) return bad(`must be one of ${rule.values.map((v) => `"${v}"`).join(', ')}`);
      if (rule.maxLength !== undefined && value.length > rule.maxLength) return bad(`must be at most ${rule.maxLength} characters`);
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : bad('must be a boolean');
    case 'url':
      return isUrl(value) ? undefined : bad('must be an http(s) URL');
    case 'urls':
      if (!Array.isArray(value) || !value.every(isUrl)) return bad('must be an array of http(s) URLs');
      if (value.length < rule.min || value.length > rule.max) return bad(rule.min === rule.max ? `must hold exactly ${rule.min} URL` : `must hold ${rule.min} to ${rule.max} URLs`);
      return undefined;
    case 'strings':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return bad('must be an array of strings');
      return value.length > rule.max ? bad(`must hold at most ${rule.max} items`) : undefined;
    case 'array':
      return Array.isArray(value) ? undefined : bad('must be an array');
    case 'integer':
      return Number.isInteger(value) && (value as number) >= rule.min && (value as number) <= rule.max ? undefined : bad(`must be an integer from ${rule.min} to ${rule.max}`);
  }
}

/** Strict on purpose: an unknown field or value is a bug in the bot's registry, caught here. */
export function validateInput(model: string, input: unknown): Problem | undefined {
  const spec = fakeModelSpecs[model];
  if (!spec) return { code: 422, msg: unknownModelMsg };
  if (input === undefined || input === null) return { code: 500, msg: 'input is required' };
  if (typeof input !== 'object' || Array.isArray(input)) return { code: 422, msg: 'input must be an object' };
  const fields = input as Record<string, unknown>;
  for (const name of spec.required) if (isBlank(fields[name])) return { code: 500, msg: `${name} is required` };
  for (const [name, value] of Object.entries(fields)) {
    const rule = spec.fields[name];
    if (!rule) return { code: 422, msg: `${name} is not a supported input for ${model}` };
    if (value === undefined) continue;
    const problem = checkField(name, rule, value);
    if (problem) return problem;
  }
  return spec.check?.(fields);
}

