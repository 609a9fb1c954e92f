// The bot's own servers: GET /users/@me/guilds (partial guilds, oldest first, `limit` ≤ 200 and
// `after`/`before` by id, as Discord pages them) and DELETE /users/@me/guilds/:g (the bot leaves:
// 204, then GUILD_DELETE on the guild's shard, and the guild is gone from the store).
import { isLive, sessionFor, type Gateway } from './gateway.ts';
import { apiError, type Route } from './rest/http.ts';
import type { DiscordState } from './state.ts';

export class UserGuilds {
  readonly #state: DiscordState;
  readonly #gateway: Gateway;

  constructor(state: DiscordState, gateway: Gateway) {
    this.#state = state;
    this.#gateway = gateway;
  }

  /** The bot leaves a server, as `DELETE /users/@me/guilds/:g` does. */
  leave(guildId: string): boolean {
    const state = this.#state;
    const guild = state.guilds.get(guildId);
    if (!guild) return false;
    // Sent while the guild still maps to its shard's session.
    const session = sessionFor(state, guildId);
    if (isLive(session)) this.#gateway.dispatch('GUILD_DELETE', { id: guildId });
    state.guilds.delete(guildId);
    state.leftGuilds.push(guildId);
    return true;
  }

  routes(): Route[] {
    const state = this.#state;
    return [
      {
        methods: ['GET'],
        path: /^\/users\/@me\/guilds$/,
        auth: 'bot',
        handle: (ctx) => {
          const limit = Math.min(200, Math.max(1, Number(ctx.query['limit'] ?? 200) || 200));
          const after = BigInt(ctx.query['after'] ?? '0');
          const before = ctx.query['before'] === undefined ? undefined : BigInt(ctx.query['before']);
          const guilds = [...state.guilds.values()]
            .filter((g) => BigInt(g.id) > after && (before === undefined || BigInt(g.id) < before))
            .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
            .slice(0, limit);
          return {
            status: 200,
            body: guilds.map((g) => ({ id: g.id, name: g.name, icon: null, banner: null, owner: false, permissions: '0', features: [] })),
          };
        },
      },
      {
        methods: ['DELETE'],
        path: /^\/users\/@me\/guilds\/(\d+)$/,
        auth: 'bot',
        handle: (_ctx, m) => (this.leave(m[1] ?? '') ? { status: 204 } : apiError(404, 10004, 'Unknown Guild')),
      },
    ];
  }
}
