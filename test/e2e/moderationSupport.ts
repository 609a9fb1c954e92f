import { FAKE_PERMISSION_BITS, FAKE_PERMISSIONS, MESSAGE_FLAGS, snowflake, type FakeMessage, type FakeUser, type SendCommandOptions, type SentInteraction } from '../../sandbox/discord.ts';
import type { ModerationRecord } from '../../src/services/moderation/types.ts';
import { until } from '../support/wait.ts';
import type { World } from './world.ts';

/** Option types of the fake's command options: string, boolean, user, channel. */
const typeOf = (name: string, value: unknown): number => (typeof value === 'boolean' ? 5 : name === 'member' ? 6 : name === 'channel' ? 7 : 3);

/** A moderator: Manage Messages on top of an ordinary member's bits. */
export const MODERATOR = (BigInt(FAKE_PERMISSIONS.member) | FAKE_PERMISSION_BITS.manageMessages).toString();

/** Helpers for `/moderation`, its review log and the prompts it judges, on one world. */
export function moderationDriver(world: World) {
  return {
    /** `/moderation <sub> option:value…` as a server admin. */
    moderation(sub: string, values: Record<string, string | boolean> = {}, extra: Partial<SendCommandOptions> = {}) {
      const options = Object.entries(values).map(([name, value]) => ({ name, type: typeOf(name, value), value }));
      return world.discord.sendCommand({ name: 'moderation', guildId: world.guildId, user: world.admin, memberPermissions: FAKE_PERMISSIONS.admin, options: [{ name: sub, type: 1, options }], ...extra });
    },
    /** A new text channel of the world's guild. */
    channel(): string {
      const id = snowflake();
      world.discord.addGuildChannel(world.guildId, id);
      return id;
    },
    /** The private answer to an interaction, however it was given (reply, deferred edit, follow-up). */
    async answer(sent: SentInteraction, timeoutMs = 10_000): Promise<string> {
      let content: string | undefined;
      await until(
        () => {
          const i = world.discord.interaction(sent.token);
          if (!i || i.callbackType === null) return false;
          const followUp = i.followUpIds.map((id) => world.discord.message(id)).find((m) => m && (m.flags & MESSAGE_FLAGS.ephemeral) !== 0);
          const original = world.discord.originalFor(sent.token);
          if (followUp) content = followUp.content;
          else if (i.callbackType === 4) content = (i.callbackData as { content?: string }).content ?? '';
          else if (original && i.ephemeral && (original.flags & MESSAGE_FLAGS.loading) === 0 && !original.deleted) content = original.content;
          return content !== undefined;
        },
        timeoutMs,
        'a private answer',
      );
      return content!;
    },
    /** What the bot stored for the server (its moderation record). */
    async record(): Promise<ModerationRecord | undefined> {
      return world.app.store.collection<ModerationRecord>('moderation').get(`g:${world.guildId}`);
    },
    /** Messages in a channel that `predicate` picks, once there are `count` of them. */
    async messagesIn(channelId: string, predicate: (m: FakeMessage) => boolean, count: number, timeoutMs = 10_000): Promise<FakeMessage[]> {
      let found: FakeMessage[] = [];
      await until(
        () => {
          found = world.discord.channelMessages(channelId).filter(predicate);
          return found.length >= count;
        },
        timeoutMs,
        `${count} matching messages in the channel`,
      );
      return found;
    },
    press(message: FakeMessage, label: string, user: FakeUser, memberPermissions: string = FAKE_PERMISSIONS.member) {
      const button = (message.components as Array<{ components?: Array<{ label?: string; custom_id?: string }> }>).flatMap((r) => r.components ?? []).find((b) => b.label === label);
      if (!button?.custom_id) throw new Error(`no "${label}" button on the message`);
      return world.discord.sendComponent({ customId: button.custom_id, messageId: message.id, guildId: world.guildId, user, memberPermissions });
    },
  };
}
