// The bot token's message routes: GET/POST /channels/:id/messages and GET/PATCH/DELETE
// /channels/:id/messages/:id, with the channel upload limit, closed DMs (403/50007) and replies.
// What a message is and may hold is messages.ts; this module only answers the routes.
import { messageJson } from '../json.ts';
import { messageProblem, uploadProblem, visibleToBotToken, type Messages } from '../messages.ts';
import type { DiscordState } from '../state.ts';
import type { DiscordSettings, FakeMessage } from '../types.ts';
import { apiError, isRecord, methodNotAllowed, type Reply, type RequestContext, type Route } from './http.ts';

export class ChannelMessageRoutes {
  readonly #state: DiscordState;
  readonly #messages: Messages;
  readonly #settings: Pick<DiscordSettings, 'channelUploadLimit'>;

  constructor(state: DiscordState, messages: Messages, settings: Pick<DiscordSettings, 'channelUploadLimit'>) {
    this.#state = state;
    this.#messages = messages;
    this.#settings = settings;
  }

  routes(): Route[] {
    return [{ path: /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/, auth: 'bot', handle: (ctx, m) => this.#route(m[1] ?? '', m[2], ctx) }];
  }

  #route(channelId: string, messageId: string | undefined, ctx: RequestContext): Reply {
    const { method } = ctx;
    const state = this.#state;
    const channel = state.channels.get(channelId);
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    const payload = isRecord(ctx.json) ? ctx.json : {};
    const limit = this.#settings.channelUploadLimit;

    if (messageId === undefined) {
      if (method === 'GET') return { status: 200, body: state.channelMessages(channelId).filter(visibleToBotToken).reverse().map((msg) => messageJson(state, msg)) };
      if (method !== 'POST') return methodNotAllowed();
      if (channel.recipientId !== null && state.closedDms.has(channel.recipientId)) return apiError(403, 50007, 'Cannot send messages to this user');
      const refusal = messageProblem(payload, ctx.files.length, true) ?? uploadProblem(ctx.files, limit);
      if (refusal) return refusal;
      const reference = this.#messages.reference(payload, channel);
      if (reference !== null && 'status' in reference) return reference;
      // Discord: with enforce_nonce, a message with the same nonce from the bot in the last few
      // minutes is returned instead of a new one (a repeat after a crash posts nothing twice).
      const repeat = payload.enforce_nonce === true && (typeof payload.nonce === 'string' || typeof payload.nonce === 'number') ? this.#sameNonce(channelId, String(payload.nonce)) : undefined;
      if (repeat) return { status: 200, body: messageJson(state, repeat) };
      const flags = typeof payload.flags === 'number' ? payload.flags & ((1 << 2) | (1 << 12)) : 0;
      const message = this.#messages.create(channel, payload, ctx.files, { type: reference ? 19 : 0, flags, interactionId: null, reference });
      return { status: 200, body: messageJson(state, message) };
    }

    const message = state.messages.get(messageId);
    // Ephemeral messages exist only for the interaction token; the bot token cannot see them.
    if (!message || message.deleted || message.channelId !== channelId || !visibleToBotToken(message)) return apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: messageJson(state, message) };
    if (method === 'DELETE') {
      this.#messages.remove(message);
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const refusal = messageProblem(payload, ctx.files.length, false) ?? uploadProblem(ctx.files, limit);
      if (refusal) return refusal;
      const emptied = this.#messages.edit(message, payload, ctx.files);
      if (emptied) return emptied;
      return { status: 200, body: messageJson(state, message) };
    }
    return methodNotAllowed();
  }

  #sameNonce(channelId: string, nonce: string): FakeMessage | undefined {
    const since = Date.now() - NONCE_WINDOW_MS;
    return this.#state.channelMessages(channelId).find((m) => m.createdAt >= since && m.interactionId === null && String((m.payloads[0] as { nonce?: unknown }).nonce) === nonce);
  }
}

/** How long Discord remembers a nonce for enforce_nonce ("a few minutes"). */
const NONCE_WINDOW_MS = 5 * 60_000;
