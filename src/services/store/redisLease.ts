import type { RedisClientType } from '@keyv/redis';
import { describeScope, holderName, type LeaseBackend, type LeaseScope } from './lease.ts';

/**
 * Every owner is a field of one hash: token → "expiresAt|shard count|shard ids|holder", the time
 * being the Redis server's own clock, so the processes' clocks never have to agree. A lease lives
 * `ttlMs` past its last renewal: a killed owner's replacement waits that long at most. Each script
 * runs atomically, so checking the owners and taking or using a lease are one step.
 */
export const OWNERS_KEY = 'bot_owners';

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

// ARGV: token, shard count, shard ids (comma-separated), ttl ms, holder. Returns the overlapping
// live owners' entries; empty when the lease is now the caller's.
const ACQUIRE = `${NOW}
local mine = {}
for id in string.gmatch(ARGV[3], '[^,]+') do mine[id] = true end
local owners = redis.call('HGETALL', KEYS[1])
local holders = {}
for i = 1, #owners, 2 do
  local token, entry = owners[i], owners[i + 1]
  local expires, count, ids = string.match(entry, '^(%d+)|(%d+)|([^|]*)|')
  if tonumber(expires) <= now then
    redis.call('HDEL', KEYS[1], token)
  elseif token ~= ARGV[1] then
    local overlap = count ~= ARGV[2]
    for id in string.gmatch(ids, '[^,]+') do
      if mine[id] then overlap = true end
    end
    if overlap then table.insert(holders, entry) end
  end
end
if #holders > 0 then return holders end
redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', now + tonumber(ARGV[4])) .. '|' .. ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[5])
return {}
`;

// ARGV: token, ttl ms. 1 while the lease is the caller's; 0 once it expired or was taken.
const RENEW = `${NOW}
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if not entry then return 0 end
local expires, rest = string.match(entry, '^(%d+)(|.*)$')
if tonumber(expires) <= now then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', now + tonumber(ARGV[2])) .. rest)
return 1
`;

/** The check every fenced write starts with (KEYS[1] the owners, ARGV[1] the token). */
export const OWNS = `${NOW}
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if not entry or tonumber(string.match(entry, '^(%d+)')) <= now then return 0 end
`;

export class RedisLease implements LeaseBackend {
  readonly #client: RedisClientType;
  readonly #scope: LeaseScope;
  readonly #ttlMs: number;

  constructor(client: RedisClientType, scope: LeaseScope, ttlMs: number) {
    this.#client = client;
    this.#scope = scope;
    this.#ttlMs = ttlMs;
  }

  async tryAcquire(token: string): Promise<string[] | undefined> {
    const reply = (await this.#client.eval(ACQUIRE, {
      keys: [OWNERS_KEY],
      arguments: [token, String(this.#scope.count), this.#scope.ids.join(','), String(this.#ttlMs), holderName()],
    })) as string[];
    if (reply.length === 0) return undefined;
    return reply.map((entry) => {
      const [, count = '1', ids = '0', holder = '?'] = entry.split('|');
      return `${holder} (${describeScope({ count: Number(count), ids: ids.split(',').map(Number) })})`;
    });
  }

  async renew(token: string): Promise<boolean> {
    return Number(await this.#client.eval(RENEW, { keys: [OWNERS_KEY], arguments: [token, String(this.#ttlMs)] })) === 1;
  }

  async release(token: string): Promise<void> {
    await this.#client.hDel(OWNERS_KEY, token);
  }

  /** The server set the deadline on receiving the renewal, which left here at `sentAt`: never earlier. */
  validUntil(sentAt: number): number {
    return sentAt + this.#ttlMs;
  }
}
