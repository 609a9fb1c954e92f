import { describe, expect, it } from 'vitest';
import { clientShardOptions, GuildOwnership, layoutOf, shardOf, storeProblem } from '../../src/services/sharding/layout.ts';

const guildOn = (k: number) => String((1_000_000_000n + BigInt(k)) << 22n);

describe('shard layout', () => {
  it('routes a guild as Discord does: (guild_id >> 22) % shards', () => {
    expect(shardOf('81384788765712384', 1)).toBe(0);
    expect(shardOf('81384788765712384', 4)).toBe(Number((81384788765712384n >> 22n) % 4n));
    expect([0, 1, 2, 3, 4].map((k) => shardOf(guildOn(k), 4))).toEqual([0, 1, 2, 3, 0]);
  });

  it('gives process k the k-th run of SHARDS_PER_PROCESS shards, the last one what is left', () => {
    expect(layoutOf(0, 4, 2)).toEqual({ process: 0, processes: 2, ids: [0, 1], count: 4 });
    expect(layoutOf(1, 4, 2)).toEqual({ process: 1, processes: 2, ids: [2, 3], count: 4 });
    expect(layoutOf(2, 5, 2)).toEqual({ process: 2, processes: 3, ids: [4], count: 5 });
  });

  it('refuses SQLite and memory for more than one process, not for one', () => {
    expect(storeProblem(4, 2, 'sqlite://data/bot.sqlite')).toMatch(/2 processes.*sqlite.*one process only.*postgres:\/\/ or redis:\/\//);
    expect(storeProblem(2, 1, 'memory://')).toMatch(/memory/);
    expect(storeProblem(4, 4, 'sqlite://data/bot.sqlite')).toBeUndefined();
    expect(storeProblem(4, 1, 'postgres://bot:pw@db/bot')).toBeUndefined();
    expect(storeProblem(4, 1, 'redis://127.0.0.1:6379')).toBeUndefined();
  });

  it('owns every guild unsharded, only its shards’ guilds sharded; work without a guild goes to shard 0’s process', () => {
    const alone = new GuildOwnership();
    expect(alone.sharded).toBe(false);
    expect(alone.owns(guildOn(3))).toBe(true);
    const second = new GuildOwnership(layoutOf(1, 4, 2));
    expect(second.sharded).toBe(true);
    expect([0, 1, 2, 3].map((k) => second.owns(guildOn(k)))).toEqual([false, false, true, true]);
    expect(second.ownsEntry({ guildId: guildOn(2), dueAt: 0 })).toBe(true);
    expect(second.ownsEntry({ dueAt: 0 })).toBe(false);
    expect(new GuildOwnership(layoutOf(0, 4, 2)).ownsEntry({ dueAt: 0 })).toBe(true);
    // One process holding every shard is not sharded.
    expect(new GuildOwnership(layoutOf(0, 4, 4)).sharded).toBe(false);
  });

  it('tells the discord.js client which shards to connect', () => {
    expect(clientShardOptions({ SHARDS: undefined, SHARDING: undefined })).toEqual({});
    expect(clientShardOptions({ SHARDS: 'auto', SHARDING: undefined })).toEqual({ shards: 'auto' });
    expect(clientShardOptions({ SHARDS: 3, SHARDING: undefined })).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(clientShardOptions({ SHARDS: undefined, SHARDING: layoutOf(1, 4, 2) })).toEqual({ shards: [2, 3], shardCount: 4 });
  });
});
