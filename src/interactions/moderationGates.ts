import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import { VOTE_PREFIX } from '../services/challenges/messages.ts';
import type { Attempt, Gate } from './gates.ts';

/** The result buttons' custom-id prefix (components/result.ts; gates cannot import components). */
const RESULT = 'result';

/** `/sora`, every result button and form, and entering a challenge (command or button). */
const usesTheBot = (a: Attempt): boolean =>
  (a.kind === 'command' && (a.name === 'sora' || (a.name === 'challenge' && a.action === 'submit'))) ||
  (a.kind === 'component' && (a.name === RESULT || (a.name === VOTE_PREFIX && a.action === 'submit')));

/** What starts a video in the channel it is used in: `/sora`, Again, Remix (button and form). */
const makesAVideo = (a: Attempt): boolean => (a.kind === 'command' && a.name === 'sora') || (a.kind === 'component' && a.name === RESULT && (a.action === 'again' || a.action === 'remix'));

/** A member blocked with `/moderation block` (or the review log's Block member) is refused, nothing held. */
export const blockedGate: Gate = async (attempt, context) => {
  const guildId = attempt.interaction.guildId;
  if (!context.moderation || !guildId || !usesTheBot(attempt)) return;
  if (await context.moderation.rules.isBlocked(guildId, attempt.interaction.user.id)) throw new UserError(message('moderation.rules.blocked'));
};

/** `/moderation channels allow:…`: videos are made only there, and in the channel of an open challenge. */
export const channelGate: Gate = async (attempt, context) => {
  const { guildId, channelId } = attempt.interaction;
  if (!context.moderation || !guildId || !channelId || !makesAVideo(attempt)) return;
  const allowed = (await context.moderation.rules.view(guildId)).record.channels;
  if (allowed === undefined || allowed.includes(channelId)) return;
  const open = (await context.challenges.list(guildId)).filter((c) => c.state === 'open');
  if (open.some((c) => c.channelId === channelId)) return;
  const where = allowed.length > 0 ? { or: allowed.map((id) => `<#${id}>`) } : message('moderation.channels.none');
  const challenges = open.length > 0 ? message('moderation.rules.challengeChannels', { channels: open.map((c) => `<#${c.channelId}>`).join(', ') }) : '';
  throw new UserError(message('moderation.rules.channels', { where, challenges }));
};
