import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import { shortId, type Job } from '../jobs/job.ts';
import { echoPrompt, jobT } from '../jobs/statusView.ts';
import { failureText } from '../../errors/index.ts';
import { formatNumber, message, render, translator, type Message, type T } from '../../i18n/index.ts';
import type { Refusal, Refused } from './service.ts';

/**
 * Wording of the review log (public: a job's entry in the job's language, a refusal's in the
 * server's language when it was refused) and of what a refusal names (said later, in the reader's).
 */

export const MODERATION_PREFIX = 'moderation';
/** `moderation:remove:<job>` and `moderation:block:<member>`: what a press needs after a restart. */
export const removeCustomId = (jobId: string): string => `${MODERATION_PREFIX}:remove:${jobId}`;
export const blockCustomId = (memberId: string): string => `${MODERATION_PREFIX}:block:${memberId}`;

export interface LogMessage {
  content: string;
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
}

/** Member text inside a quote: no pings (also refused by allowed_mentions), no breaking out of code. */
const quoted = (text: string): string => `> ${echoPrompt(text).replace(/@/g, '@\u200b').replace(/\n/g, '\n> ')}`;
const code = (pattern: string): string => `\`${pattern.replace(/`/g, 'ʼ').slice(0, 270)}\``;

/** "the server's blocked word `*cat*`" / "the AutoMod rule “Links” (regex `…`)". */
export function ruleWords(verdict: Refused): Message {
  const pattern = code(verdict.pattern);
  if (verdict.source === 'words') return message('moderation.rules.word', { pattern });
  const name = (verdict.ruleName ?? '').replace(/[`*_~|]/g, '');
  const rule = name === '' ? message('moderation.rules.unnamed') : name;
  return message(verdict.kind === 'regex' ? 'moderation.rules.automodRegex' : 'moderation.rules.automodKeyword', { rule, pattern });
}

const buttons = (parts: Array<{ label: string; id: string; style: ButtonStyle.Danger | ButtonStyle.Secondary; disabled?: boolean }>): LogMessage['components'] => [
  {
    type: ComponentType.ActionRow,
    components: parts.map((p) => ({ type: ComponentType.Button, style: p.style, label: p.label, custom_id: p.id, ...(p.disabled ? { disabled: true } : {}) })),
  },
];

/** A job entry's buttons, labelled in `t`'s language (the log channel's: the server's). */
export const logButtons = (job: Pick<Job, 'id' | 'memberId'>, t: T, removed = false): LogMessage['components'] =>
  buttons([
    { label: t('moderation.reviewLog.removeVideo'), id: removeCustomId(job.id), style: ButtonStyle.Danger, disabled: removed },
    { label: t('moderation.reviewLog.blockMember'), id: blockCustomId(job.memberId), style: ButtonStyle.Secondary },
  ]);

const resultLink = (job: Job): string | undefined => (job.replyMessageId ? `https://discord.com/channels/${job.guildId}/${job.channelId}/${job.replyMessageId}` : undefined);

/** A finished job: who, what, which model, what it cost, where the result is, the job id. */
export function jobEntry(job: Job, video: { attached: boolean; link?: string | undefined }): LogMessage {
  const t = jobT(job);
  const delivered = job.state === 'delivered';
  const ids = { short: shortId(job.id), id: job.id };
  const price = formatNumber(t.locale, job.price);
  const cost = t(delivered ? 'moderation.reviewLog.cost' : 'moderation.reviewLog.refunded', { price });
  const lines = [
    t(delivered ? 'moderation.reviewLog.delivered' : 'moderation.reviewLog.failed', ids),
    t('moderation.reviewLog.facts', { memberId: job.memberId, channelId: job.channelId, model: job.familyLabel, cost }),
    quoted(job.prompt),
  ];
  if (!delivered && job.failure) lines.push(t('moderation.reviewLog.why', { why: failureText(job.failure, t).slice(0, 300) }));
  const link = resultLink(job);
  if (link) lines.push(t(delivered ? 'moderation.reviewLog.result' : 'moderation.reviewLog.notice', { link }));
  if (delivered && !video.attached && video.link) lines.push(t('moderation.reviewLog.file', { link: video.link.slice(0, 500) }));
  return { content: lines.join('\n').slice(0, 2000), components: logButtons(job, t), allowed_mentions: { parse: [] } };
}

const actionKeys = { sora: 'sora', again: 'again', remix: 'remix', 'challenge start': 'challengeStart' } as const;
const actionWords = (action: string, t: T): string => (action in actionKeys ? t(`moderation.reviewLog.action.${actionKeys[action as keyof typeof actionKeys]}`) : action);

/** A refusal by a word rule: who, where, what they typed, and the rule. */
export function refusalEntry(refusal: Refusal): LogMessage {
  const t = translator(refusal.locale);
  const lines = [
    t(`moderation.reviewLog.refused.${refusal.what}`, { action: actionWords(refusal.action, t), rule: render(ruleWords(refusal.verdict), t) }),
    t('moderation.reviewLog.refusedFacts', { memberId: refusal.memberId, channelId: refusal.channelId }),
    quoted(refusal.text),
  ];
  const block = [{ label: t('moderation.reviewLog.blockMember'), id: blockCustomId(refusal.memberId), style: ButtonStyle.Secondary as const }];
  return { content: lines.join('\n').slice(0, 2000), components: buttons(block), allowed_mentions: { parse: [] } };
}

/** What a press on Remove video leaves in the log entry (the log channel's language). */
export function removedNote(by: string, entries: number, t: T): string {
  return `\n${entries > 0 ? t('moderation.reviewLog.removedByWithEntries', { by, count: entries }) : t('moderation.reviewLog.removedBy', { by })}`;
}
