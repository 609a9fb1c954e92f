import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import type { FakeCommandOption, FakeDiscord, FakeDiscordEvent, FakeMessage } from './discord.ts';
import { faultLabels, faultNames, type SandboxFaults } from './faults.ts';
import { discordLocaleSchema, localeChoices, SandboxLocales } from './locales.ts';
import { byteRange, messageView, type MentionLookup, type MessageView } from './view.ts';

export interface SandboxMember {
  id: string;
  username: string;
  displayName: string;
  /** Permission bitfield as Discord sends it. */
  permissions: string;
  admin: boolean;
}

export interface PageServerOptions {
  port: number;
  discord: FakeDiscord;
  guildId: string;
  channelId: string;
  members: SandboxMember[];
  faults: SandboxFaults;
  pageDir: string;
  /** Settles once the bot is logged in with its commands registered; the API waits for it. */
  ready: Promise<void>;
  balance(): Promise<{ balance: number; held: number }>;
}

export interface PageServer {
  readonly url: string;
  close(): Promise<void>;
}

const staticFiles: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/render.js': { file: 'render.js', type: 'text/javascript; charset=utf-8' },
  '/composer.js': { file: 'composer.js', type: 'text/javascript; charset=utf-8' },
  '/markup.js': { file: 'markup.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

const optionSchema: z.ZodType<FakeCommandOption> = z.object({
  name: z.string(),
  type: z.number().int(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
  options: z.array(z.lazy(() => optionSchema)).optional(),
}) as unknown as z.ZodType<FakeCommandOption>;

const interactionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['command', 'autocomplete']),
    memberId: z.string(),
    name: z.string(),
    options: z.array(optionSchema).default([]),
    attachments: z.array(z.object({ name: z.string(), filename: z.string(), contentType: z.string(), data: z.base64() })).default([]),
  }),
  z.object({ kind: z.literal('component'), memberId: z.string(), messageId: z.string(), customId: z.string(), componentType: z.number().int().default(2), values: z.array(z.string()).optional() }),
  z.object({ kind: z.literal('modal'), memberId: z.string(), customId: z.string(), fields: z.record(z.string(), z.string()), messageId: z.string().optional() }),
]);

const faultSchema = z.object({ name: z.enum(faultNames), on: z.boolean() });

/** A member's Discord language, or (no memberId) the server's guild_locale. */
const localeSchema = z.object({ memberId: z.string().optional(), locale: discordLocaleSchema });

const MAX_BODY = 16 * 1024 * 1024;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The page's own HTTP server: static files, the channel's state, a live feed (SSE), and member actions. */
export async function startPageServer(options: PageServerOptions): Promise<PageServer> {
  const { discord, members } = options;
  const locales = new SandboxLocales(members.map((m) => m.id));
  const feeds = new Set<ServerResponse>();
  let lastBalance = '';

  const dmRecipient = (message: FakeMessage): string | null =>
    message.guildId !== null ? null : (members.find((m) => discord.dms(m.id).some((d) => d.id === message.id))?.id ?? null);
  const names: MentionLookup = {
    channel: (id) => {
      const channel = discord.channels.get(id);
      return channel?.guildId === options.guildId ? channel.name : undefined;
    },
    role: (id) => discord.guildRoles(options.guildId).find((r) => r.id === id)?.name,
  };
  const view = (message: FakeMessage): MessageView => {
    const interaction = message.interactionId === null ? undefined : discord.interaction(message.interactionId);
    return messageView(message, interaction, dmRecipient(message), names);
  };
  const broadcast = (event: string, data: unknown): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const feed of feeds) feed.write(frame);
  };
  const state = async () => ({
    guild: { id: options.guildId, name: 'Sandbox Server' },
    channel: { id: options.channelId, name: 'general' },
    bot: discord.botUser,
    members,
    commands: [...discord.commands(options.guildId), ...discord.commands()],
    faults: options.faults.state,
    faultLabels,
    locales: locales.state,
    localeChoices: localeChoices(),
    balance: await options.balance(),
    messages: [...discord.channelMessages(options.channelId), ...members.flatMap((m) => discord.dms(m.id))].map(view),
  });

  const unsubscribe = discord.onChange((event: FakeDiscordEvent) => {
    if (event.kind !== 'interaction-callback') broadcast('message', view(event.message));
  });
  const balanceTimer = setInterval(() => {
    options
      .balance()
      .then((balance) => {
        const text = JSON.stringify(balance);
        if (text !== lastBalance) broadcast('balance', balance);
        lastBalance = text;
      })
      .catch(() => undefined);
  }, 500);
  balanceTimer.unref();
  const heartbeat = setInterval(() => {
    for (const feed of feeds) feed.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  const member = (id: string): SandboxMember => {
    const found = members.find((m) => m.id === id);
    if (!found) throw new HttpError(400, `no member ${id}`);
    return found;
  };

  async function interact(body: unknown): Promise<unknown> {
    const parsed = interactionSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'bad request');
    const request = parsed.data;
    const who = member(request.memberId);
    const as = { user: { id: who.id, username: who.username }, memberPermissions: who.permissions, ...locales.of(who.id) };
    let sent;
    try {
      if (request.kind === 'command' || request.kind === 'autocomplete') {
        const attachments = request.attachments.map((a) => ({ name: a.name, filename: a.filename, contentType: a.contentType, data: Buffer.from(a.data, 'base64') }));
        const send = { name: request.name, guildId: options.guildId, channelId: options.channelId, options: request.options, attachments, ...as };
        sent = request.kind === 'command' ? await discord.sendCommand(send) : await discord.sendAutocomplete(send);
      } else if (request.kind === 'component') {
        sent = await discord.sendComponent({ messageId: request.messageId, customId: request.customId, componentType: request.componentType, ...(request.values ? { values: request.values } : {}), ...as });
      } else if (request.kind === 'modal') {
        sent = await discord.sendModalSubmit({ customId: request.customId, fields: request.fields, guildId: options.guildId, channelId: options.channelId, ...(request.messageId ? { messageId: request.messageId } : {}), ...as });
      } else {
        throw new HttpError(400, 'unknown kind');
      }
    } catch (error) {
      throw new HttpError(503, `The bot is not connected to the Discord stand-in: ${(error as Error).message}`);
    }
    const interaction = await acknowledged(sent.interactionId, discord.callbackWindowMs + 500);
    return { interactionId: sent.interactionId, acknowledged: interaction?.acknowledgedAt != null, callbackType: interaction?.callbackType ?? null, data: interaction?.callbackData ?? null };
  }

  function acknowledged(id: string, timeoutMs: number): Promise<ReturnType<FakeDiscord['interaction']>> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        stop();
        resolve(discord.interaction(id));
      };
      const stop = discord.onChange((event) => {
        if (event.kind === 'interaction-callback' && event.interaction.id === id) done();
      });
      const timer = setTimeout(done, timeoutMs);
      if (discord.interaction(id)?.acknowledgedAt != null) done();
    });
  }

  async function attachment(req: IncomingMessage, res: ServerResponse, messageId: string, attachmentId: string): Promise<void> {
    const file = discord.message(messageId)?.attachments.find((a) => a.id === attachmentId);
    if (!file) throw new HttpError(404, 'no such attachment');
    const range = byteRange(req.headers.range, file.data.length);
    const headers = { 'content-type': file.contentType, 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${file.data.length}` }).end();
    } else if (range) {
      res.writeHead(206, { ...headers, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${file.data.length}` });
      res.end(req.method === 'HEAD' ? undefined : file.data.subarray(range.start, range.end + 1));
    } else {
      res.writeHead(200, { ...headers, 'content-length': String(file.data.length) });
      res.end(req.method === 'HEAD' ? undefined : file.data);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const page = staticFiles[path];
    if (page && method === 'GET') {
      res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(await readFile(join(options.pageDir, page.file)));
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = /^\/attachments\/(\d+)\/(\d+)\/[^/]+$/.exec(path);
    if (file && (method === 'GET' || method === 'HEAD')) return attachment(req, res, file[1] ?? '', file[2] ?? '');
    if (path.startsWith('/api/')) await options.ready;
    if (path === '/api/state' && method === 'GET') return sendJson(res, 200, await state());
    if (path === '/api/events' && method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      feeds.add(res);
      req.on('close', () => feeds.delete(res));
      return;
    }
    if (path === '/api/interactions' && method === 'POST') return sendJson(res, 200, await interact(await readJson(req)));
    if (path === '/api/faults' && method === 'POST') {
      const parsed = faultSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'bad request');
      const faults = options.faults.set(parsed.data.name, parsed.data.on);
      broadcast('faults', faults);
      return sendJson(res, 200, faults);
    }
    if (path === '/api/locales' && method === 'POST') {
      const parsed = localeSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? 'bad request');
      const chosen = locales.set(parsed.data.memberId === undefined ? null : member(parsed.data.memberId).id, parsed.data.locale);
      broadcast('locales', chosen);
      return sendJson(res, 200, chosen);
    }
    throw new HttpError(404, 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      unsubscribe();
      clearInterval(balanceTimer);
      clearInterval(heartbeat);
      for (const feed of feeds) feed.end();
      feeds.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body must be JSON');
  }
}
