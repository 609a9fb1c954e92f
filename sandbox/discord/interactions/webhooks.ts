// The interaction token as a webhook, for 15 minutes: follow-ups (POST /webhooks/:app/:token) and
// the original reply or a follow-up by id (GET/PATCH/DELETE …/messages/@original|:id), with the
// interaction's upload limit; expired or revoked tokens answer 401/50027. The first answer within
// the callback window is callbacks.ts.
import { dmChannelFor } from '../guilds.ts';
import { messageJson } from '../json.ts';
import { MESSAGE_FLAGS, messageProblem, uploadProblem, type Messages } from '../messages.ts';
import { apiError, isRecord, methodNotAllowed, type Reply, type RequestContext, type Route } from '../rest/http.ts';
import type { DiscordState } from '../state.ts';
import type { DiscordSettings, FakeInteraction } from '../types.ts';

export class InteractionWebhooks {
  readonly #state: DiscordState;
  readonly #messages: Messages;
  readonly #settings: Pick<DiscordSettings, 'interactionTokenLifetimeMs'>;

  constructor(state: DiscordState, messages: Messages, settings: Pick<DiscordSettings, 'interactionTokenLifetimeMs'>) {
    this.#state = state;
    this.#messages = messages;
    this.#settings = settings;
  }

  routes(): Route[] {
    return [{ path: /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/, auth: 'open', handle: (ctx, m) => this.#route(m[1] ?? '', m[2] ?? '', m[3], ctx) }];
  }

  #route(applicationId: string, token: string, messageRef: string | undefined, ctx: RequestContext): Reply {
    const state = this.#state;
    if (applicationId !== state.applicationId) return apiError(404, 10015, 'Unknown Webhook');
    const interaction = state.interactionByToken.get(token);
    if (state.expiredTokens.has(token) || !interaction || Date.now() - interaction.dispatchedAt > this.#settings.interactionTokenLifetimeMs) {
      if (interaction) interaction.expired = true;
      return apiError(401, 50027, 'Invalid Webhook Token');
    }
    return messageRef === undefined ? this.#followUp(interaction, ctx) : this.#message(interaction, messageRef, ctx);
  }

  #followUp(interaction: FakeInteraction, ctx: RequestContext): Reply {
    const state = this.#state;
    const payload = isRecord(ctx.json) ? ctx.json : {};
    if (ctx.method !== 'POST') return methodNotAllowed();
    if (interaction.acknowledgedAt === null) return apiError(404, 10015, 'Unknown Webhook');
    const refusal = messageProblem(payload, ctx.files.length, true) ?? uploadProblem(ctx.files, interaction.attachmentSizeLimit);
    if (refusal) return refusal;
    const channel = state.channels.get(interaction.channelId) ?? dmChannelFor(state, interaction.user.id);
    const flags = typeof payload.flags === 'number' ? payload.flags & MESSAGE_FLAGS.ephemeral : 0;
    const message = this.#messages.create(channel, payload, ctx.files, { type: 20, flags, interactionId: interaction.id, reference: null });
    interaction.followUpIds.push(message.id);
    return ctx.query.wait === 'true' ? { status: 200, body: messageJson(state, message) } : { status: 204 };
  }

  #message(interaction: FakeInteraction, messageRef: string, ctx: RequestContext): Reply {
    const state = this.#state;
    const payload = isRecord(ctx.json) ? ctx.json : {};
    const messageId = messageRef === '@original' ? interaction.originalMessageId : messageRef;
    const belongs = messageId !== null && (messageId === interaction.originalMessageId || interaction.followUpIds.includes(messageId));
    const message = belongs ? state.messages.get(messageId) : undefined;
    if (!message || message.deleted) return apiError(404, 10008, 'Unknown Message');

    if (ctx.method === 'GET') return { status: 200, body: messageJson(state, message) };
    if (ctx.method === 'DELETE') {
      this.#messages.remove(message);
      return { status: 204 };
    }
    if (ctx.method === 'PATCH') {
      const refusal = messageProblem(payload, ctx.files.length, false) ?? uploadProblem(ctx.files, interaction.attachmentSizeLimit);
      if (refusal) return refusal;
      const emptied = this.#messages.edit(message, payload, ctx.files);
      if (emptied) return emptied;
      return { status: 200, body: messageJson(state, message) };
    }
    return methodNotAllowed();
  }
}
