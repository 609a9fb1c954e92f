import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';
import { RuleSet } from './ruleset.ts';
import { emptyRecord, type ModerationRecord } from './types.ts';

/** A server's settings with their rules compiled (on first use): what every check reads, from memory. */
export interface Snapshot {
  readonly record: Readonly<ModerationRecord>;
  readonly rules: RuleSet;
}

/**
 * Each server's moderation record, one store value per guild, every change serialized per guild
 * (one guild's events reach one process, and only that process writes its record). Every record is
 * read once at start (`load`) and the latest snapshot of each stays in memory, so the checks that
 * run before an interaction's 3-second answer do no I/O: commands answer in the order they came.
 */
export class ModerationStore {
  readonly #records: SerialRecords<ModerationRecord>;
  readonly #collection: Collection<ModerationRecord>;
  readonly #snapshots = new Map<string, Snapshot>();
  /** Every stored record is in #snapshots: a server without one has nothing set. */
  #loaded = false;

  constructor(collection: Collection<ModerationRecord>) {
    this.#collection = collection;
    this.#records = new SerialRecords<ModerationRecord>({
      load: async (key) => upgrade((await collection.get(key)) ?? emptyRecord(key.slice(2))),
      save: (key, value) => collection.set(key, value),
    });
  }

  /** Reads every stored record (at start, before the bot takes commands). */
  async load(): Promise<void> {
    for await (const [key, record] of this.#collection.entries()) {
      if (key.startsWith('g:') && !this.#snapshots.has(key.slice(2))) this.#remember(upgrade(record));
    }
    this.#loaded = true;
  }

  async get(guildId: string): Promise<Snapshot> {
    const known = this.#snapshots.get(guildId);
    if (known) return known;
    if (this.#loaded) return this.#remember(emptyRecord(guildId));
    return this.#remember(await this.#records.read(keyOf(guildId)));
  }

  /** `change` is synchronous and throws before changing anything to refuse; the new snapshot is kept. */
  async update<R>(guildId: string, change: (record: ModerationRecord) => R): Promise<{ result: R; snapshot: Snapshot }> {
    const { result, record } = await this.#records.update(keyOf(guildId), (draft) => ({ result: change(draft), record: structuredClone(draft) }));
    return { result, snapshot: this.#remember(record) };
  }

  /** Servers whose settings say `which` (after `load`: every server with a stored record). */
  guilds(which: (record: ModerationRecord) => boolean): string[] {
    return [...this.#snapshots.values()].filter((s) => which(s.record)).map((s) => s.record.guildId);
  }

  #remember(record: ModerationRecord): Snapshot {
    const previous = this.#snapshots.get(record.guildId);
    const snapshot = snapshotOf(record, previous);
    // Updates of one guild resolve in order, so the last one remembered is the newest.
    this.#snapshots.set(record.guildId, snapshot);
    return snapshot;
  }
}

/** What the rules are compiled from: a big server's take tens of milliseconds, so only when they change. */
const sourceOf = (record: ModerationRecord): string => JSON.stringify([record.words, record.automod.on ? record.automod.rules : []]);

function snapshotOf(record: ModerationRecord, previous: Snapshot | undefined): Snapshot {
  const same = previous !== undefined && sourceOf(previous.record) === sourceOf(record) ? previous : undefined;
  let rules: RuleSet | undefined;
  return {
    record,
    get rules() {
      rules ??= same ? same.rules : new RuleSet(record.words, record.automod.on ? record.automod.rules : []);
      return rules;
    },
  };
}

const keyOf = (guildId: string): string => `g:${guildId}`;

/** Fields added after a record was written get their defaults. */
function upgrade(record: ModerationRecord): ModerationRecord {
  return { ...emptyRecord(record.guildId), ...record };
}
