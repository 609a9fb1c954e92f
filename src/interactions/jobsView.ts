import { failureText } from '../errors/index.ts';
import { SOURCE_LOCALE, translator } from '../i18n/index.ts';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import { customId } from './component.ts';
import type { InteractionContext } from './context.ts';
import type { CancelOutcome } from '../services/jobs/cancel.ts';
import { shortId, type Job, type JobState } from '../services/jobs/job.ts';
import { echoPrompt } from '../services/jobs/statusView.ts';

/** Wording of `/jobs` replies: pure functions of stored jobs. */

export const JOBS_PREFIX = 'jobs';
export const PAGE_SIZE = 5;

export function stateLabel(job: Job): string {
  const labels: Record<JobState, string> = {
    queued: '⏳ queued',
    creating: '⏳ sending to Kie',
    running: '🎬 generating at Kie',
    delivering: '📦 finishing',
    delivered: '✅ delivered',
    failed: '❌ failed',
    notifying: '❌ failed',
  };
  return job.cancelledBy !== undefined ? '🚫 cancelled' : labels[job.state];
}

/** The private answer to a cancel, from `/jobs cancel` or the Cancel button of a queued reply. */
export function cancelAnswer(outcome: CancelOutcome): string {
  const id = `\`${shortId(outcome.job.id)}\``;
  switch (outcome.kind) {
    case 'cancelled':
      return `Cancelled ${id} before it was sent to the video service. Its ${outcome.refunded} credits went back to the server’s balance, and its reply says so.`;
    case 'at-kie':
      return `${id} cannot be cancelled: it is already at the video service (Kie.ai), which cannot stop a task once it has it. It will finish and be charged, or fail and be refunded.`;
    case 'finished':
      return `${id} has already finished (${outcome.job.state === 'delivered' ? 'delivered' : 'failed, and was refunded'}); there is nothing to cancel.`;
  }
}

export function costLabel(job: Job): string {
  if (job.state === 'delivered') return `${job.price} credits`;
  if (job.state === 'failed' || job.state === 'notifying') return `0 credits (${job.price} refunded)`;
  return `${job.price} credits held`;
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

export function listEmbed(jobs: Job[], page: number, total: number, whose: string): APIEmbed {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const lines = jobs.map((job) => {
    const link = messageLink(job);
    const parts = [`\`${shortId(job.id)}\``, stateLabel(job), job.familyLabel, `${job.duration} s`, costLabel(job), `<t:${unix(job.createdAt)}:R>`];
    if (link) parts.push(`[message](${link})`);
    return `${parts.join(' · ')}\n> ${promptSnippet(job.prompt, 90)}`;
  });
  return {
    title: whose,
    description: lines.length > 0 ? lines.join('\n\n') : 'No videos yet. Make one with `/sora`.',
    color: 0x5865f2,
    footer: { text: `Page ${page + 1} of ${pages} · /jobs show id:… brings a video back · /jobs cancel id:… stops a queued one` },
  };
}

/** Previous / Next; the custom id carries whose list and which page, so it works after a restart. */
export function pageButtons(memberId: string, page: number, total: number): APIActionRowComponent<APIButtonComponent>[] {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Previous', custom_id: customId(JOBS_PREFIX, 'page', memberId, String(page - 1)), disabled: page <= 0 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next', custom_id: customId(JOBS_PREFIX, 'page', memberId, String(page + 1)), disabled: page >= pages - 1 },
      ],
    },
  ];
}

export function detailEmbed(job: Job): APIEmbed {
  const fields = [
    { name: 'Job', value: `\`${shortId(job.id)}\``, inline: true },
    { name: 'State', value: stateLabel(job), inline: true },
    { name: 'Cost', value: costLabel(job), inline: true },
    { name: 'Made by', value: `<@${job.memberId}>`, inline: true },
    { name: 'Started', value: `<t:${unix(job.createdAt)}:f>`, inline: true },
  ];
  if (job.finishedAt !== undefined) fields.push({ name: 'Finished', value: `<t:${unix(job.finishedAt)}:f>`, inline: true });
  const link = messageLink(job);
  if (link) fields.push({ name: 'Message', value: `[jump to it](${link})`, inline: true });
  if (job.failure) fields.push({ name: 'Why it failed', value: failureText(job.failure, translator(SOURCE_LOCALE)).slice(0, 1024), inline: false });
  const head = [job.familyLabel, `${job.duration} s`, job.aspect];
  if (job.quality === 'high') head.push('high quality');
  if (job.imageUrl) head.push('from image');
  return {
    title: head.join(' · '),
    description: `> ${echoPrompt(job.prompt).replace(/\n/g, '\n> ')}`,
    color: job.state === 'delivered' ? 0x57f287 : job.state === 'failed' ? 0xed4245 : 0x5865f2,
    fields,
  };
}

/** An autocomplete choice: short id, state, model and the start of the prompt, within 100 characters. */
export function choiceName(job: Job): string {
  return `${shortId(job.id)} · ${stateLabel(job).replace(/^\S+ /, '')} · ${job.familyLabel} · ${promptSnippet(job.prompt, 60)}`.slice(0, 100);
}

/** The page of a member's list, as the reply body; shared by `/jobs list` and its page buttons. */
export async function listPage(context: InteractionContext, guildId: string, memberId: string, viewerId: string, page: number) {
  const { jobs, total } = await context.history.recent({ guildId, memberId }, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
  const whose = memberId === viewerId ? 'Your recent videos' : 'Recent videos of a member';
  const embed = listEmbed(jobs, Math.max(0, page), total, whose);
  if (memberId !== viewerId) embed.description = `<@${memberId}>\n\n${embed.description ?? ''}`;
  return { embeds: [embed], components: pageButtons(memberId, Math.max(0, page), total), allowedMentions: { parse: [] } };
}
