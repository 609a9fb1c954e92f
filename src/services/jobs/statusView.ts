import type { APIActionRowComponent, APIButtonComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import { shortId, type Job } from './job.ts';
import { progressText } from './progress.ts';

/** A message body in Discord's REST shape, ready for a webhook or channel-message call. */
export interface MessageBody {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: []; users?: string[] };
}

const PROMPT_ECHO_MAX = 900;
/** Discord refuses link buttons whose URL is longer. */
const LINK_BUTTON_URL_MAX = 512;
const colors = { waiting: 0x5865f2, done: 0x57f287, failed: 0xed4245 } as const;

/** Prompts go to Kie whole; what we echo is cut so the embed stays within Discord's limits. */
export function echoPrompt(prompt: string): string {
  const clean = prompt.replace(/```/g, "'''");
  return clean.length > PROMPT_ECHO_MAX ? `${clean.slice(0, PROMPT_ECHO_MAX - 1)}…` : clean;
}

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}

function headline(job: Job): string {
  const parts = [job.familyLabel, `${job.duration} s`, job.aspect];
  if (job.quality === 'high') parts.push('high quality');
  if (job.imageUrl) parts.push('from image');
  return parts.join(' · ');
}

function stateLine(job: Job, now: number): string {
  const elapsed = formatElapsed(now - job.createdAt);
  switch (job.state) {
    case 'queued':
      return '⏳ Queued: waiting for a generation slot';
    case 'creating':
      return '⏳ Queued: sending to the video service';
    case 'running': {
      const eta = etaText(job, now);
      const progress = progressText(job);
      if (job.kieState === 'generating') return `🎬 Generating${progress} · ${elapsed} elapsed${eta}`;
      return `⏳ Queued at the video service${progress ? ` ·${progress}` : ''} · ${elapsed} elapsed${eta}`;
    }
    case 'delivering':
      return `📦 Finishing: uploading the video · ${elapsed}`;
    case 'delivered':
      return `✅ Done in ${formatElapsed((job.finishedAt ?? now) - job.createdAt)}`;
    case 'failed':
    case 'notifying':
      return `❌ ${job.failure ?? 'The generation failed.'}`;
  }
}

function etaText(job: Job, now: number): string {
  if (job.expectedDoneAt === undefined) return '';
  const left = job.expectedDoneAt - now;
  if (left <= 0) return ' · taking longer than usual';
  return ` · usually done in about ${left < 60_000 ? 'a minute' : `${Math.round(left / 60_000)} min`}`;
}

function baseEmbed(job: Job, now: number): APIEmbed {
  const fields = [{ name: 'Cost', value: `${job.price} credits`, inline: true }];
  const failed = job.state === 'failed' || job.state === 'notifying';
  if (failed) fields[0] = { name: 'Cost', value: `0 credits (${job.price} refunded)`, inline: true };
  if (job.balanceAfterHold !== undefined && !failed) {
    fields.push({ name: 'Server balance', value: `${job.balanceAfterHold} credits left after this video`, inline: true });
  }
  if (job.paidFrom !== undefined && !failed) fields.push({ name: 'Paid from', value: job.paidFrom, inline: false });
  const embed: APIEmbed = {
    title: headline(job),
    description: `> ${echoPrompt(job.prompt).replace(/\n/g, '\n> ')}\n\n${stateLine(job, now)}`,
    color: failed ? colors.failed : job.state === 'delivered' ? colors.done : colors.waiting,
    fields,
    // The short id is what `/jobs show` and `/jobs cancel` take.
    footer: { text: `job ${shortId(job.id)}` },
  };
  return embed;
}

/** The reply while the job is open (with `buttons`, e.g. Cancel while queued). Pings nobody: the prompt is member text. */
export function statusMessage(job: Job, now: number, buttons: APIButtonComponent[] = []): MessageBody {
  const lines = [`<@${job.memberId}>'s video`];
  if (job.lowBalanceWarning !== undefined) {
    lines.push(`⚠️ This server's credit balance is below ${job.lowBalanceWarning} credits. Admins can top it up with \`/credits grant\`.`);
  }
  const components: MessageBody['components'] = buttons.length > 0 ? [{ type: 1, components: buttons.slice(0, 5) }] : [];
  return { content: lines.join('\n'), embeds: [baseEmbed(job, now)], components, allowed_mentions: { parse: [] } };
}

/** The final reply with the video attached; pings only the member who asked. */
export function deliveredMessage(
  job: Job,
  now: number,
  link?: { url: string; bytes: number | undefined; limit: number; refused?: boolean },
  buttons: APIButtonComponent[] = [],
): MessageBody {
  const body: MessageBody = {
    content: `<@${job.memberId}> your video is ready.`,
    embeds: [baseEmbed(job, now)],
    components: [],
    allowed_mentions: { parse: [], users: [job.memberId] },
  };
  if (link) {
    const size = link.bytes !== undefined ? `${(link.bytes / 1_048_576).toFixed(1)} MiB` : 'larger than';
    const why =
      link.limit === 0
        ? 'The bot may not attach files in this channel'
        : link.refused
          ? `Discord refused the file (${size}) as too large`
          : `The file (${size}) is over this channel's ${(link.limit / 1_048_576).toFixed(0)} MiB upload limit`;
    body.content += `\n${why}, so here is a download link. It expires within a day; save it now.`;
    if (link.url.length <= LINK_BUTTON_URL_MAX) {
      buttons = [{ type: 2, style: 5, label: 'Download video', url: link.url }, ...buttons].slice(0, 5);
    } else {
      // Signed storage URLs can outgrow a link button; the message body takes them.
      body.content += `\n<${link.url.slice(0, 1500)}>`;
    }
  }
  if (buttons.length > 0) body.components = [{ type: 1, components: buttons }];
  return body;
}

export function failedMessage(job: Job, now: number, buttons: APIButtonComponent[] = []): MessageBody {
  const what = job.cancelledBy !== undefined ? 'was cancelled before it started' : 'could not be made';
  return {
    content: `<@${job.memberId}> your video ${what}. You were not charged.`,
    embeds: [baseEmbed(job, now)],
    components: buttons.length > 0 ? [{ type: 1, components: buttons.slice(0, 5) }] : [],
    allowed_mentions: { parse: [], users: [job.memberId] },
  };
}

/** The reply of a request the bot could not store before it restarted: nothing was held or sent. */
export function unsavedMessage(): MessageBody {
  return {
    content: '❌ The bot restarted before your request was saved, so no video is being made. You were not charged; please try again.',
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
  };
}
