/**
 * Models are data. Each family names its Kie model ids, the options a member may pick, how those
 * options become Kie `input` fields, and what each combination costs in Kie credits
 * (1 credit = US$0.005). Operators can switch families off and override prices through config.
 */

export type Aspect = 'portrait' | 'landscape' | 'square';
export type Quality = 'standard' | 'high';

export interface GenerationOptions {
  prompt: string;
  duration: number;
  aspect: Aspect;
  quality: Quality;
  /** A public image URL: makes the job image-to-video with it as the first frame. */
  imageUrl?: string;
}

export interface ModelFamily {
  /** What members type in `model:`. */
  id: string;
  label: string;
  textToVideo: string;
  imageToVideo: string;
  durations: readonly number[];
  defaultDuration: number;
  aspects: readonly Aspect[];
  /** Qualities a member may choose; a single entry means the option does not apply. */
  qualities: readonly Quality[];
  defaultQuality: Quality;
  promptMaxLength: number;
  /** Kie reports `progress` for this family (Sora only). */
  reportsProgress: boolean;
  /** Typical seconds from create to success, the poller's first guess before it has learned. */
  typicalSeconds: number;
  /** Credits per `${quality}:${duration}`. */
  prices: Readonly<Record<string, number>>;
  toInput(options: GenerationOptions): Record<string, unknown>;
}

const priceKey = (quality: Quality, duration: number) => `${quality}:${duration}`;

function perSecond(durations: readonly number[], rates: Partial<Record<Quality, number>>): Record<string, number> {
  const prices: Record<string, number> = {};
  for (const [quality, rate] of Object.entries(rates) as [Quality, number][]) {
    // Kie bills fractions of a credit on some models; members are charged whole credits, rounded up.
    for (const d of durations) prices[priceKey(quality, d)] = Math.ceil(rate * d);
  }
  return prices;
}

const ratio: Record<Aspect, string> = { portrait: '9:16', landscape: '16:9', square: '1:1' };

const sora2: ModelFamily = {
  id: 'sora-2',
  label: 'Sora 2',
  textToVideo: 'sora-2-text-to-video',
  imageToVideo: 'sora-2-image-to-video',
  durations: [10, 15],
  defaultDuration: 10,
  aspects: ['portrait', 'landscape'],
  qualities: ['standard'],
  defaultQuality: 'standard',
  promptMaxLength: 10_000,
  reportsProgress: true,
  typicalSeconds: 180,
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
  textToVideo: 'sora-2-pro-text-to-video',
  imageToVideo: 'sora-2-pro-image-to-video',
  durations: [10, 15],
  defaultDuration: 10,
  aspects: ['portrait', 'landscape'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  promptMaxLength: 10_000,
  reportsProgress: true,
  typicalSeconds: 400,
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
  // One Kie id serves both: the first frame arrives in `image_urls`.
  textToVideo: 'kling-3.0/video',
  imageToVideo: 'kling-3.0/video',
  durations: kling3Durations,
  defaultDuration: 5,
  aspects: ['portrait', 'landscape', 'square'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  promptMaxLength: 2_500,
  reportsProgress: false,
  typicalSeconds: 150,
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
  textToVideo: 'grok-imagine/text-to-video',
  imageToVideo: 'grok-imagine/image-to-video',
  durations: grokDurations,
  defaultDuration: 6,
  aspects: ['portrait', 'landscape', 'square'],
  qualities: ['standard', 'high'],
  defaultQuality: 'standard',
  promptMaxLength: 5_000,
  reportsProgress: false,
  typicalSeconds: 120,
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

export const builtInFamilies: readonly ModelFamily[] = [sora2, sora2pro, kling3, grokImagine];

export interface PricedRequest {
  family: ModelFamily;
  kieModel: string;
  input: Record<string, unknown>;
  price: number;
  options: GenerationOptions;
}

export type Resolution = { ok: true; request: PricedRequest } | { ok: false; reason: string };

export interface RegistryOptions {
  /** Family ids to offer; undefined = all. */
  enabled?: readonly string[] | undefined;
  /** Credits by family then `${quality}:${duration}`. */
  priceOverrides?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  families?: readonly ModelFamily[];
}

export class ModelRegistry {
  readonly #families = new Map<string, ModelFamily>();

  constructor(options: RegistryOptions = {}) {
    const all = options.families ?? builtInFamilies;
    const known = new Set(all.map((f) => f.id));
    for (const id of options.enabled ?? []) {
      if (!known.has(id)) throw new Error(`MODELS_ENABLED names an unknown model "${id}"; known: ${[...known].join(', ')}`);
    }
    for (const [id, prices] of Object.entries(options.priceOverrides ?? {})) {
      const family = all.find((f) => f.id === id);
      if (!family) throw new Error(`MODEL_PRICES names an unknown model "${id}"; known: ${[...known].join(', ')}`);
      for (const key of Object.keys(prices)) {
        if (!(key in family.prices)) {
          throw new Error(`MODEL_PRICES["${id}"] has no option "${key}"; valid: ${Object.keys(family.prices).join(', ')}`);
        }
      }
    }
    for (const family of all) {
      if (options.enabled && !options.enabled.includes(family.id)) continue;
      const overrides = options.priceOverrides?.[family.id] ?? {};
      this.#families.set(family.id, { ...family, prices: { ...family.prices, ...overrides } });
    }
  }

  list(): ModelFamily[] {
    return [...this.#families.values()];
  }

  get(id: string): ModelFamily | undefined {
    return this.#families.get(id);
  }

  /** Every option combination of an enabled family, for tests and the price list. */
  combinations(family: ModelFamily): Array<Omit<GenerationOptions, 'prompt'>> {
    const out: Array<Omit<GenerationOptions, 'prompt'>> = [];
    for (const duration of family.durations)
      for (const aspect of family.aspects)
        for (const quality of family.qualities) out.push({ duration, aspect, quality });
    return out;
  }

  /** Validates a request against a family and prices it, or says in plain words what is allowed. */
  resolve(
    familyId: string,
    requested: { prompt: string; duration?: number | undefined; aspect?: Aspect | undefined; quality?: Quality | undefined; imageUrl?: string | undefined },
  ): Resolution {
    const family = this.#families.get(familyId);
    if (!family) {
      return { ok: false, reason: `The model "${familyId}" is not available here. Available: ${this.list().map((f) => f.id).join(', ') || 'none'}.` };
    }
    const duration = requested.duration ?? family.defaultDuration;
    if (!family.durations.includes(duration)) {
      return { ok: false, reason: `${family.label} makes ${listWords(family.durations.map((d) => `${d}`))} second videos, not ${duration}.` };
    }
    const aspect = requested.aspect ?? 'landscape';
    if (!family.aspects.includes(aspect)) {
      return { ok: false, reason: `${family.label} supports ${listWords([...family.aspects])}, not ${aspect}.` };
    }
    const quality = requested.quality ?? family.defaultQuality;
    if (!family.qualities.includes(quality)) {
      return family.qualities.length === 1
        ? { ok: false, reason: `${family.label} has one quality only; leave out quality: (or pick a model with a "high" option, such as ${this.familiesWith('high') || 'none here'}).` }
        : { ok: false, reason: `${family.label} offers quality ${listWords([...family.qualities])}.` };
    }
    const prompt = requested.prompt;
    if (prompt.length > family.promptMaxLength) {
      return { ok: false, reason: `Your prompt is ${prompt.length} characters; ${family.label} takes at most ${family.promptMaxLength}.` };
    }
    const price = family.prices[priceKey(quality, duration)];
    if (price === undefined || !(price > 0)) {
      return { ok: false, reason: `${family.label} has no price for ${quality} quality at ${duration} s; ask the bot's operator.` };
    }
    const options: GenerationOptions = { prompt, duration, aspect, quality, ...(requested.imageUrl ? { imageUrl: requested.imageUrl } : {}) };
    return {
      ok: true,
      request: {
        family,
        kieModel: options.imageUrl ? family.imageToVideo : family.textToVideo,
        input: family.toInput(options),
        price,
        options,
      },
    };
  }

  private familiesWith(quality: Quality): string {
    return this.list()
      .filter((f) => f.qualities.includes(quality))
      .map((f) => f.id)
      .join(', ');
  }
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
