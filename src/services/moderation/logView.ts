import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import { shortId, type Job } from '../jobs/job.ts';
import { echoPrompt, jobT } from '../jobs/statusView.ts';
import { failureText } from '../../errors/index.ts';
import type { Refusal, Refused } from './service.ts';

/** Wording of the review log and of what a refusal names: the server's language later (issue 25). */

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
export function ruleWords(verdict: Refused): string {
  if (verdict.source === 'words') return `the server’s blocked word ${code(verdict.pattern)}`;
  return `the server’s AutoMod rule “${(verdict.ruleName ?? 'AutoMod').replace(/[`*_~|]/g, '')}” (${verdict.kind} ${code(verdict.pattern)})`;
}

const buttons = (parts: Array<{ label: string; id: string; style: ButtonStyle.Danger | ButtonStyle.Secondary; disabled?: boolean }>): LogMessage['components'] => [
  {
    type: ComponentType.ActionRow,
    components: parts.map((p) => ({ type: ComponentType.Button, style: p.style, label: p.label, custom_id: p.id, ...(p.disabled ? { disabled: true } : {}) })),
  },
];

export const logButtons = (job: Pick<Job, 'id' | 'memberId'>, removed = false): LogMessage['components'] =>
  buttons([
    { label: 'Remove video', id: removeCustomId(job.id), style: ButtonStyle.Danger, disabled: removed },
    { label: 'Block member', id: blockCustomId(job.memberId), style: ButtonStyle.Secondary },
  ]);

const resultLink = (job: Job): string | undefined => (job.replyMessageId ? `https://discord.com/channels/${job.guildId}/${job.channelId}/${job.replyMessageId}` : undefined);

/** A finished job: who, what, which model, what it cost, where the result is, the job id. */
export function jobEntry(job: Job, video: { attached: boolean; link?: string | undefined }): LogMessage {
  const delivered = job.state === 'delivered';
  const head = delivered ? `✅ **Video delivered** · job \`${shortId(job.id)}\` (\`${job.id}\`)` : `❌ **Video failed** · job \`${shortId(job.id)}\` (\`${job.id}\`)`;
  const cost = delivered ? `${job.price} credits` : `0 credits (${job.price} refunded)`;
  const lines = [head, `**Member:** <@${job.memberId}> · **Channel:** <#${job.channelId}> · **Model:** ${job.familyLabel} · **Cost:** ${cost}`, quoted(job.prompt)];
  if (!delivered && job.failure) lines.push(`**Why:** ${failureText(job.failure, jobT(job)).slice(0, 300)}`);
  const link = resultLink(job);
  if (link) lines.push(`**${delivered ? 'Result' : 'Notice'}:** ${link}`);
  if (delivered && !video.attached && video.link) lines.push(`**File:** <${video.link.slice(0, 500)}> (too large to attach here)`);
  return { content: lines.join('\n').slice(0, 2000), components: logButtons(job), allowed_mentions: { parse: [] } };
}

const actionWords: Record<string, string> = { sora: '`/sora`', again: 'Again', remix: 'Remix', 'challenge start': '`/challenge start`' };

/** A refusal by a word rule: who, where, what they typed, and the rule. */
export function refusalEntry(refusal: Refusal): LogMessage {
  const what = refusal.what === 'prompt' ? 'prompt' : `challenge ${refusal.what}`;
  const lines = [
    `🚫 **Refused ${what}** (${actionWords[refusal.action] ?? refusal.action}) · matches ${ruleWords(refusal.verdict)}`,
    `**Member:** <@${refusal.memberId}> · **Channel:** <#${refusal.channelId}> · nothing was held or sent`,
    quoted(refusal.text),
  ];
  return { content: lines.join('\n').slice(0, 2000), components: buttons([{ label: 'Block member', id: blockCustomId(refusal.memberId), style: ButtonStyle.Secondary }]), allowed_mentions: { parse: [] } };
}

/** What a press on Remove video leaves in the log entry. */
export function removedNote(by: string, entries: number): string {
  return `\n🗑️ Removed by <@${by}>${entries > 0 ? ` (and ${entries} challenge entr${entries === 1 ? 'y' : 'ies'})` : ''}; nothing was refunded.`;
}
