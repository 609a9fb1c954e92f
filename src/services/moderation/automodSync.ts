import { message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import { AutoModAccessError, type AutoModReader } from './automod.ts';
import type { ModerationStore, Snapshot } from './store.ts';

export interface AutoModSyncDeps {
  store: ModerationStore;
  reader: AutoModReader;
  logger: Logger;
  now: () => number;
  /** Sharded, a process keeps fresh only the servers it serves. */
  owns?: (guildId: string) => boolean;
}

/** Re-read at least this often, in case an event was missed (the bot was down, the gateway dropped it). */
export const AUTOMOD_REREAD_MS = 60 * 60_000;

/**
 * Keeps each server's copy of its AutoMod rules fresh while `automod:on`: read when turned on, again
 * when Discord says a rule changed (the gateway's AUTO_MODERATION_RULE_* events, wired in app/), at
 * start, and hourly. The copy is stored, so a failed re-read (Discord down, Manage Server taken away)
 * keeps the rules last read and notes the problem for `/moderation status`.
 */
export class AutoModSync {
  readonly #d: AutoModSyncDeps;
  /** Servers with AutoMod reuse on (those this process serves). */
  readonly #on = new Set<string>();
  /** One re-read per server at a time; an event during one asks for one more after it. */
  readonly #running = new Map<string, Promise<void>>();
  readonly #again = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(deps: AutoModSyncDeps) {
    this.#d = deps;
  }

  /** Reads the rules and turns reuse on; AutoModAccessError (nothing changed) when the bot may not read them. */
  async turnOn(guildId: string): Promise<Snapshot> {
    const rules = await this.#d.reader.read(guildId);
    const { snapshot } = await this.#d.store.update(guildId, (r) => {
      r.automod = { on: true, rules, readAt: this.#d.now() };
    });
    this.#on.add(guildId);
    return snapshot;
  }

  async turnOff(guildId: string): Promise<Snapshot> {
    this.#on.delete(guildId);
    const { snapshot } = await this.#d.store.update(guildId, (r) => {
      r.automod = { on: false, rules: [] };
    });
    return snapshot;
  }

  /** Discord said a rule of this server changed: re-read now (coalesced), if reuse is on here. */
  changed(guildId: string): Promise<void> {
    if (!this.#on.has(guildId)) return Promise.resolve();
    const running = this.#running.get(guildId);
    if (running) {
      this.#again.add(guildId);
      return running;
    }
    const run = this.#reread(guildId).finally(() => {
      this.#running.delete(guildId);
      if (this.#again.delete(guildId)) void this.changed(guildId);
    });
    this.#running.set(guildId, run);
    return run;
  }

  /** Finds the servers with reuse on (the store is loaded), re-reads them in the background, and hourly after that. */
  async start(everyMs = AUTOMOD_REREAD_MS): Promise<void> {
    const owns = this.#d.owns ?? (() => true);
    for (const guildId of this.#d.store.guilds((r) => r.automod.on)) if (owns(guildId)) this.#on.add(guildId);
    const all = () => Promise.allSettled([...this.#on].map((id) => this.changed(id)));
    void all();
    this.#timer = setInterval(() => void all(), everyMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#again.clear();
    await Promise.allSettled([...this.#running.values()]);
  }

  async #reread(guildId: string): Promise<void> {
    try {
      const rules = await this.#d.reader.read(guildId);
      await this.#d.store.update(guildId, (r) => {
        // Turned off while reading: nothing to keep.
        if (r.automod.on) r.automod = { on: true, rules, readAt: this.#d.now() };
      });
    } catch (error) {
      const problem = message(error instanceof AutoModAccessError ? 'moderation.rules.problem.noAccess' : 'moderation.rules.problem.rereadFailed');
      this.#d.logger.warn({ guildId, err: error instanceof Error ? error.message : 'unknown' }, 'could not re-read AutoMod rules');
      await this.#d.store
        .update(guildId, (r) => {
          if (r.automod.on) r.automod.problem = problem;
        })
        .catch(() => undefined);
    }
  }
}
