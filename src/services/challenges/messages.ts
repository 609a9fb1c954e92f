import type { APIActionRowComponent, APIButtonComponent } from 'discord-api-types/v10';
import { formatNumber, isMessage, message, render, SOURCE_LOCALE, translator, type Message, type Param, type T } from '../../i18n/index.ts';
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

/** The challenge's own language: its public posts speak the server's language of when it started. */
export const challengeT = (c: Pick<Challenge, 'locale'>): T => translator(c.locale ?? SOURCE_LOCALE);

/** Titles and themes are admin text, but still never allowed to ping. */
const plain = (text: string): string => text.replace(/@/g, '@\u200b');

/** "a, b, c" as a message param, said in the language it is rendered in (items may be messages). */
export function listOf(items: ReadonlyArray<string | Message>): Param {
  const [first = '', ...rest] = items;
  return rest.length === 0 ? first : message('challenges.posts.list', { first, rest: listOf(rest) });
}

/** A role note kept with the challenge, in `t`'s language (notes from earlier versions are English text). */
const noteText = (note: string | Message, t: T): string => (isMessage(note) ? render(note, t) : note);

export function voteRow(challenge: Challenge, jobId: string, votes: number, closed: boolean): APIActionRowComponent<APIButtonComponent>[] {
  const t = challengeT(challenge);
  const label = t('challenges.posts.vote', { votes: formatNumber(t.locale, votes) });
  return [{ type: 1, components: [{ type: 2, style: closed ? 2 : 1, label, custom_id: voteCustomId(challenge.number, jobId), disabled: closed }] }];
}

export function announcement(c: Challenge): ChallengeMessage {
  const t = challengeT(c);
  const rules = [
    t('challenges.posts.announcement.entries', { count: c.maxEntries }),
    t(c.voting === 'anyone' ? 'challenges.posts.announcement.votingAnyone' : 'challenges.posts.announcement.votingMembersBeforeStart'),
  ];
  if (c.budget > 0) rules.push(t('challenges.posts.announcement.budget', { channelId: c.channelId, budget: formatNumber(t.locale, c.budget) }));
  if (c.winnerRoleId) rules.push(t('challenges.posts.announcement.winnerRole', { roleId: c.winnerRoleId }));
  const lines = [
    t('challenges.posts.announcement.head', { number: c.number, title: plain(c.title) }),
    `> ${plain(c.theme).replace(/\n/g, '\n> ')}`,
    '',
    ...rules,
    '',
    t('challenges.posts.announcement.ends', { relative: ts(c.endsAt, 'R'), date: ts(c.endsAt, 'f') }),
    t('challenges.posts.announcement.howToEnter', { button: t('challenges.posts.submitButton'), number: c.number }),
  ];
  return { content: lines.join('\n').slice(0, 2000), allowed_mentions: { parse: [] } };
}

export function entryMessage(c: Challenge, entry: ChallengeEntry, job: { prompt: string; familyLabel: string }, link?: string): ChallengeMessage {
  const t = challengeT(c);
  const lines = [
    t('challenges.posts.entry.head', { memberId: entry.memberId, number: c.number, title: plain(c.title) }),
    `> ${echoPrompt(job.prompt).replace(/@/g, '@\u200b').replace(/\n/g, '\n> ')}`,
    t('challenges.posts.entry.model', { model: job.familyLabel }),
  ];
  if (link) lines.push(t('challenges.posts.entry.overLimit', { url: link.slice(0, 1500) }));
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
export function resultsMessage(c: Challenge, winners: string[], roleNote?: string | Message): ChallengeMessage {
  const t = challengeT(c);
  const n = (value: number) => formatNumber(t.locale, value);
  const results = c.results ?? [];
  const head = t('challenges.posts.results.head', { number: c.number, title: plain(c.title) });
  const tail: string[] = [];
  if (winners.length > 0) tail.push('', t('challenges.posts.results.congratulations', { winners: listText(winners.map((w) => `<@${w}>`), t) }));
  if (roleNote) tail.push(noteText(roleNote, t));
  const ranked = results.map((r, i) => {
    const link = r.messageId ? t('challenges.posts.results.entryLink', { url: entryUrl(c, r.messageId) }) : '';
    return t('challenges.posts.results.line', { count: r.votes, rank: i + 1, memberId: r.memberId, votes: n(r.votes), link });
  });
  if (ranked.length === 0) ranked.push(t('challenges.posts.results.none'));
  const join = (list: string[], more: number) => [head, ...list, ...(more > 0 ? [t('challenges.posts.results.more', { count: more, n: n(more) })] : []), ...tail].join('\n');
  let shown = ranked.length;
  while (shown > 0 && join(ranked.slice(0, shown), ranked.length - shown).length > CONTENT_MAX) shown -= 1;
  const content = join(ranked.slice(0, shown), ranked.length - shown).slice(0, CONTENT_MAX);
  return { content, allowed_mentions: { parse: [], users: winners } };
}

/** "a, b, c" in `t`'s language. */
export function listText(items: readonly string[], t: T): string {
  const list = listOf(items);
  return typeof list === 'string' ? list : render(list as Message, t);
}

export function cancelledMessage(c: Challenge): ChallengeMessage {
  return { content: challengeT(c)('challenges.posts.cancelled', { number: c.number, title: plain(c.title) }), allowed_mentions: { parse: [] } };
}
