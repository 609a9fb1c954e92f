// Faults a test switches on: any HTTP answer for the next N matching requests (outages, 429s with
// Retry-After, 5xx), revoked interaction tokens, users who closed their DMs. Faults of one
// resource that need its logic live with it instead (a dropped gateway connection: gateway.ts;
// a message deleted by someone in Discord: messages.ts). A new kind of fault starts here.
import { isRecord, type Reply } from './rest/http.ts';
import type { DiscordState } from './state.ts';
import type { FaultMatch, FaultResponse, SlowAnswer } from './types.ts';

export class Faults {
  readonly #state: DiscordState;
  readonly #http: Array<{ match: FaultMatch; response: FaultResponse; remaining: number }> = [];
  readonly #slow: Array<{ match: FaultMatch; delayMs: number; remaining: number }> = [];

  constructor(state: DiscordState) {
    this.#state = state;
  }

  /** Answers the next `times` matching HTTP requests with `response`; a SlowAnswer handles them as usual, `delayMs` later. */
  fail(match: FaultMatch, response: FaultResponse | SlowAnswer, times: number): void {
    if ('delayMs' in response) this.#slow.push({ match, delayMs: response.delayMs, remaining: times });
    else this.#http.push({ match, response, remaining: times });
  }

  clear(): void {
    this.#http.length = 0;
    this.#slow.length = 0;
  }

  /** How long to hold this request's answer (0: none); uses up one of a slow fault's times. */
  delayOf(method: string, path: string): number {
    const slow = this.#slow.find((f) => f.remaining > 0 && matches(f.match, method, path));
    if (!slow) return 0;
    if (--slow.remaining <= 0) this.#slow.splice(this.#slow.indexOf(slow), 1);
    return slow.delayMs;
  }

  /** The injected answer for this request, if a fault matches; uses up one of its times. */
  take(method: string, path: string): Reply | undefined {
    const fault = this.#http.find((f) => f.remaining > 0 && matches(f.match, method, path));
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.#http.splice(this.#http.indexOf(fault), 1);
    const headers = { ...fault.response.headers };
    const body = fault.response.body;
    // A 429 without Retry-After would make @discordjs/rest retry at once; Discord always sends it.
    if (fault.response.status === 429 && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after') && isRecord(body) && typeof body.retry_after === 'number') {
      headers['Retry-After'] = String(body.retry_after);
    }
    return { status: fault.response.status, body, headers };
  }

  /** The token stops working at once: callbacks and webhooks answer 401/50027. */
  expireToken(token: string): void {
    this.#state.expiredTokens.add(token);
  }

  /** The user does not accept DMs from the bot: channel messages to their DM get 403/50007. */
  closeDms(userId: string): void {
    this.#state.closedDms.add(userId);
  }
}

const matches = (match: FaultMatch, method: string, path: string): boolean => (match.method === undefined || match.method.toUpperCase() === method) && match.path.test(path);
