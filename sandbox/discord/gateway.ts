// The gateway: the WebSocket discord.js logs in to. HELLO, heartbeats, IDENTIFY (one session per
// shard, READY + a GUILD_CREATE per guild of that shard), RESUME with replay, op 9 invalid session,
// dropped connections, and dispatching events to the shard that owns a guild; plus GET /gateway and
// /gateway/bot. New gateway events (AutoMod actions, member updates) are sent with `dispatch`
// from the module that owns their resource; what READY or GUILD_CREATE carry is built in json.ts.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket, type RawData, type WebSocketServer } from 'ws';
import { guildJson, userJson } from './json.ts';
import { flattenHeaders, isRecord, type Route } from './rest/http.ts';
import type { Connection, DiscordState, Session } from './state.ts';
import type { SyntheticGuilds } from './synthetic.ts';
import type { DiscordSettings, GatewayEvent } from './types.ts';

/** The shard Discord sends a guild's events to: (guild_id >> 22) % shard count. DMs go to shard 0. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The session that receives a guild's events (shard 0 for DMs); the latest IDENTIFY wins. */
export function sessionFor(state: DiscordState, guildId: string | null): Session | undefined {
  let found: Session | undefined;
  for (const session of state.sessions.values()) {
    const shard = guildId === null ? 0 : shardOf(guildId, session.shardCount);
    if (session.shard === shard) found = session;
  }
  return found;
}

/** A session whose connection has IDENTIFYed or RESUMEd, i.e. receives events. */
export function isLive(session: Session | undefined): boolean {
  const state = session?.current?.state;
  return state === 'identified' || state === 'resumed';
}

type GatewaySettings = Pick<DiscordSettings, 'heartbeatIntervalMs' | 'recommendedShards' | 'maxConcurrency'>;

export class Gateway {
  readonly #state: DiscordState;
  readonly #settings: GatewaySettings;
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #synthetic: SyntheticGuilds | undefined;
  #closed = false;

  constructor(state: DiscordState, settings: GatewaySettings, wss: WebSocketServer, synthetic?: SyntheticGuilds) {
    this.#state = state;
    this.#settings = settings;
    this.#wss = wss;
    this.#synthetic = synthetic;
    wss.on('connection', (socket, req) => this.#onSocket(socket, req));
  }

  routes(): Route[] {
    const state = this.#state;
    return [
      { methods: ['GET'], path: /^\/gateway$/, auth: 'open', handle: () => ({ status: 200, body: { url: state.gatewayUrl } }) },
      {
        methods: ['GET'],
        path: /^\/gateway\/bot$/,
        auth: 'bot',
        handle: () => ({
          status: 200,
          body: {
            url: state.gatewayUrl,
            shards: this.#settings.recommendedShards,
            session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: this.#settings.maxConcurrency },
          },
        }),
      },
    ];
  }

  /**
   * Sends a dispatch on the session of the shard it belongs to: a guild's events (GUILD_CREATE's
   * `id`, else `guild_id`) on (guild_id >> 22) % shard count, anything else on shard 0. With no live
   * connection (dropped), it is kept in the session and replayed on RESUME, as Discord does.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = isRecord(d) ? (t === 'GUILD_CREATE' ? d.id : d.guild_id) : undefined;
    const session = sessionFor(this.#state, typeof guildId === 'string' ? guildId : null);
    if (!session) throw new Error('FakeDiscord: no gateway session');
    this.#dispatchOn(session, t, d);
  }

  /**
   * Closes the bot's WebSocket. With the default code 4000 discord.js reconnects to
   * resume_gateway_url and RESUMEs; `resumable: false` answers that RESUME with op 9, which makes
   * discord.js IDENTIFY again (throttled by its identify limiter: about 5 s after the last one).
   */
  drop(options: { code?: number; resumable?: boolean; shard?: number }): void {
    const session = this.#state.sessions.get(options.shard ?? 0);
    if (!session) return;
    if (options.resumable === false) session.resumable = false;
    const connection = session.current;
    session.current = null;
    connection?.socket.close(options.code ?? 4000, 'fake: dropped');
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const connection of this.#connections) connection.socket.terminate();
    this.#connections.clear();
    for (const session of this.#state.sessions.values()) session.current = null;
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #dispatchOn(session: Session, t: string, d: unknown): void {
    this.#send(session, { op: 0, t, s: ++session.seq, d });
  }

  #send(session: Session, event: GatewayEvent): void {
    session.events.push(event);
    this.#state.dispatched.push(event);
    const connection = session.current;
    if (connection && connection.socket.readyState === WebSocket.OPEN) connection.socket.send(JSON.stringify(event));
  }

  #onSocket(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', this.#state.origin);
    const connection: Connection = {
      socket,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(req.headers),
      state: 'hello',
    };
    this.#connections.add(connection);
    socket.on('close', () => {
      this.#connections.delete(connection);
      for (const session of this.#state.sessions.values()) if (session.current === connection) session.current = null;
    });
    socket.on('error', () => undefined);
    socket.on('message', (raw: RawData) => this.#onMessage(connection, raw));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.#settings.heartbeatIntervalMs }, s: null, t: null }));
  }

  #onMessage(connection: Connection, raw: RawData): void {
    const body = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw as ArrayBuffer);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      payload = undefined;
    }
    const op = isRecord(payload) && typeof payload.op === 'number' ? payload.op : -1;
    this.#state.record({
      kind: 'gateway',
      method: 'WS',
      path: connection.path,
      query: connection.query,
      headers: connection.headers,
      json: payload,
      body,
      status: 0,
      op,
      at: Date.now(),
    });
    const d = isRecord(payload) ? payload.d : undefined;
    const close = (code: number, reason: string): void => connection.socket.close(code, reason);
    switch (op) {
      case 1:
        connection.socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        return;
      case 2: {
        if (!isRecord(d) || d.token !== this.#state.token) return close(4004, 'Authentication failed.');
        if (connection.state !== 'hello') return close(4005, 'Already authenticated.');
        const shard = d.shard === undefined ? [0, 1] : d.shard;
        if (!Array.isArray(shard) || shard.length !== 2 || !shard.every(Number.isInteger) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
          return close(4010, 'Invalid shard.');
        }
        this.#identify(connection, shard[0] as number, shard[1] as number, typeof d.intents === 'number' ? d.intents : 0);
        return;
      }
      case 6:
        if (!isRecord(d) || d.token !== this.#state.token) return close(4004, 'Authentication failed.');
        this.#resume(connection, d);
        return;
      case 3:
      case 4:
      case 8:
        if (connection.state === 'hello') close(4003, 'Not authenticated.');
        return;
      default:
        close(op === -1 ? 4002 : 4001, op === -1 ? 'Error while decoding payload.' : 'Unknown opcode.');
    }
  }

  #identify(connection: Connection, shard: number, shardCount: number, intents: number): void {
    const state = this.#state;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, events: [], resumable: true, intents, shard, shardCount, current: connection };
    state.sessions.set(shard, session);
    // Only the guilds of this shard: each guild's events reach one shard. Synthetic servers a test
    // materialized are sent with the other synthetic ones, once.
    const synthetic = this.#synthetic;
    const guilds = [...state.guilds.values()].filter((g) => shardOf(g.id, shardCount) === shard && synthetic?.indexOf(g.id) === undefined);
    const syntheticIds = synthetic ? [...synthetic.onShard(shard, shardCount)].map((i) => ({ id: synthetic.id(i), unavailable: true })) : [];
    this.#dispatchOn(session, 'READY', {
      v: 10,
      user: { ...userJson(state, state.botUser), bot: true, verified: true, mfa_enabled: false, email: null, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      guilds: [...guilds.map((g) => ({ id: g.id, unavailable: true })), ...syntheticIds],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${state.gatewayUrl}/resume`,
      shard: [shard, shardCount],
      application: { id: state.applicationId, flags: 0 },
      auth: {},
    });
    for (const guild of guilds) this.#dispatchOn(session, 'GUILD_CREATE', guildJson(state, guild));
    connection.state = 'identified';
    state.poke();
    if (synthetic) void this.#sendSynthetic(session, synthetic, shard, shardCount);
  }

  /**
   * The synthetic servers' GUILD_CREATEs, one after another as the client reads them (at most about
   * 1 MiB waiting in the socket), each built as it is sent: the session keeps a getter, not the
   * payload, so a RESUME replays the same server without the fake holding thousands of them.
   */
  async #sendSynthetic(session: Session, synthetic: SyntheticGuilds, shard: number, shardCount: number): Promise<void> {
    let sent = 0;
    for (const index of synthetic.onShard(shard, shardCount)) {
      if (this.#closed || this.#state.sessions.get(shard) !== session) return;
      this.#send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.seq, get d() { return synthetic.guildCreate(index); } });
      const socket = session.current?.socket;
      if (++sent % 50 === 0 || (socket && socket.bufferedAmount > 1 << 20)) {
        await new Promise((resolve) => setImmediate(resolve));
        while (!this.#closed && socket && socket.readyState === WebSocket.OPEN && socket.bufferedAmount > 1 << 20) await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
  }

  /** RESUME: replays what the session missed, or op 9 (not resumable) so the client IDENTIFYs again. */
  #resume(connection: Connection, d: Record<string, unknown>): void {
    const send = (message: unknown): void => connection.socket.send(JSON.stringify(message));
    const session = [...this.#state.sessions.values()].find((s) => s.id === d.session_id);
    if (!session || !session.resumable || typeof d.seq !== 'number') {
      send({ op: 9, d: false, s: null, t: null });
      return;
    }
    session.current = connection;
    connection.state = 'resumed';
    for (const event of session.events) if (event.s > d.seq) send(event);
    this.#dispatchOn(session, 'RESUMED', {});
    this.#state.poke();
  }
}
