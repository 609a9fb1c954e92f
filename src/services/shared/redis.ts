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
  async tryStart(name: string, now: number, limit: number, spanMs: number): Promise<number> {
    const member = `${now}:${Math.random().toString(36).slice(2)}`;
    const reply = await this.#client.eval(TRY_START, { keys: [`bot_limit:${name}`], arguments: [String(now), String(spanMs), String(limit), member] });
    return Number(reply);
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
