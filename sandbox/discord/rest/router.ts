// The HTTP side of the fake Discord: reads each request (JSON or multipart), records it, lets an
// injected fault answer first (faults.ts), then hands it to the first route that matches. Routes
// come from the resource modules (a registry, as localstack composes its services): open ones (the
// CDN, interaction tokens, /gateway) first, then the bot-token ones behind the token check. A new
// resource adds its routes in discord.ts; a new top-level path the bot token reaches (for example
// /oauth2/) is added to BOT_PATHS.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from '../faults.ts';
import type { DiscordState } from '../state.ts';
import type { RecordedFile, RecordedRequest } from '../types.ts';
import { apiError, flattenHeaders, parseBody, readBody, safeDecode, type Reply, type RequestContext, type Route } from './http.ts';

/** Paths that exist for a bot token: anything else is 404 before the token is even looked at. */
const BOT_PATHS = /^\/(gateway\/bot$|channels\/|users\/|applications\/|guilds\/|oauth2\/applications\/)/;

export class Router {
  readonly #state: DiscordState;
  readonly #faults: Faults;
  readonly #open: Route[];
  readonly #bot: Route[];

  constructor(state: DiscordState, faults: Faults, routes: Route[]) {
    this.#state = state;
    this.#faults = faults;
    this.#open = routes.filter((r) => r.auth === 'open');
    this.#bot = routes.filter((r) => r.auth === 'bot');
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', this.#state.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    // @discordjs/rest percent-encodes segments ('%40original'); record and route the decoded form.
    const path = url.pathname
      .replace(/^\/api\/v\d+(?=\/)/, '')
      .replace(/^\/api(?=\/)/, '')
      .split('/')
      .map(safeDecode)
      .join('/');
    const query = Object.fromEntries(url.searchParams);
    const headers = flattenHeaders(req.headers);
    let body: Buffer = Buffer.alloc(0);
    let json: unknown;
    let files: RecordedFile[] = [];
    let reply: Reply;
    try {
      body = await readBody(req);
      const parsed = await parseBody(headers['content-type'] ?? '', body);
      json = parsed.json;
      files = parsed.files;
      reply = this.#faults.take(method, path) ?? this.#route({ method, path, query, headers, json, files });
    } catch (error) {
      reply = error instanceof SyntaxError ? apiError(400, 50109, 'The request body contains invalid JSON.') : { status: 500, body: { message: String(error), code: 0 } };
    }

    const request: RecordedRequest = { kind: 'http', method, path, query, headers, body, status: reply.status, at };
    if (json !== undefined) request.json = json;
    if (files.length) request.files = files;
    if (reply.body !== undefined) request.response = reply.body;
    this.#state.record(request);
    const delayMs = this.#faults.delayOf(method, path);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    request.answeredAt = Date.now();
    write(res, reply);
  }

  #route(ctx: RequestContext): Reply {
    const open = match(this.#open, ctx);
    if (open) return open;
    if (!BOT_PATHS.test(ctx.path)) return apiError(404, 0, '404: Not Found');
    if (ctx.headers.authorization !== `Bot ${this.#state.token}`) return apiError(401, 0, '401: Unauthorized');
    return match(this.#bot, ctx) ?? apiError(404, 0, '404: Not Found');
  }
}

function match(routes: Route[], ctx: RequestContext): Reply | undefined {
  for (const route of routes) {
    if (route.methods && !route.methods.includes(ctx.method)) continue;
    const m = route.path.exec(ctx.path);
    if (m) return route.handle(ctx, m);
  }
  return undefined;
}

function write(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const responseHeaders: Record<string, string> = { ...reply.headers };
  if (reply.raw) {
    res.writeHead(reply.status, { 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.data.length), ...responseHeaders });
    res.end(reply.raw.data);
  } else if (reply.body === undefined) {
    res.writeHead(reply.status, responseHeaders);
    res.end();
  } else {
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...responseHeaders });
    res.end(text);
  }
}
