import { perSecond, ratio, usdToCredits, type ModelFamily } from './family.ts';

/**
 * The built-in families, in registry order: the order members see them in, and the order the
 * default model is chosen in (the first family not known to be paused). Sora stays first.
 * Facts: reference/kie-api.md §2, §7, §9 and §9.1. Tags as there: [C-doc] Kie's own docs or
 * pages, [O] a third party's code or notes against the live API, [I] our inference. The fake Kie
 * (sandbox/kie/models.ts) enforces exactly the same assumptions.
 */

const sora2: ModelFamily = {
  id: 'sora-2',
  label: 'Sora 2',
  api: 'jobs',
  textToVideo: 'sora-2-text-to-video',
  imageToVideo: 'sora-2-image-to-video',
  durations: [10, 15],
  defaultDuration: 10,
  aspects: ['portrait', 'landscape'],
  qualities: ['standard'],
  defaultQuality: 'standard',
  qualityLabels: { standard: '720p' },
  promptMaxLength: 10_000,
  reportsProgress: true,
  typicalSeconds: 180,
  goodAt: 'models.goodAt.sora2',
  source: 'Kie docs (market/sora2); 15 s price inferred from $0.015/s',
  prices: { 'standard:10': 30, 'standard:15': 45 },
  toInput: (o) => ({
    prompt: o.prompt,
    aspect_ratio: o.aspect,
    n_frames: String(o.duration),
    remove_watermark: true,
    ...(o.imageUrl ? { image_urls: [o.imageUrl] } : {}),
  }),
};

const sora2pro: ModelFamily = {
  id: 'sora-2-pro',
  label: 'Sora 2 Pro',
  api: 'jobs',
  textToVideo: 'sora-2-pro-text-to-video',
  imageToVideo: 'sora-2-pro-image-to-video',
  durations: [10, 15],
  defaultDuration: 10,
  aspects: ['portrait', 'landscape'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: '720p', high: '1080p' },
  promptMaxLength: 10_000,
  reportsProgress: true,
  typicalSeconds: 400,
  goodAt: 'models.goodAt.sora2Pro',
  source: 'Kie docs (market/sora2); launch prices from an integrator [O]',
  prices: { 'standard:10': 90, 'standard:15': 135, 'high:10': 200, 'high:15': 400 },
  toInput: (o) => ({
    prompt: o.prompt,
    aspect_ratio: o.aspect,
    n_frames: String(o.duration),
    size: o.quality,
    remove_watermark: true,
    ...(o.imageUrl ? { image_urls: [o.imageUrl] } : {}),
  }),
};

const kling3Durations = [5, 10, 15] as const;
const kling3: ModelFamily = {
  id: 'kling-3.0',
  label: 'Kling 3.0',
  api: 'jobs',
  // One Kie id serves both: the first frame arrives in `image_urls`.
  textToVideo: 'kling-3.0/video',
  imageToVideo: 'kling-3.0/video',
  durations: kling3Durations,
  defaultDuration: 5,
  aspects: ['portrait', 'landscape', 'square'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: 'std', high: 'pro' },
  promptMaxLength: 2_500,
  reportsProgress: false,
  typicalSeconds: 150,
  goodAt: 'models.goodAt.kling3',
  source: 'schema: justintanner/apicity model-schemas.ts [O]; prices: kie.ai page [C-doc]',
  // With sound on: std 20 credits/s, pro 27 credits/s.
  prices: perSecond(kling3Durations, { standard: 20, high: 27 }),
  toInput: (o) => ({
    prompt: o.prompt,
    duration: String(o.duration),
    sound: true,
    mode: o.quality === 'high' ? 'pro' : 'std',
    ...(o.imageUrl ? { image_urls: [o.imageUrl] } : { aspect_ratio: ratio[o.aspect] }),
  }),
};

const grokDurations = [6, 10] as const;
const grokImagine: ModelFamily = {
  id: 'grok-imagine',
  label: 'Grok Imagine',
  api: 'jobs',
  textToVideo: 'grok-imagine/text-to-video',
  imageToVideo: 'grok-imagine/image-to-video',
  durations: grokDurations,
  defaultDuration: 6,
  aspects: ['portrait', 'landscape', 'square'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: '480p', high: '720p' },
  promptMaxLength: 5_000,
  reportsProgress: false,
  typicalSeconds: 120,
  goodAt: 'models.goodAt.grokImagine',
  source: 'schema: justintanner/apicity [O]; prices: kie.ai price feed [O]',
  // 480p 2.4 credits/s, 720p 4.5 credits/s.
  prices: perSecond(grokDurations, { standard: 2.4, high: 4.5 }),
  toInput: (o) => ({
    prompt: o.prompt,
    duration: String(o.duration),
    resolution: o.quality === 'high' ? '720p' : '480p',
    mode: 'normal',
    ...(o.imageUrl ? { image_urls: [o.imageUrl] } : { aspect_ratio: ratio[o.aspect] }),
  }),
};

// Seedance 2: `duration` is an integer 4–15 [C-doc copy]; `web_search` is required [O: a summary of
// the docs.kie.ai page]; `generate_audio` defaults to true [C-doc copy]. With a first frame the
// aspect follows the image (`adaptive`). Prices are Kie's "without video input" rates [O: apicity
// pricing/kie.ts, kie.ai reads 2026-08/09]; a first-frame image is not a video input.
const seedanceDurations = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const;
const seedanceInput =
  (resolution: Record<'standard' | 'high', string>) =>
  (o: Parameters<ModelFamily['toInput']>[0]): Record<string, unknown> => ({
    prompt: o.prompt,
    duration: o.duration,
    resolution: resolution[o.quality],
    aspect_ratio: o.imageUrl ? 'adaptive' : ratio[o.aspect],
    generate_audio: true,
    web_search: false,
    ...(o.imageUrl ? { first_frame_url: o.imageUrl } : {}),
  });

const seedance2: ModelFamily = {
  id: 'seedance-2',
  label: 'Seedance 2',
  api: 'jobs',
  textToVideo: 'bytedance/seedance-2',
  imageToVideo: 'bytedance/seedance-2',
  durations: seedanceDurations,
  defaultDuration: 5,
  aspects: ['portrait', 'landscape', 'square'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: '720p', high: '1080p' },
  // Not stated in our sources [I]: the common Market limit.
  promptMaxLength: 5_000,
  reportsProgress: false,
  typicalSeconds: 240,
  goodAt: 'models.goodAt.seedance2',
  source: 'schema: docs.kie.ai Seedance page copies [C-doc copy] + summary [O]; prices: apicity [O]',
  // US$0.205/s at 720p, US$0.51/s at 1080p.
  prices: perSecond(seedanceDurations, { standard: 41, high: 102 }),
  toInput: seedanceInput({ standard: '720p', high: '1080p' }),
};

// The fast variant is a family of its own, not a quality of seedance-2: it is a different Kie
// model with other resolutions (480p|720p only) and its own price, and Kie may pause one and not
// the other.
const seedance2fast: ModelFamily = {
  ...seedance2,
  id: 'seedance-2-fast',
  label: 'Seedance 2 Fast',
  textToVideo: 'bytedance/seedance-2-fast',
  imageToVideo: 'bytedance/seedance-2-fast',
  qualityLabels: { standard: '480p', high: '720p' },
  typicalSeconds: 190,
  goodAt: 'models.goodAt.seedance2Fast',
  // US$0.059/s at 480p, US$0.124/s at 720p.
  prices: perSecond(seedanceDurations, { standard: 11.8, high: 24.8 }),
  toInput: seedanceInput({ standard: '480p', high: '720p' }),
};

// Wan 2.6: `duration` "5"|"10"|"15", `resolution` 720p|1080p, `image_urls` for i2v [O: 2026-10
// registry from docs.kie.ai schemas; Kie's docs example for t2v]. No aspect field is documented:
// text-to-video comes out 16:9, image-to-video follows the image.
const wanDurations = [5, 10, 15] as const;
const wan26: ModelFamily = {
  id: 'wan-2.6',
  label: 'Wan 2.6',
  api: 'jobs',
  textToVideo: 'wan/2-6-text-to-video',
  imageToVideo: 'wan/2-6-image-to-video',
  durations: wanDurations,
  defaultDuration: 5,
  aspects: ['landscape'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: '720p', high: '1080p' },
  // Not stated in our sources [I].
  promptMaxLength: 5_000,
  reportsProgress: false,
  typicalSeconds: 180,
  goodAt: 'models.goodAt.wan26',
  source: 'schema: docs.kie.ai-derived registry [O]; prices: kie.ai/wan-2-6 via apicity [O]',
  // US$ per clip, 720p / 1080p: 5 s 0.35 / 0.5225, 10 s 0.70 / 1.0475, 15 s 1.05 / 1.575.
  prices: {
    'standard:5': usdToCredits(0.35),
    'standard:10': usdToCredits(0.7),
    'standard:15': usdToCredits(1.05),
    'high:5': usdToCredits(0.5225),
    'high:10': usdToCredits(1.0475),
    'high:15': usdToCredits(1.575),
  },
  toInput: (o) => ({
    prompt: o.prompt,
    duration: String(o.duration),
    resolution: o.quality === 'high' ? '1080p' : '720p',
    ...(o.imageUrl ? { image_urls: [o.imageUrl] } : {}),
  }),
};

// Hailuo 2.3, standard tier: image-to-video only; `image_url` (one URL, not a list), `duration`
// "6"|"10", `resolution` 768P|1080P, and no 10 s at 1080P [O: 2026-10 registry; reference §9].
// The pro tier (hailuo/2-3-image-to-video-pro) is not offered: 1.5–1.8× the price.
const hailuo23: ModelFamily = {
  id: 'hailuo-2.3',
  label: 'Hailuo 2.3',
  api: 'jobs',
  // Never sent for a text-only request: `imageRequired` refuses it first.
  textToVideo: 'hailuo/2-3-image-to-video-standard',
  imageToVideo: 'hailuo/2-3-image-to-video-standard',
  imageRequired: true,
  durations: [6, 10],
  defaultDuration: 6,
  // The picture sets the frame; the option is accepted and has no effect.
  aspects: ['portrait', 'landscape', 'square'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: '768p', high: '1080p' },
  promptMaxLength: 5_000,
  reportsProgress: false,
  typicalSeconds: 150,
  goodAt: 'models.goodAt.hailuo23',
  source: 'schema and prices: 2026-10 docs.kie.ai-derived registry and apicity [O]',
  // US$: 6 s 768P 0.15, 10 s 768P 0.25, 6 s 1080P 0.25.
  prices: { 'standard:6': usdToCredits(0.15), 'standard:10': usdToCredits(0.25), 'high:6': usdToCredits(0.25) },
  toInput: (o) => ({
    prompt: o.prompt,
    image_url: o.imageUrl,
    duration: String(o.duration),
    resolution: o.quality === 'high' ? '1080P' : '768P',
  }),
};

// Veo 3.1 on its own endpoint (POST /api/v1/veo/generate) [C-doc: docs.kie.ai/veo3-api]. The body
// fields below are the documented ones [C-doc; field list also O: apicity veo.ts]; `duration` and
// `resolution` appear only in a third party's newest schema, so neither is sent: Veo makes 8 s
// clips at 720p. A first frame goes as FIRST_AND_LAST_FRAMES_2_VIDEO with one image.
// Price per clip whatever the length [O: apicity pricing/kie.ts]: veo3_fast US$0.30, veo3 US$1.25.
const veo31: ModelFamily = {
  id: 'veo-3.1',
  label: 'Veo 3.1',
  api: 'veo',
  // Veo's `model` body field: the adapter sends the Kie model id there.
  textToVideo: 'veo3_fast',
  imageToVideo: 'veo3_fast',
  kieModelByQuality: { standard: 'veo3_fast', high: 'veo3' },
  durations: [8],
  defaultDuration: 8,
  aspects: ['portrait', 'landscape'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  qualityLabels: { standard: 'Fast', high: 'Quality' },
  // Not stated by Kie; integrators cite 500–1000 [O]. 1000 until Kie says otherwise.
  promptMaxLength: 1_000,
  reportsProgress: false,
  typicalSeconds: 120,
  goodAt: 'models.goodAt.veo31',
  source: 'endpoint and body: docs.kie.ai/veo3-api [C-doc]; prices: apicity [O]',
  prices: { 'standard:8': usdToCredits(0.3), 'high:8': usdToCredits(1.25) },
  toInput: (o) => ({
    prompt: o.prompt,
    aspectRatio: ratio[o.aspect],
    generationType: o.imageUrl ? 'FIRST_AND_LAST_FRAMES_2_VIDEO' : 'TEXT_2_VIDEO',
    ...(o.imageUrl ? { imageUrls: [o.imageUrl] } : {}),
  }),
};

export const builtInFamilies: readonly ModelFamily[] = [sora2, sora2pro, kling3, grokImagine, seedance2, seedance2fast, wan26, hailuo23, veo31];
