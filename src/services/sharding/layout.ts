import type { LeaseScope } from '../store/types.ts';
import { storeKind } from '../store/url.ts';

/**
 * Which Discord shards this process holds, when `npm run start:sharded` started it: process
 * `process` of `processes`, holding shards `ids` of `count` in all.
 */
export interface ShardLayout {
  process: number;
  processes: number;
  ids: number[];
  count: number;
}

/** The shard Discord sends a guild's events to: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** Process `index` holds `perProcess` consecutive shards of `count` (the last one may hold fewer). */
export function layoutOf(index: number, count: number, perProcess: number): ShardLayout {
  const processes = processCount(count, perProcess);
  const first = index * perProcess;
  const ids = Array.from({ length: Math.min(count, first + perProcess) - first }, (_, i) => first + i);
  return { process: index, processes, ids, count };
}

export function processCount(count: number, perProcess: number): number {
  return Math.ceil(count / perProcess);
}

/**
 * SQLite and memory are one-process stores (the per-guild serializer, the limits and the
 * ceiling assume one writer), so more than one process needs Postgres or Redis.
 */
export function storeProblem(count: number, perProcess: number, databaseUrl: string): string | undefined {
  const processes = processCount(count, perProcess);
  const kind = storeKind(databaseUrl);
  if (processes <= 1 || kind === 'postgres' || kind === 'redis') return undefined;
  return (
    `${count} shards at SHARDS_PER_PROCESS=${perProcess} make ${processes} processes, and a ${kind ?? 'non-shared'} store (DATABASE_URL) serves one process only; ` +
    `use a postgres:// or redis:// DATABASE_URL, or SHARDS_PER_PROCESS=${count} for one process`
  );
}

/**
 * Which guilds' work this process does. Unsharded, all of it; sharded, the guilds of its shards
 * (Discord sends each guild's events to one shard, so one process owns each guild).
 */
export class GuildOwnership {
  readonly #layout: ShardLayout | undefined;
  readonly #ids: ReadonlySet<number>;

  constructor(layout?: ShardLayout) {
    this.#layout = layout && layout.processes > 1 ? layout : undefined;
    this.#ids = new Set(layout?.ids ?? []);
  }

  /** True when other processes share the store and own other guilds. */
  get sharded(): boolean {
    return this.#layout !== undefined;
  }

  /** Which guilds these are, as a stable name: `all`, or the shard ids of the shard count. */
  get description(): string {
    return this.#layout ? `shards ${this.#layout.ids.join(',')} of ${this.#layout.count}` : 'all';
  }

  owns(guildId: string): boolean {
    if (!this.#layout) return true;
    if (!/^\d+$/.test(guildId)) return this.#ids.has(0);
    return this.#ids.has(shardOf(guildId, this.#layout.count));
  }

  /** Scheduled work that names its guild belongs to that guild's owner; other work to shard 0's process. */
  ownsEntry(entry: Record<string, unknown>): boolean {
    return typeof entry.guildId === 'string' ? this.owns(entry.guildId) : this.owns('');
  }
}

/**
 * What this process leases in the store (one owner per server): its shards, or, when it serves
 * every guild (npm start, or start:sharded with one process), shard 0 of 1, which overlaps every
 * other owner's scope.
 */
export function ownerScope(layout?: ShardLayout): LeaseScope {
  if (!layout || layout.processes <= 1 || layout.ids.length >= layout.count) return { count: 1, ids: [0] };
  return { count: layout.count, ids: [...layout.ids] };
}

/**
 * The discord.js Client's `shards`/`shardCount`: the manager's layout for a process it started;
 * for `npm start` with SHARDS set, every shard in this one process.
 */
export function clientShardOptions(config: { SHARDS: 'auto' | number | undefined; SHARDING: ShardLayout | undefined }): { shards?: number[] | 'auto'; shardCount?: number } {
  if (config.SHARDING) return { shards: config.SHARDING.ids, shardCount: config.SHARDING.count };
  if (config.SHARDS === 'auto') return { shards: 'auto' };
  if (config.SHARDS !== undefined) return { shards: Array.from({ length: config.SHARDS }, (_, i) => i), shardCount: config.SHARDS };
  return {};
}
