import type { Logger } from '../../logger.ts';
import type { ChallengeDiscordPort } from './discord.ts';
import { voteRow } from './messages.ts';
import type { ChallengeStore } from './store.ts';
import { voteKey, type Challenge } from './types.ts';

interface Pending {
  challenge: Challenge;
  jobId: string;
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  again: boolean;
  /** The edit in flight, if any. */
  flushing?: Promise<void>;
}

/**
 * Keeps each entry's `Vote · N` label up to date with debounced edits: the first press arms one
 * timer, presses meanwhile only mark the entry dirty, and the edit shows the count read from the
 * stored votes at that moment. Presses during an edit cause one more edit after it, so the label is
 * exact once presses stop, and 200 presses cost a few edits, not 200.
 */
export class VoteLabels {
  readonly #pending = new Map<string, Pending>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #d: { store: ChallengeStore; discord: ChallengeDiscordPort; logger: Logger; debounceMs: number };
  #stopped = false;

  constructor(deps: { store: ChallengeStore; discord: ChallengeDiscordPort; logger: Logger; debounceMs: number }) {
    this.#d = deps;
  }

  touch(challenge: Challenge, jobId: string): void {
    if (this.#stopped) return;
    const key = voteKey(challenge.guildId, challenge.number, jobId);
    const pending = this.#pending.get(key);
    if (!pending) {
      const fresh: Pending = { challenge, jobId, timer: undefined, running: false, again: false };
      this.#pending.set(key, fresh);
      this.#arm(key, fresh);
    } else if (pending.running) {
      pending.again = true;
    }
  }

  /**
   * Closing writes the final label itself: drops pending edits for the challenge's entries and waits
   * for any in flight, so none can land after the close and show an enabled button again.
   */
  async forget(guildId: string, number: number): Promise<void> {
    const prefix = `${guildId}:${number}:`;
    const inFlight: Promise<void>[] = [];
    for (const [key, p] of this.#pending) {
      if (!key.startsWith(prefix)) continue;
      if (p.timer) clearTimeout(p.timer);
      if (p.flushing) inFlight.push(p.flushing);
      this.#pending.delete(key);
    }
    await Promise.allSettled(inFlight);
  }

  /** Writes every pending label now (shutdown), then takes no more. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const [key, p] of this.#pending) {
      if (p.timer && !p.running) {
        clearTimeout(p.timer);
        p.timer = undefined;
        this.#track(this.#flush(key, p), p);
      }
    }
    await Promise.allSettled([...this.#inFlight]);
  }

  #arm(key: string, p: Pending): void {
    p.timer = setTimeout(() => {
      p.timer = undefined;
      this.#track(this.#flush(key, p), p);
    }, this.#d.debounceMs);
    p.timer.unref?.();
  }

  #track(work: Promise<void>, p?: Pending): void {
    if (p) p.flushing = work;
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
  }

  async #flush(key: string, p: Pending): Promise<void> {
    p.running = true;
    try {
      const record = await this.#d.store.votes(key);
      const entry = (await this.#d.store.challenge(p.challenge.guildId, p.challenge.number))?.entries[p.jobId];
      if (!record.closed && entry?.messageId) {
        await this.#d.discord.edit(p.challenge.channelId, entry.messageId, { components: voteRow(p.challenge, p.jobId, Object.keys(record.voters).length, false) });
      }
    } catch (error) {
      this.#d.logger.warn({ key, err: error instanceof Error ? error.message : 'unknown' }, 'could not update a vote label');
    } finally {
      p.running = false;
    }
    if (p.again && !this.#stopped && this.#pending.get(key) === p) {
      p.again = false;
      this.#arm(key, p);
    } else if (this.#pending.get(key) === p) {
      this.#pending.delete(key);
    }
  }
}
