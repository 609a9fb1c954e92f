// The Kie account behind the key: its credit balance (GET /api/v1/chat/credit) and its create limit
// (20 per 10 s, answered with a real HTTP 429), which the jobs API and Veo's endpoint share.
// Per-account facts Kie may add (spending caps, a second key) go here.
import type { KieState } from './state.ts';
import { defaultKieMessages, json, kie, type Answer, type KieRoute } from './wire.ts';

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

  /**
   * What every create (the jobs API's and Veo's) meets first: the account's limit (a 429), then a
   * body that must be a JSON object. Returns the answer that refuses it, or the request to go on with.
   */
  admitCreate(now: number, body: unknown): { refused: Answer } | { request: Record<string, unknown> } {
    const limited = this.overCreateLimit(now);
    if (limited) return { refused: limited };
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { refused: kie(422, 'Request body must be a JSON object') };
    return { request: body as Record<string, unknown> };
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
