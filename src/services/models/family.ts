import type { MessageKey } from '../../i18n/index.ts';

/**
 * The shape of a model family: the Kie model ids it uses, the options a member may pick, how those
 * options become Kie's request, and what each combination costs in Kie credits (1 credit = US$0.005).
 */

export type Aspect = 'portrait' | 'landscape' | 'square';
export type Quality = 'standard' | 'high';

/** Which Kie API a model is served by: the Market jobs API, or Veo's own endpoint. */
export type KieApi = 'jobs' | 'veo';

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
  /** Which Kie API serves every model id of this family. */
  api: KieApi;
  textToVideo: string;
  imageToVideo: string;
  /** When a quality is served by another Kie model id than the two above (Veo: fast vs quality). */
  kieModelByQuality?: Readonly<Partial<Record<Quality, string>>>;
  /** Image-to-video only: a text-only request is refused before anything is held. */
  imageRequired?: boolean;
  durations: readonly number[];
  defaultDuration: number;
  aspects: readonly Aspect[];
  /** Qualities a member may choose; a single entry means the option does not apply. */
  qualities: readonly Quality[];
  defaultQuality: Quality;
  /** What each quality means for this family, in members' words (e.g. "720p"). */
  qualityLabels: Readonly<Partial<Record<Quality, string>>>;
  promptMaxLength: number;
  /** Kie reports `progress` for this family (Sora only). */
  reportsProgress: boolean;
  /** Typical seconds from create to success, the poller's first guess before it has learned. */
  typicalSeconds: number;
  /** One line for /models: what the family is good at (a message, so members read it in their language). */
  goodAt: MessageKey;
  /** Where the input schema and prices come from (Kie's docs, or a named third party). */
  source: string;
  /** Credits per `${quality}:${duration}`; a missing key is a combination the family does not offer. */
  prices: Readonly<Record<string, number>>;
  /** The request's model-specific part: Kie's `input` (jobs API) or the body fields (Veo). */
  toInput(options: GenerationOptions): Record<string, unknown>;
}

export const priceKey = (quality: Quality, duration: number): string => `${quality}:${duration}`;

/**
 * Per-second rates to whole-credit prices. Kie bills fractions of a credit on some models; members
 * are charged whole credits, rounded up (after removing float noise: 11.8 × 5 is 59, not 60).
 */
export function perSecond(durations: readonly number[], rates: Partial<Record<Quality, number>>): Record<string, number> {
  const prices: Record<string, number> = {};
  for (const [quality, rate] of Object.entries(rates) as [Quality, number][]) {
    for (const d of durations) prices[priceKey(quality, d)] = wholeCredits(rate * d);
  }
  return prices;
}

/** US$ per clip to whole credits, rounded up. */
export function usdToCredits(usd: number): number {
  return wholeCredits(usd / 0.005);
}

function wholeCredits(credits: number): number {
  return Math.ceil(Number(credits.toFixed(6)));
}

export const ratio: Record<Aspect, string> = { portrait: '9:16', landscape: '16:9', square: '1:1' };

/** Every Kie model id a family may send, without repeats. */
export function kieModelsOf(family: ModelFamily): string[] {
  return [...new Set([family.textToVideo, family.imageToVideo, ...Object.values(family.kieModelByQuality ?? {})])];
}
