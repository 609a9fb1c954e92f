import type { APIActionRowComponent, APIButtonComponent } from 'discord-api-types/v10';
import { echoPrompt } from '../jobs/statusView.ts';
import type { Challenge, ChallengeEntry } from './types.ts';

/** Message bodies of a challenge in Discord's REST shape. Untrusted text never pings anyone. */
export interface ChallengeMessage {
  content: string;
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: []; users?: string[] };
}

export const VOTE_PREFIX = 'challenge';

/** `challenge:vote:<n>:<job>` carries everything a press needs after a restart (the guild comes with the press). */
export const voteCustomId = (number: number, jobId: string): string => `${VOTE_PREFIX}:vote:${number}:${jobId}`;
export const submitCustomId = (jobId: string): string => `${VOTE_PREFIX}:submit:${jobId}`;

export const ts = (ms: number, style: 'R' | 'f'): string => `<t:${Math.floor(ms / 1000)}:${style}>`;

/** Titles and themes are admin text, but still never allowed to ping. */
const plain = (text: string): string => text.replace(/@/g, '@\u200b');

export function voteRow(challenge: Challenge, jobId: string, votes: number, closed: boolean): APIActionRowComponent<APIButtonComponent>[] {
  return [{ type: 1, components: [{ type: 2, style: closed ? 2 : 1, label: `Vote · ${votes}`, custom_id: voteCustomId(challenge.number, jobId), disabled: closed }] }];
}

export function announcement(c: Challenge): ChallengeMessage {
  const rules = [
    `• Enter up to ${c.maxEntries} of your own videos made with \`/sora\` in this server after now.`,
    `• Voting: ${c.voting === 'anyone' ? 'any member' : 'members who joined before the start'}; one vote per member per entry; not for your own entry.`,
  ];
  if (c.budget > 0) rules.push(`• \`/sora\` in <#${c.channelId}> is paid from this challenge's budget of ${c.budget} credits first, then from the server's credits.`);
  if (c.winnerRoleId) rules.push(`• The winner gets <@&${c.winnerRoleId}>.`);
  const lines = [
    `🏆 **Challenge #${c.number}: ${plain(c.title)}**`,
    `> ${plain(c.theme).replace(/\n/g, '\n> ')}`,
    '',
    ...rules,
    '',
    `Ends ${ts(c.endsAt, 'R')} (${ts(c.endsAt, 'f')}).`,
    `To enter: press **Submit to challenge** on your finished video, or use \`/challenge submit challenge:${c.number}\`.`,
  ];
  return { content: lines.join('\n').slice(0, 2000), allowed_mentions: { parse: [] } };
}

export function entryMessage(c: Challenge, entry: ChallengeEntry, job: { prompt: string; familyLabel: string }, link?: string): ChallengeMessage {
  const lines = [`🎬 Entry by <@${entry.memberId}> to **#${c.number} ${plain(c.title)}**`, `> ${echoPrompt(job.prompt).replace(/@/g, '@\u200b').replace(/\n/g, '\n> ')}`, `Model: ${job.familyLabel}`];
  if (link) lines.push(`The video is over this channel's upload limit: <${link.slice(0, 1500)}>`);
  return { content: lines.join('\n').slice(0, 2000), components: voteRow(c, entry.jobId, 0, false), allowed_mentions: { parse: [] } };
}

export const entryUrl = (c: Challenge, messageId: string): string => `https://discord.com/channels/${c.guildId}/${c.channelId}/${messageId}`;

/** Rank order: more votes first, ties to the earlier entry. */
export function rank(entries: ChallengeEntry[], votes: Map<string, number>): Array<{ entry: ChallengeEntry; votes: number }> {
  return entries.map((entry) => ({ entry, votes: votes.get(entry.jobId) ?? 0 })).sort((a, b) => b.votes - a.votes || a.entry.seq - b.entry.seq);
}

/** Discord's limit for a message's content. */
const CONTENT_MAX = 2000;

/**
 * The results post. The ranking is cut to fit Discord's 2,000 characters, never the congratulations
 * or the role note: the winners are always named (and pinged), however many entries there were.
 */
export function resultsMessage(c: Challenge, winners: string[], roleNote?: string): ChallengeMessage {
  const results = c.results ?? [];
  const head = `🏁 **Challenge #${c.number}: ${plain(c.title)}: results**`;
  const tail: string[] = [];
  if (winners.length > 0) tail.push('', `Congratulations ${winners.map((w) => `<@${w}>`).join(', ')}!`);
  if (roleNote) tail.push(roleNote);
  const ranked = results.map((r, i) => {
    const link = r.messageId ? ` · [entry](${entryUrl(c, r.messageId)})` : '';
    return `${i + 1}. <@${r.memberId}> · ${r.votes} vote${r.votes === 1 ? '' : 's'}${link}`;
  });
  if (ranked.length === 0) ranked.push('No entries.');
  const join = (list: string[], more: number) => [head, ...list, ...(more > 0 ? [`… and ${more} more entr${more === 1 ? 'y' : 'ies'}`] : []), ...tail].join('\n');
  let shown = ranked.length;
  while (shown > 0 && join(ranked.slice(0, shown), ranked.length - shown).length > CONTENT_MAX) shown -= 1;
  const content = join(ranked.slice(0, shown), ranked.length - shown).slice(0, CONTENT_MAX);
  return { content, allowed_mentions: { parse: [], users: winners } };
}

export function cancelledMessage(c: Challenge): ChallengeMessage {
  return { content: `Challenge #${c.number}: ${plain(c.title)} was cancelled.`, allowed_mentions: { parse: [] } };
}
