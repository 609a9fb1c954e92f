import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';
import { RuleSet } from './ruleset.ts';
import { emptyRecord, type ModerationRecord } from './types.ts';

/** A server's settings with their rules compiled: what every check reads, from memory. */
export interface Snapshot {
  readonly record: Readonly<ModerationRecord>;
  readonly rules: RuleSet;
}

/**
 * Each server's moderation record, one store value per guild, every change serialized per guild
 * (one guild's events reach one process). The latest snapshot stays in memory with its rules
 * compiled, so the checks that run before an interaction's 3-second answer read no store after the
 * server's first use.
 */
export class ModerationStore {
  readonly #records: SerialRecords<ModerationRecord>;
  readonly #collection: Collection<ModerationRecord>;
  readonly #snapshots = new Map<string, Snapshot>();
  /** What each snapshot's rules were compiled from. */
  readonly #keys = new Map<string, string>();

  constructor(collection: Collection<ModerationRecord>) {
    this.#collection = collection;
    this.#records = new SerialRecords<ModerationRecord>({
      load: async (key) => upgrade((await collection.get(key)) ?? emptyRecord(key.slice(2))),
      save: (key, value) => collection.set(key, value),
    });
  }

  async get(guildId: string): Promise<Snapshot> {
    const known = this.#snapshots.get(guildId);
    if (known) return known;
    return this.#remember(await this.#records.read(keyOf(guildId)));
  }

  /** `change` is synchronous and throws before changing anything to refuse; the new snapshot is kept. */
  async update<R>(guildId: string, change: (record: ModerationRecord) => R): Promise<{ result: R; snapshot: Snapshot }> {
    const { result, record } = await this.#records.update(keyOf(guildId), (draft) => ({ result: change(draft), record: structuredClone(draft) }));
    return { result, snapshot: this.#remember(record) };
  }

  /** Guilds whose stored record says `which` (read at start: the AutoMod rules to keep fresh). */
  async guilds(which: (record: ModerationRecord) => boolean): Promise<string[]> {
    const found: string[] = [];
    for await (const [key, record] of this.#collection.entries()) {
      if (key.startsWith('g:') && which(upgrade(record))) found.push(key.slice(2));
    }
    return found;
  }

  #remember(record: ModerationRecord): Snapshot {
    const applied = record.automod.on ? record.automod.rules : [];
    // Compiling a big server's rules takes tens of milliseconds: only when its rules changed.
    const key = JSON.stringify([record.words, applied]);
    const previous = this.#snapshots.get(record.guildId);
    const rules = previous && this.#keys.get(record.guildId) === key ? previous.rules : new RuleSet(record.words, applied);
    this.#keys.set(record.guildId, key);
    const snapshot: Snapshot = { record, rules };
    // Updates of one guild resolve in order, so the last one remembered is the newest.
    this.#snapshots.set(record.guildId, snapshot);
    return snapshot;
  }
}

const keyOf = (guildId: string): string => `g:${guildId}`;

/** Fields added after a record was written get their defaults. */
function upgrade(record: ModerationRecord): ModerationRecord {
  return { ...emptyRecord(record.guildId), ...record };
}
