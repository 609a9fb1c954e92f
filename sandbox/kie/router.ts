// The HTTP side of the fake Kie: records every request, finds the module's route by method and
// path (Spring-style 404/405 bodies for the rest), then applies faults in Kie's order — delay,
// hang, a queued error or malformed body — and the `Authorization: Bearer` key check before the
// module answers. Result files skip faults and the key: they are public URLs. A new endpoint is a
// route in its module, registered in kie.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KieFaults } from './faults.ts';
import type { KieState } from './state.ts';
import { defaultKieMessages, json, kie, readBody, send, type Answer, type KieRoute } from './wire.ts';

export class KieRouter {
  readonly #state: KieState;
  readonly #faults: KieFaults;
  readonly #routes: KieRoute[];
  readonly #hung = new Set<ServerResponse>();

  constructor(state: KieState, faults: KieFaults, routes: KieRoute[]) {
    this.#state = state;
    this.#faults = faults;
    this.#routes = routes;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const state = this.#state;
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', state.url);
    const raw = await readBody(req);
    let body: unknown = raw;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text
      }
    }
    const route = this.#routes.find((r) => r.method === method && (r.path.endsWith('/') ? parsed.pathname.startsWith(r.path) : parsed.pathname === r.path));
    state.requests.push({ method, path: parsed.pathname, route: route?.name ?? 'unknown', query: Object.fromEntries(parsed.searchParams), body, headers: req.headers, at: state.now() });
    if (!route) return send(res, this.#unknown(method, parsed.pathname));

    const delayMs = this.#faults.delayOf(route.name);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs).unref());

    const hang = this.#faults.takeHang(route.name);
    if (hang) {
      if (hang.processFirst) this.#answer(route, req, parsed, body);
      this.#hung.add(res);
      res.on('close', () => this.#hung.delete(res));
      return;
    }
    send(res, this.#answer(route, req, parsed, body));
  }

  /** Ends the requests `hang` kept open. */
  close(): void {
    for (const res of this.#hung) res.destroy();
    this.#hung.clear();
  }

  #answer(route: KieRoute, req: IncomingMessage, url: URL, body: unknown): Answer {
    if (route.open) return route.handle(url, body);
    const injected = this.#faults.takeAnswer(route.name);
    if (injected) return injected;
    if (req.headers.authorization !== `Bearer ${this.#state.apiKey}`) return kie(401, defaultKieMessages[401] ?? '');
    return route.handle(url, body);
  }

  #unknown(method: string, path: string): Answer {
    const status = this.#routes.some((r) => r.path === path && !r.path.endsWith('/')) ? 405 : 404;
    return json(status, { timestamp: this.#state.now(), status, error: status === 405 ? `Method ${method} not allowed` : 'Not Found', path });
  }
}
