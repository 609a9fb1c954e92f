import { message, type Message, type MessageKey, type Param } from '../../i18n/index.ts';
import { builtInFamilies } from './families.ts';
import { kieModelsOf, priceKey, type Aspect, type GenerationOptions, type KieApi, type ModelFamily, type Quality } from './family.ts';

/** A choice as the `/sora` list shows it in the reader's language. */
const aspectName = (aspect: Aspect): Message => message(`commands.sora.options.aspect.choices.${aspect}`);
const qualityName = (quality: Quality): Message => message(`commands.sora.options.quality.choices.${quality}`);

/**
 * Models are data (families.ts): each family names its Kie model ids, the options a member may
 * pick, how those options become Kie's request, and what each combination costs. This is the
 * logic over that data: which families are enabled, validation and pricing of a request, and
 * which Kie API serves a Kie model id. Operators can switch families off and override prices.
 */

export type { Aspect, GenerationOptions, KieApi, ModelFamily, Quality } from './family.ts';
export { builtInFamilies } from './families.ts';
export { kieModelsOf } from './family.ts';

export interface PricedRequest {
  family: ModelFamily;
  kieModel: string;
  input: Record<string, unknown>;
  price: number;
  options: GenerationOptions;
}

/** A refusal is a message, said later in the language of the member who asked. */
export type Resolution = { ok: true; request: PricedRequest } | { ok: false; reason: Message };

export interface RegistryOptions {
  /** Family ids to offer; undefined = all. */
  enabled?: readonly string[] | undefined;
  /** Credits by family then `${quality}:${duration}`. */
  priceOverrides?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  families?: readonly ModelFamily[];
}

export class ModelRegistry {
  readonly #families = new Map<string, ModelFamily>();
  /** Every known Kie model id, enabled or not: a job sent before a family was switched off still needs its API. */
  readonly #apiByKieModel = new Map<string, KieApi>();
  /** The enabled family behind each Kie model id (looked up on every start: no list built per call). */
  readonly #familyByKieModel = new Map<string, ModelFamily>();

  constructor(options: RegistryOptions = {}) {
    const all = options.families ?? builtInFamilies;
    for (const family of all) for (const model of kieModelsOf(family)) this.#apiByKieModel.set(model, family.api);
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
    for (const family of this.#families.values()) for (const model of kieModelsOf(family)) if (!this.#familyByKieModel.has(model)) this.#familyByKieModel.set(model, family);
  }

  list(): ModelFamily[] {
    return [...this.#families.values()];
  }

  get(id: string): ModelFamily | undefined {
    return this.#families.get(id);
  }

  /** Every option combination an enabled family offers (it has a price for), for tests and the price list. */
  combinations(family: ModelFamily): Array<Omit<GenerationOptions, 'prompt'>> {
    const out: Array<Omit<GenerationOptions, 'prompt'>> = [];
    for (const duration of family.durations)
      for (const aspect of family.aspects)
        for (const quality of family.qualities) if (priceKey(quality, duration) in family.prices) out.push({ duration, aspect, quality });
    return out;
  }

  /** Which Kie API serves this Kie model id; the jobs API for any id the registry does not know. */
  apiOf(kieModel: string): KieApi {
    return this.#apiByKieModel.get(kieModel) ?? 'jobs';
  }

  /** The enabled family that sends this Kie model id. */
  familyOfKieModel(kieModel: string): ModelFamily | undefined {
    return this.#familyByKieModel.get(kieModel);
  }

  /** Every Kie model id of the enabled families (e.g. for the poll planner to load). */
  kieModels(): string[] {
    return [...this.#familyByKieModel.keys()];
  }

  /** The lowest and highest price of a family, in credits. */
  priceRange(family: ModelFamily): { min: number; max: number } {
    const prices = Object.values(family.prices).filter((p) => p > 0);
    return { min: Math.min(...prices), max: Math.max(...prices) };
  }

  /** Validates a request against a family and prices it, or says in plain words what is allowed. */
  resolve(
    familyId: string,
    requested: { prompt: string; duration?: number | undefined; aspect?: Aspect | undefined; quality?: Quality | undefined; imageUrl?: string | undefined },
  ): Resolution {
    const refuse = (key: MessageKey, params: Record<string, Param>): Resolution => ({ ok: false, reason: message(key, params) });
    const family = this.#families.get(familyId);
    if (!family) {
      const available = this.list().map((f) => f.id);
      return refuse('models.refuse.unknown', { model: familyId, available: available.length > 0 ? { and: available } : message('models.refuse.none') });
    }
    const model = family.label;
    if (family.imageRequired && !requested.imageUrl) {
      const others = this.list()
        .filter((f) => !f.imageRequired)
        .map((f) => f.id)
        .slice(0, 3);
      return refuse('models.refuse.imageRequired', { model, others: others.length > 0 ? message('models.refuse.textModels', { models: { or: others } }) : '' });
    }
    const duration = requested.duration ?? family.defaultDuration;
    if (!family.durations.includes(duration)) {
      return refuse('models.refuse.duration', { model, durations: { or: family.durations.map(String) }, duration });
    }
    const aspect = requested.aspect ?? 'landscape';
    if (!family.aspects.includes(aspect)) {
      return refuse('models.refuse.aspect', { model, aspects: { or: family.aspects.map(aspectName) }, aspect: aspectName(aspect) });
    }
    const quality = requested.quality ?? family.defaultQuality;
    if (!family.qualities.includes(quality)) {
      if (family.qualities.length > 1) return refuse('models.refuse.qualityOffers', { model, qualities: { or: family.qualities.map(qualityName) } });
      const withHigh = this.familiesWith('high');
      return refuse('models.refuse.qualityOne', { model, models: withHigh.length > 0 ? { or: withHigh } : message('models.refuse.noneHere') });
    }
    const prompt = requested.prompt;
    if (prompt.length > family.promptMaxLength) {
      return refuse('models.refuse.promptLength', { length: prompt.length, model, max: family.promptMaxLength });
    }
    const price = family.prices[priceKey(quality, duration)];
    if (price === undefined) {
      const lengths = family.durations.filter((d) => priceKey(quality, d) in family.prices).map(String);
      return refuse('models.refuse.qualityDurations', { model, quality: qualityName(quality), durations: { or: lengths }, duration });
    }
    if (!(price > 0)) return refuse('models.refuse.noPrice', { model, quality: qualityName(quality), duration });
    const options: GenerationOptions = { prompt, duration, aspect, quality, ...(requested.imageUrl ? { imageUrl: requested.imageUrl } : {}) };
    return {
      ok: true,
      request: {
        family,
        kieModel: family.kieModelByQuality?.[quality] ?? (options.imageUrl ? family.imageToVideo : family.textToVideo),
        input: family.toInput(options),
        price,
        options,
      },
    };
  }

  private familiesWith(quality: Quality): string[] {
    return this.list()
      .filter((f) => f.qualities.includes(quality))
      .map((f) => f.id);
  }
}
