// The Kie account behind the key: its credit balance (GET /api/v1/chat/credit) and its create limit
// (20 per 10 s, answered with a real HTTP 429), which the jobs API and Veo's endpoint share.
// Per-account facts Kie may add (spending caps, a second key) go here.
import type { KieState } from './state.ts';
import { defaultKieMessages, json, type Answer, type KieRoute } from './wire.ts';

/** FakeKie's tunable balance: tests set `kie.credits` directly. */
export interface KieBalance {
  credits: number;
}

export class KieAccount {
  readonly #state: KieState;
  readonly #balance: KieBalance;

  constructor(state: KieState, balance: KieBalance) {
    this.#state = state;
    this.#balance = balance;
  }

  routes(): KieRoute[] {
    return [{ name: 'credit', method: 'GET', path: '/api/v1/chat/credit', handle: () => json(200, { code: 200, msg: 'success', data: this.#balance.credits }) }];
  }

  /** The 429 a create gets over the limit; otherwise counts this create and returns undefined. */
  overCreateLimit(now: number): Answer | undefined {
    const state = this.#state;
    const limit = state.options.createRateLimit ?? { limit: 20, windowMs: 10_000 };
    if (!limit) return undefined;
    const times = state.createTimes;
    while (times.length > 0 && (times[0] ?? 0) <= now - limit.windowMs) times.shift();
    if (times.length >= limit.limit) return json(429, { code: 429, msg: defaultKieMessages[429], data: null });
    times.push(now);
    return undefined;
  }
}
