import { failureText } from '../errors/index.ts';
import { formatNumber, type T } from '../i18n/index.ts';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import { customId } from './component.ts';
import type { InteractionContext } from './context.ts';
import type { CancelOutcome } from '../services/jobs/cancel.ts';
import { shortId, type Job, type JobState } from '../services/jobs/job.ts';
import { echoPrompt, headline } from '../services/jobs/statusView.ts';

/** Wording of `/jobs` replies, in the language of the member who asked (`t`): pure functions of stored jobs. */

export const JOBS_PREFIX = 'jobs';
export const PAGE_SIZE = 5;

const stateEmoji: Record<JobState | 'cancelled', string> = {
  queued: '⏳',
  creating: '⏳',
  running: '🎬',
  delivering: '📦',
  delivered: '✅',
  failed: '❌',
  notifying: '❌',
  cancelled: '🚫',
};

/** The state in words ("delivered"), without its emoji. */
function stateWord(job: Job, t: T): string {
  if (job.cancelledBy !== undefined) return t('history.state.cancelled');
  return t(`history.state.${job.state === 'notifying' ? 'failed' : job.state}`);
}

export function stateLabel(job: Job, t: T): string {
  return `${stateEmoji[job.cancelledBy !== undefined ? 'cancelled' : job.state]} ${stateWord(job, t)}`;
}

/** The private answer to a cancel, from `/jobs cancel` or the Cancel button of a queued reply. */
export function cancelAnswer(outcome: CancelOutcome, t: T): string {
  const id = `\`${shortId(outcome.job.id)}\``;
  switch (outcome.kind) {
    case 'cancelled':
      return t('history.cancel.cancelled', { id, refunded: formatNumber(t.locale, outcome.refunded) });
    case 'at-kie':
      return t('history.cancel.atKie', { id });
    case 'finished':
      return t('history.cancel.finished', { id, how: t(outcome.job.state === 'delivered' ? 'history.cancel.delivered' : 'history.cancel.failed') });
  }
}

export function costLabel(job: Job, t: T): string {
  const price = formatNumber(t.locale, job.price);
  if (job.state === 'delivered') return t('history.cost.paid', { price });
  if (job.state === 'failed' || job.state === 'notifying') return t('history.cost.refunded', { price });
  return t('history.cost.held', { price });
}

const unix = (ms: number) => Math.floor(ms / 1000);

export function messageLink(job: Job): string | undefined {
  if (!job.replyMessageId || job.resultDeletedAt !== undefined) return undefined;
  return `https://discord.com/channels/${job.guildId}/${job.channelId}/${job.replyMessageId}`;
}

/** One line of text a member typed, safe inside a list: no code fences, no line breaks, short. */
function promptSnippet(prompt: string, max: number): string {
  const flat = prompt.replace(/\s+/g, ' ').replace(/[`*_~|>]/g, '').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function listEmbed(jobs: Job[], page: number, total: number, whose: string, t: T): APIEmbed {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const lines = jobs.map((job) => {
    const link = messageLink(job);
    const parts = [`\`${shortId(job.id)}\``, stateLabel(job, t), job.familyLabel, t('jobs.headline.seconds', { n: job.duration }), costLabel(job, t), `<t:${unix(job.createdAt)}:R>`];
    if (link) parts.push(t('history.list.message', { link }));
    return `${parts.join(' · ')}\n> ${promptSnippet(job.prompt, 90)}`;
  });
  return {
    title: whose,
    description: lines.length > 0 ? lines.join('\n\n') : t('history.list.empty'),
    color: 0x5865f2,
    footer: { text: t('history.list.footer', { page: formatNumber(t.locale, page + 1), pages: formatNumber(t.locale, pages) }) },
  };
}

/** Previous / Next; the custom id carries whose list and which page, so it works after a restart. */
export function pageButtons(memberId: string, page: number, total: number, t: T): APIActionRowComponent<APIButtonComponent>[] {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('history.list.previous'), custom_id: customId(JOBS_PREFIX, 'page', memberId, String(page - 1)), disabled: page <= 0 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('history.list.next'), custom_id: customId(JOBS_PREFIX, 'page', memberId, String(page + 1)), disabled: page >= pages - 1 },
      ],
    },
  ];
}

export function detailEmbed(job: Job, t: T): APIEmbed {
  const fields = [
    { name: t('history.detail.job'), value: `\`${shortId(job.id)}\``, inline: true },
    { name: t('history.detail.state'), value: stateLabel(job, t), inline: true },
    { name: t('history.detail.cost'), value: costLabel(job, t), inline: true },
    { name: t('history.detail.madeBy'), value: `<@${job.memberId}>`, inline: true },
    { name: t('history.detail.started'), value: `<t:${unix(job.createdAt)}:f>`, inline: true },
  ];
  if (job.finishedAt !== undefined) fields.push({ name: t('history.detail.finished'), value: `<t:${unix(job.finishedAt)}:f>`, inline: true });
  const link = messageLink(job);
  if (link) fields.push({ name: t('history.detail.message'), value: t('history.detail.jump', { link }), inline: true });
  // Why it failed, in the member's language here (the public reply said it in the server's).
  if (job.failure) fields.push({ name: t('history.detail.whyFailed'), value: failureText(job.failure, t).slice(0, 1024), inline: false });
  return {
    title: headline(job, t),
    description: `> ${echoPrompt(job.prompt).replace(/\n/g, '\n> ')}`,
    color: job.state === 'delivered' ? 0x57f287 : job.state === 'failed' ? 0xed4245 : 0x5865f2,
    fields,
  };
}

/** An autocomplete choice: short id, state, model and the start of the prompt, within 100 characters. */
export function choiceName(job: Job, t: T): string {
  return t('history.choice', { id: shortId(job.id), state: stateWord(job, t), model: job.familyLabel, prompt: promptSnippet(job.prompt, 60) }).slice(0, 100);
}

/** The page of a member's list, as the reply body; shared by `/jobs list` and its page buttons. */
export async function listPage(context: InteractionContext, guildId: string, memberId: string, viewerId: string, page: number, t: T) {
  const { jobs, total } = await context.history.recent({ guildId, memberId }, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
  const whose = t(memberId === viewerId ? 'history.list.mine' : 'history.list.member');
  const embed = listEmbed(jobs, Math.max(0, page), total, whose, t);
  if (memberId !== viewerId) embed.description = `<@${memberId}>\n\n${embed.description ?? ''}`;
  return { embeds: [embed], components: pageButtons(memberId, Math.max(0, page), total, t), allowedMentions: { parse: [] } };
}
