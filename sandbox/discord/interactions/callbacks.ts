// POST /interactions/:id/:token/callback: the bot's one answer to an interaction within the
// callback window (3 s) — a reply (4), a deferred reply (5), a deferred or immediate update of the
// component's message (6, 7), autocomplete choices (8) or a modal (9, with Discord's modal limits);
// `with_response` answers. Later answers with the token are webhooks.ts. New callback types
// (premium required, launch activity) go here.
import { dmChannelFor } from '../guilds.ts';
import { messageJson } from '../json.ts';
import { MESSAGE_FLAGS, messageProblem, uploadProblem, type Messages } from '../messages.ts';
import { apiError, invalidFormBody, isRecord, type Reply, type RequestContext, type Route } from '../rest/http.ts';
import type { DiscordState } from '../state.ts';
import type { DiscordSettings, FakeMessage } from '../types.ts';

export class InteractionCallbacks {
  readonly #state: DiscordState;
  readonly #messages: Messages;
  readonly #settings: Pick<DiscordSettings, 'callbackWindowMs'>;

  constructor(state: DiscordState, messages: Messages, settings: Pick<DiscordSettings, 'callbackWindowMs'>) {
    this.#state = state;
    this.#messages = messages;
    this.#settings = settings;
  }

  routes(): Route[] {
    return [{ methods: ['POST'], path: /^\/interactions\/(\d+)\/([^/]+)\/callback$/, auth: 'open', handle: (ctx, m) => this.#callback(m[1] ?? '', m[2] ?? '', ctx) }];
  }

  #callback(id: string, token: string, ctx: RequestContext): Reply {
    const state = this.#state;
    if (state.expiredTokens.has(token)) return apiError(401, 50027, 'Invalid Webhook Token');
    const interaction = state.interactions.get(id);
    if (!interaction || interaction.token !== token) return apiError(404, 10062, 'Unknown interaction');
    if (interaction.acknowledgedAt !== null) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - interaction.dispatchedAt > this.#settings.callbackWindowMs) return apiError(404, 10062, 'Unknown interaction');
    const body = isRecord(ctx.json) ? ctx.json : {};
    const type = typeof body.type === 'number' ? body.type : NaN;
    const data = isRecord(body.data) ? body.data : {};
    if (![4, 5, 6, 7, 8, 9].includes(type)) return invalidFormBody('type', 'BASE_TYPE_CHOICES', `Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12).`);

    if (type === 9) {
      const refusal = modalProblem(data);
      if (refusal) return refusal;
    }
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    const ephemeral = (flags & MESSAGE_FLAGS.ephemeral) !== 0;
    let message: FakeMessage | undefined;
    if (type === 4 || type === 5) {
      const channel = state.channels.get(interaction.channelId) ?? dmChannelFor(state, interaction.user.id);
      if (type === 4) {
        const refusal = messageProblem(data, ctx.files.length, true) ?? uploadProblem(ctx.files, interaction.attachmentSizeLimit);
        if (refusal) return refusal;
      }
      message = this.#messages.create(channel, type === 4 ? data : {}, type === 4 ? ctx.files : [], {
        type: 20,
        flags: (ephemeral ? MESSAGE_FLAGS.ephemeral : 0) | (type === 5 ? MESSAGE_FLAGS.loading : 0),
        interactionId: interaction.id,
        reference: null,
      });
      if (type === 5) message.payloads = [];
      interaction.originalMessageId = message.id;
    } else if ((type === 6 || type === 7) && interaction.messageId) {
      // After a deferred update, @original is the message that carries the component.
      interaction.originalMessageId = interaction.messageId;
    }
    if (type === 7 && interaction.messageId) {
      // Updates the message that carries the pressed component.
      const target = state.messages.get(interaction.messageId);
      if (target) {
        const refusal = messageProblem(data, ctx.files.length, false) ?? this.#messages.edit(target, data, ctx.files);
        if (refusal) return refusal;
      }
    }
    interaction.acknowledgedAt = Date.now();
    interaction.callbackType = type;
    interaction.callbackData = body.data;
    interaction.ephemeral = ephemeral;
    state.emit({ kind: 'interaction-callback', interaction });

    if (ctx.query.with_response !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: type === 5,
                response_message_ephemeral: ephemeral,
              }
            : {}),
        },
        resource: { type, ...(message ? { message: messageJson(state, message) } : {}) },
      },
    };
  }
}

/** Discord's limits on a modal: title and labels ≤ 45, 1–5 rows, text input values ≤ 4000 and within max_length. */
function modalProblem(data: Record<string, unknown>): Reply | undefined {
  const title = typeof data.title === 'string' ? data.title : '';
  if (title.length < 1 || title.length > 45) return invalidFormBody('data.title', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  if (typeof data.custom_id !== 'string' || data.custom_id.length > 100) return invalidFormBody('data.custom_id', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  const rows = Array.isArray(data.components) ? data.components : [];
  if (rows.length < 1 || rows.length > 5) return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  for (const row of rows) {
    const inputs = isRecord(row) && Array.isArray(row.components) ? row.components : [];
    for (const input of inputs) {
      if (!isRecord(input)) continue;
      const label = typeof input.label === 'string' ? input.label : '';
      const value = typeof input.value === 'string' ? input.value : '';
      const max = typeof input.max_length === 'number' ? input.max_length : 4000;
      if (label.length > 45) return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Label must be 45 or fewer in length.');
      if (max > 4000 || value.length > max) return invalidFormBody('data.components', 'BASE_TYPE_BAD_LENGTH', 'Value must be 4000 or fewer in length.');
    }
  }
  return undefined;
}
