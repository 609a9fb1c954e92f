import type { FakeMessage, FakeUser } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import type { World } from './world.ts';

/** Helpers for the result-button and /jobs tests: find messages, press buttons, read private answers. */

export const hasVideo = (m: FakeMessage) => m.attachments.some((a) => a.filename.endsWith('.mp4'));
export const textOf = (m: FakeMessage) => `${m.content}\n${JSON.stringify(m.embeds)}`;

export async function waitForMessage(world: World, predicate: (m: FakeMessage) => boolean, timeoutMs = 10_000): Promise<FakeMessage> {
  let found: FakeMessage | undefined;
  await until(
    () => {
      found = world.discord.channelMessages(world.discord.channelIdOf()).find(predicate);
      return found !== undefined;
    },
    timeoutMs,
    'a matching message',
  );
  return found!;
}

/** The reply an interaction made (its @original), once `predicate` holds for it. */
export async function replyOf(world: World, token: string, predicate: (m: FakeMessage) => boolean = () => true, timeoutMs = 10_000): Promise<FakeMessage> {
  let found: FakeMessage | undefined;
  await until(
    () => {
      const m = world.discord.originalFor(token);
      if (m && !m.deleted && predicate(m)) found = m;
      return found !== undefined;
    },
    timeoutMs,
    'the interaction reply',
  );
  return found!;
}

export interface ButtonJson {
  type: number;
  style: number;
  label?: string;
  custom_id?: string;
  url?: string;
}

export function buttonsOf(message: FakeMessage): ButtonJson[] {
  return (message.components as Array<{ components?: ButtonJson[] }>).flatMap((row) => row.components ?? []);
}

export function button(message: FakeMessage, label: string): ButtonJson {
  const found = buttonsOf(message).find((b) => b.label === label);
  if (!found) throw new Error(`no "${label}" button on the message; buttons: ${JSON.stringify(buttonsOf(message).map((b) => b.label))}`);
  return found;
}

export function press(world: World, message: FakeMessage, label: string, user: FakeUser, memberPermissions?: string) {
  return world.discord.sendComponent({ customId: button(message, label).custom_id!, messageId: message.id, guildId: world.guildId, user, ...(memberPermissions ? { memberPermissions } : {}) });
}

/** What the member alone saw: an ephemeral reply, an ephemeral edit of a deferred reply, or an ephemeral follow-up. */
export async function privateAnswer(world: World, token: string, timeoutMs = 10_000): Promise<string> {
  let text: string | undefined;
  await until(
    () => {
      const interaction = world.discord.interaction(token);
      if (!interaction) return false;
      for (const id of interaction.followUpIds) {
        const m = world.discord.message(id);
        if (m && (m.flags & 64) !== 0) text = m.content;
      }
      const original = world.discord.originalFor(token);
      if (text === undefined && original && (original.flags & 64) !== 0 && original.content) text = original.content;
      return text !== undefined;
    },
    timeoutMs,
    'a private answer',
  );
  return text!;
}

export const otherMember: FakeUser = { id: '400000000000000003', username: 'other' };
