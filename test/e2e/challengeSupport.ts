import { FAKE_PERMISSIONS, MESSAGE_FLAGS, type FakeMessage, type FakeUser, type SendCommandOptions, type SentInteraction } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import type { World } from './world.ts';

/** Helpers for driving /challenge and its buttons through the fake Discord. */
export function challengeDriver(world: World) {
  const channelId = world.discord.channelIdOf();
  const publicMessages = () => world.discord.channelMessages(channelId).filter((m) => (m.flags & MESSAGE_FLAGS.ephemeral) === 0);
  const user = (n: number): FakeUser => ({ id: `5000000000000000${String(n).padStart(2, '0')}`, username: `user${n}` });

  return {
    channelId,
    user,
    publicMessages,
    challenge(sub: string, values: Record<string, string | number> = {}, extra: Partial<SendCommandOptions> = {}) {
      const options = Object.entries(values).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : name === 'channel' ? 7 : name === 'winner_role' ? 8 : 3, value }));
      return world.discord.sendCommand({ name: 'challenge', guildId: world.guildId, user: world.admin, memberPermissions: FAKE_PERMISSIONS.admin, options: [{ name: sub, type: 1, options }], ...extra });
    },
    /** The private (or deferred-then-edited) answer to an interaction. */
    async answer(sent: SentInteraction, timeoutMs = 10_000): Promise<string> {
      let content: string | undefined;
      await until(
        () => {
          const i = world.discord.interaction(sent.token);
          if (!i || i.callbackType === null) return false;
          if (i.callbackType === 4) content = (i.callbackData as { content?: string }).content ?? '';
          else {
            const original = world.discord.originalFor(sent.token);
            const followUp = i.followUpIds.map((id) => world.discord.message(id)).find(Boolean);
            if (followUp) content = followUp.content;
            else if (original && (original.flags & MESSAGE_FLAGS.loading) === 0 && !original.deleted) content = original.content;
          }
          return content !== undefined;
        },
        timeoutMs,
        'an answer',
      );
      return content!;
    },
    isPrivate(sent: SentInteraction): boolean {
      return world.discord.interaction(sent.token)!.ephemeral;
    },
    async videoOf(sent: SentInteraction): Promise<FakeMessage> {
      let video: FakeMessage | undefined;
      await until(() => {
        video = world.discord.originalFor(sent.token);
        return video?.attachments.some((a) => a.filename.endsWith('.mp4')) === true;
      }, 15_000, 'the video');
      return video!;
    },
    jobIdOf(message: FakeMessage): string {
      return /job ([a-z0-9]+)/.exec(JSON.stringify(message.embeds))![1]!;
    },
    customIds(message: FakeMessage): string[] {
      return [...JSON.stringify(message.components).matchAll(/"custom_id":"([^"]+)"/g)].map((m) => m[1]!);
    },
    label(message: FakeMessage): string {
      return /"label":"(Vote[^"]*)"/.exec(JSON.stringify(message.components))?.[1] ?? '';
    },
    press(message: FakeMessage, customId: string, presser: FakeUser, extra: Partial<SendCommandOptions> = {}) {
      return world.discord.sendComponent({ customId, messageId: message.id, user: presser, guildId: world.guildId, ...extra });
    },
  };
}
