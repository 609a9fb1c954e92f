import type { Logger } from '../../logger.ts';
import type { Collection } from '../store.ts';

/** A Kie callback for a job of a guild that another process owns, waiting for that process. */
export interface RelayedHint {
  guildId: string;
  at: number;
}

/** The owner looks this often: a relayed callback reaches it within about a second. */
const POLL_MS = 1_000;
/** A hint nobody took for this long is dropped (its owner is gone or the shards changed); polls still find the job. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * Sharded, a Kie callback reaches whichever process Kie's POST lands on, but only the process that
 * owns the job's guild may run its steps (per-guild work stays in one process). That process is
 * told through the shared store: the receiver writes the job id into `hints`, and each process
 * looks there every second for its own guilds' jobs and makes them due now. A hint waiting for a
 * process that is down is taken when the manager has restarted it.
 */
export class HintRelay {
  readonly #hints: Collection<RelayedHint>;
  readonly #owns: (guildId: string) => boolean;
  readonly #wake: (jobId: string) => void;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #pollMs: number;
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<void> | undefined;

  constructor(options: { hints: Collection<RelayedHint>; owns(guildId: string): boolean; wake(jobId: string): void; logger: Logger; now: () => number; pollMs?: number }) {
    this.#hints = options.hints;
    this.#owns = options.owns;
    this.#wake = options.wake;
    this.#log = options.logger;
    this.#now = options.now;
    this.#pollMs = options.pollMs ?? POLL_MS;
  }

  owns(guildId: string): boolean {
    return this.#owns(guildId);
  }

  /** Leaves the hint for the process that owns `guildId`. */
  async forward(jobId: string, guildId: string): Promise<void> {
    await this.#hints.set(jobId, { guildId, at: this.#now() });
    this.#log.debug({ jobId, guildId }, 'Kie callback for a guild another process owns; left for it in the store');
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      this.#polling ??= this.poll()
        .catch((error: unknown) => this.#log.warn({ err: error }, 'could not read relayed Kie callbacks; trying again'))
        .finally(() => (this.#polling = undefined));
    }, this.#pollMs);
    this.#timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#polling;
  }

  /** Takes this process's hints and makes their jobs due now. */
  async poll(): Promise<void> {
    const now = this.#now();
    for await (const [jobId, hint] of this.#hints.entries()) {
      if (this.#owns(hint.guildId)) {
        await this.#hints.delete(jobId);
        this.#wake(jobId);
      } else if (now - hint.at > MAX_AGE_MS) {
        await this.#hints.delete(jobId);
      }
    }
  }
}
