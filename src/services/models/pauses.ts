import type { ModelRegistry } from './registry.ts';

/** How long to believe Kie's "model paused" without asking again. */
const PAUSE_MEMORY_MS = 10 * 60_000;

/**
 * Kie models that recently answered "temporarily paused": members asking for them are refused
 * before anything is held, and refusals name the models that are not paused.
 */
export class PauseMemory {
  readonly #until = new Map<string, number>();
  readonly #registry: ModelRegistry;
  readonly #now: () => number;

  constructor(registry: ModelRegistry, now: () => number = Date.now) {
    this.#registry = registry;
    this.#now = now;
  }

  pause(kieModel: string): void {
    this.#until.set(kieModel, this.#now() + PAUSE_MEMORY_MS);
  }

  isPaused(kieModel: string): boolean {
    return (this.#until.get(kieModel) ?? 0) > this.#now();
  }

  /** "You were not charged. Try `model:x` or `model:y`." */
  alternatives(familyId: string): string {
    const others = this.#registry
      .list()
      .filter((f) => f.id !== familyId && !this.isPaused(f.textToVideo))
      .map((f) => `\`model:${f.id}\``);
    return others.length > 0 ? `You were not charged. Try ${others.join(' or ')}.` : 'You were not charged. Please try again later.';
  }

  pausedText(label: string, familyId: string): string {
    return `${label} is paused at the video service right now. ${this.alternatives(familyId)}`;
  }
}
