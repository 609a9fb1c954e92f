import type { FakeMessage } from './discord.ts';
import { MESSAGE_FLAGS } from './discord.ts';

/** A message as the page draws it: Discord's fields, plus who may see it and local attachment URLs. */
export interface MessageView {
  id: string;
  channelId: string;
  /** 'channel' for the server's channel, 'dm' for a direct message to `audience`. */
  place: 'channel' | 'dm';
  /** Ephemeral messages and DMs: the one member who sees it; null = everyone in the channel. */
  audience: string | null;
  ephemeral: boolean;
  /** A deferred reply not yet edited: Discord shows "<bot> is thinking…". */
  loading: boolean;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: Array<{ id: string; filename: string; contentType: string; size: number; url: string }>;
  /** "<member> used /sora" (or "a button", "a form") above an interaction reply. */
  usedBy: { id: string; username: string; command: string } | null;
  replyTo: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  /**
   * Names of the channels (`<#id>`) and roles (`<@&id>`) the message mentions, as the reader's Discord
   * client knows them; an id it does not know is left out (the page shows `#unknown`, `@unknown-role`).
   */
  mentions: { channels: Record<string, string>; roles: Record<string, string> };
}

/** The names Discord's client would show for mentioned channels and roles. */
export interface MentionLookup {
  channel(id: string): string | undefined;
  role(id: string): string | undefined;
}

const noNames: MentionLookup = { channel: () => undefined, role: () => undefined };

export interface InteractionInfo {
  user: { id: string; username: string };
  commandName: string;
  type: number;
}

export function messageView(message: FakeMessage, interaction: InteractionInfo | undefined, dmRecipient: string | null, lookup: MentionLookup = noNames): MessageView {
  const ephemeral = (message.flags & MESSAGE_FLAGS.ephemeral) !== 0;
  return {
    id: message.id,
    channelId: message.channelId,
    place: message.guildId === null ? 'dm' : 'channel',
    audience: message.guildId === null ? dmRecipient : ephemeral ? (interaction?.user.id ?? null) : null,
    ephemeral,
    loading: (message.flags & MESSAGE_FLAGS.loading) !== 0,
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    attachments: message.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      url: `/attachments/${message.id}/${a.id}/${encodeURIComponent(a.filename)}`,
    })),
    usedBy: interaction ? { id: interaction.user.id, username: interaction.user.username, command: usedWhat(interaction) } : null,
    replyTo: message.messageReference?.messageId ?? null,
    createdAt: message.createdAt,
    editedAt: message.editedAt,
    deleted: message.deleted,
    mentions: mentionNames(message, lookup),
  };
}

/** Looks up every `<#id>` and `<@&id>` in the content, embeds and components (Components V2 text included). */
function mentionNames(message: Pick<FakeMessage, 'content' | 'embeds' | 'components'>, lookup: MentionLookup): MessageView['mentions'] {
  const text = JSON.stringify([message.content, message.embeds, message.components]);
  const names = (pattern: RegExp, name: (id: string) => string | undefined): Record<string, string> =>
    Object.fromEntries([...text.matchAll(pattern)].flatMap(([, id = '']) => {
      const found = name(id);
      return found === undefined ? [] : [[id, found]];
    }));
  return { channels: names(/<#(\d+)>/g, (id) => lookup.channel(id)), roles: names(/<@&(\d+)>/g, (id) => lookup.role(id)) };
}

/** The byte range a `Range: bytes=a-b` header asks for, or undefined for the whole file. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(size - 1, Number(m[2]));
  }
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

function usedWhat(interaction: InteractionInfo): string {
  if (interaction.type === 2) return `/${interaction.commandName}`;
  return interaction.type === 3 ? 'a button' : 'a form';
}
