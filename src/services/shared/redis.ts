import type { RedisClientType } from '@keyv/redis';
import type { SpendCeiling, WindowLog } from './types.ts';

// Each script runs atomically on the server: no other command interleaves with it, so a check and
// the change it guards are one step for every process.

const TRY_START = `
local now, span, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], span * 2 + 60000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + span - now)
`;

// Moves a start later, only while it still counts (see WindowLog).
const STAMP = `
local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
local now, span = tonumber(ARGV[2]), tonumber(ARGV[3])
if not at or tonumber(at) <= now - span then return 0 end
if tonumber(at) < now then redis.call('ZADD', KEYS[1], now, ARGV[1]) end
redis.call('PEXPIRE', KEYS[1], span * 2 + 60000)
return 1
`;

const RESERVE = `
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if held + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return -1 end
held = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], 3 * 86400)
return held
`;

const GIVE_BACK = `
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if held <= 0 then return 0 end
local left = math.max(0, held - tonumber(ARGV[1]))
redis.call('SET', KEYS[1], left, 'KEEPTTL')
return left
`;

export class RedisWindowLog implements WindowLog {
  readonly #client: RedisClientType;
  constructor(client: RedisClientType) {
    this.#client = client;
  }
  async tryStart(name: string, now: number, limit: number, spanMs: number, id: string): Promise<number> {
    const reply = await this.#client.eval(TRY_START, { keys: [`bot_limit:${name}`], arguments: [String(now), String(spanMs), String(limit), id] });
    return Number(reply);
  }
  async stamp(name: string, id: string, now: number, spanMs: number): Promise<boolean> {
    const reply = await this.#client.eval(STAMP, { keys: [`bot_limit:${name}`], arguments: [id, String(now), String(spanMs)] });
    return Number(reply) === 1;
  }
  async release(name: string, id: string): Promise<void> {
    await this.#client.zRem(`bot_limit:${name}`, id);
  }
}

/** The operator's ceiling: one counter per UTC day, kept three days. */
export class RedisSpendCeiling implements SpendCeiling {
  readonly #client: RedisClientType;
  readonly #limit: number;
  constructor(client: RedisClientType, limit: number) {
    this.#client = client;
    this.#limit = limit;
  }
  #key(day: string): string {
    return `bot_ceiling:operator:${day}`;
  }
  async reserve(amount: number, day: string): Promise<boolean> {
    const reply = await this.#client.eval(RESERVE, { keys: [this.#key(day)], arguments: [String(amount), String(this.#limit)] });
    return Number(reply) >= 0;
  }
  async giveBack(amount: number, day: string): Promise<void> {
    await this.#client.eval(GIVE_BACK, { keys: [this.#key(day)], arguments: [String(amount)] });
  }
}
