// Messages and their attachments: creating, editing and deleting a message (whoever asks: the
// bot token's channel routes in rest/messages.ts, an interaction's callback or webhook in
// interactions/), Discord's limits on what a message may hold, replies to other messages, and the
// files an upload adds (stored on the CDN, cdn.ts). Reactions, pins or threads would go here.
import type { Cdn } from './cdn.ts';
import { apiError, invalidFormBody, isRecord, type Reply } from './rest/http.ts';
import { snowflake, type ChannelState, type DiscordState } from './state.ts';
import type { FakeAttachment, FakeMessage, FakeMessageReference, RecordedFile } from './types.ts';

export const MESSAGE_FLAGS = { ephemeral: 1 << 6, loading: 1 << 7, componentsV2: 1 << 15 } as const;

/** Ephemeral messages exist only for the interaction token; the bot token cannot see them. */
export function visibleToBotToken(message: FakeMessage): boolean {
  return (message.flags & MESSAGE_FLAGS.ephemeral) === 0;
}

/** Discord answers 413 when a request's files together exceed the upload limit. */
export function uploadProblem(files: RecordedFile[], limit: number): Reply | undefined {
  const total = files.reduce((sum, f) => sum + f.data.length, 0);
  return total > limit ? apiError(413, 40005, 'Request entity too large') : undefined;
}

export interface MessageOrigin {
  /** 0 default, 19 reply, 20 chat input command (interaction reply). */
  type: number;
  flags: number;
  interactionId: string | null;
  reference: FakeMessageReference | null;
}

export class Messages {
  readonly #state: DiscordState;
  readonly #cdn: Cdn;

  constructor(state: DiscordState, cdn: Cdn) {
    this.#state = state;
    this.#cdn = cdn;
  }

  create(channel: ChannelState, payload: Record<string, unknown>, files: RecordedFile[], extra: MessageOrigin): FakeMessage {
    const now = Date.now();
    const message: FakeMessage = {
      id: snowflake(),
      channelId: channel.id,
      guildId: channel.guildId,
      content: typeof payload.content === 'string' ? payload.content : '',
      embeds: Array.isArray(payload.embeds) ? payload.embeds : [],
      components: Array.isArray(payload.components) ? payload.components : [],
      attachments: [],
      flags: extra.flags,
      type: extra.type,
      messageReference: extra.reference,
      allowedMentions: payload.allowed_mentions,
      interactionId: extra.interactionId,
      createdAt: now,
      editedAt: null,
      deleted: false,
      payloads: [payload],
    };
    message.attachments = this.#attachments(channel.id, [], payload, files);
    this.#state.messages.set(message.id, message);
    const ids = this.#state.channelMessageIds.get(channel.id) ?? [];
    ids.push(message.id);
    this.#state.channelMessageIds.set(channel.id, ids);
    this.#state.emit({ kind: 'message-create', message });
    return message;
  }

  edit(message: FakeMessage, payload: Record<string, unknown>, files: RecordedFile[]): Reply | undefined {
    const wasLoading = (message.flags & MESSAGE_FLAGS.loading) !== 0;
    const next = {
      content: 'content' in payload ? (typeof payload.content === 'string' ? payload.content : '') : message.content,
      embeds: 'embeds' in payload ? (Array.isArray(payload.embeds) ? payload.embeds : []) : message.embeds,
      components: 'components' in payload ? (Array.isArray(payload.components) ? payload.components : []) : message.components,
      attachments: this.#attachments(message.channelId, message.attachments, payload, files),
    };
    const empty = !next.content && next.embeds.length === 0 && next.components.length === 0 && next.attachments.length === 0;
    if (empty) return apiError(400, 50006, 'Cannot send an empty message');
    Object.assign(message, next);
    if ('allowed_mentions' in payload) message.allowedMentions = payload.allowed_mentions;
    message.flags &= ~MESSAGE_FLAGS.loading;
    // The first edit of a deferred reply is its real content, not an edit a user would see as such.
    if (!wasLoading) message.editedAt = Date.now();
    message.payloads.push(payload);
    this.#state.emit({ kind: 'message-update', message });
    return undefined;
  }

  /** Deleted through REST, or by someone in Discord: later reads and edits get 404/10008. */
  remove(message: FakeMessage): void {
    message.deleted = true;
    this.#state.emit({ kind: 'message-delete', message });
  }

  /** A reply's `message_reference`: null when the payload has none, an error Reply when it names no message. */
  reference(payload: Record<string, unknown>, channel: ChannelState): FakeMessageReference | Reply | null {
    const ref = payload.message_reference;
    if (!isRecord(ref) || typeof ref.message_id !== 'string') return null;
    const channelId = typeof ref.channel_id === 'string' ? ref.channel_id : channel.id;
    const failIfNotExists = ref.fail_if_not_exists !== false;
    const target = this.#state.messages.get(ref.message_id);
    if ((!target || target.deleted || target.channelId !== channelId) && failIfNotExists) {
      return invalidFormBody('message_reference', 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
    }
    return { messageId: ref.message_id, channelId, guildId: channel.guildId, failIfNotExists };
  }

  /** Attachments after a create/edit: `attachments` in the payload lists what to keep and names new files. */
  #attachments(channelId: string, existing: FakeAttachment[], payload: Record<string, unknown>, files: RecordedFile[]): FakeAttachment[] {
    const byIndex = new Map<string, RecordedFile>();
    files.forEach((file, order) => {
      const index = /^files?\[(\d+)\]$/.exec(file.field)?.[1] ?? String(order);
      byIndex.set(index, file);
    });
    const used = new Set<RecordedFile>();
    const result: FakeAttachment[] = [];
    const add = (file: RecordedFile, meta: Record<string, unknown>): void => {
      used.add(file);
      const id = snowflake();
      const filename = typeof meta.filename === 'string' && meta.filename ? meta.filename : file.filename;
      const { url, proxyUrl } = this.#cdn.store(channelId, id, filename, file.data, file.contentType);
      result.push({
        id,
        filename,
        size: file.data.length,
        contentType: file.contentType,
        url,
        proxyUrl,
        data: file.data,
        ...(typeof meta.description === 'string' ? { description: meta.description } : {}),
      });
    };
    if (Array.isArray(payload.attachments)) {
      for (const entry of payload.attachments) {
        if (!isRecord(entry)) continue;
        const id = String(entry.id);
        const kept = existing.find((a) => a.id === id);
        const file = byIndex.get(id);
        if (kept) result.push(kept);
        else if (file && !used.has(file)) add(file, entry);
      }
    } else {
      result.push(...existing);
    }
    // Discord attaches uploaded files even when `attachments` does not mention them.
    for (const file of files) if (!used.has(file)) add(file, {});
    return result;
  }
}

/** Discord's own refusals for a message create/edit payload; undefined when acceptable. */
export function messageProblem(payload: Record<string, unknown>, fileCount: number, creating: boolean): Reply | undefined {
  const content = typeof payload.content === 'string' ? payload.content : '';
  if (content.length > 2000) return invalidFormBody('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  const embeds = Array.isArray(payload.embeds) ? payload.embeds : [];
  if (embeds.length > 10) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let embedChars = 0;
  for (const embed of embeds) {
    if (!isRecord(embed)) continue;
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const title = text(embed.title);
    const description = text(embed.description);
    if (title.length > 256) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed title must be 256 or fewer in length.');
    if (description.length > 4096) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed description must be 4096 or fewer in length.');
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed fields must be 25 or fewer in length.');
    embedChars += title.length + description.length;
    for (const field of fields) {
      if (!isRecord(field)) continue;
      if (text(field.name).length > 256 || text(field.value).length > 1024) {
        return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed field name ≤ 256 and value ≤ 1024.');
      }
      embedChars += text(field.name).length + text(field.value).length;
    }
    if (isRecord(embed.footer)) embedChars += text(embed.footer.text).length;
    if (isRecord(embed.author)) embedChars += text(embed.author.name).length;
  }
  if (embedChars > 6000) return invalidFormBody('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  const flags = typeof payload.flags === 'number' ? payload.flags : 0;
  const components = Array.isArray(payload.components) ? payload.components : [];
  if ((flags & MESSAGE_FLAGS.componentsV2) === 0) {
    if (components.length > 5) return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    for (const row of components) {
      const children = isRecord(row) && Array.isArray(row.components) ? row.components : [];
      if (children.length > 5) return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
      for (const child of children) {
        if (isRecord(child) && typeof child.custom_id === 'string' && child.custom_id.length > 100) {
          return invalidFormBody('components', 'BASE_TYPE_MAX_LENGTH', 'custom_id must be 100 or fewer in length.');
        }
      }
    }
  }
  const attachmentCount = Math.max(fileCount, Array.isArray(payload.attachments) ? payload.attachments.length : 0);
  if (attachmentCount > 10) return invalidFormBody('attachments', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  const hasBody = content.length > 0 || embeds.length > 0 || components.length > 0 || fileCount > 0 || payload.sticker_ids !== undefined || payload.poll !== undefined;
  if (creating && !hasBody) return apiError(400, 50006, 'Cannot send an empty message');
  return undefined;
}
