import type { APIActionRowComponent, APIButtonComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import { failureText } from '../../errors/index.ts';
import { formatNumber, SOURCE_LOCALE, translator, type Locale, type T } from '../../i18n/index.ts';
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

/** The job's own language: its public reply speaks the server's language of when it was asked for. */
export const jobT = (job: Pick<Job, 'locale'>): T => translator(job.locale ?? SOURCE_LOCALE);

export function formatElapsed(ms: number, t: T = translator(SOURCE_LOCALE)): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? t('jobs.elapsed.minutes', { m, s: String(s).padStart(2, '0') }) : t('jobs.elapsed.seconds', { s });
}

export function headline(job: Job, t: T): string {
  const parts = [job.familyLabel, t('jobs.headline.seconds', { n: job.duration }), t(`jobs.headline.aspect.${job.aspect}`)];
  if (job.quality === 'high') parts.push(t('jobs.headline.highQuality'));
  if (job.imageUrl) parts.push(t('jobs.headline.fromImage'));
  return parts.join(' · ');
}

function stateLine(job: Job, now: number, t: T): string {
  const elapsed = formatElapsed(now - job.createdAt, t);
  switch (job.state) {
    case 'queued':
      return t('jobs.state.queued');
    case 'creating':
      return t('jobs.state.creating');
    case 'running': {
      const eta = etaText(job, now, t);
      const progress = progressText(job, t);
      if (job.kieState === 'generating') return t('jobs.state.generating', { progress, elapsed, eta });
      return t('jobs.state.waitingAtKie', { progress: progress ? ` ·${progress}` : '', elapsed, eta });
    }
    case 'delivering':
      return t('jobs.state.delivering', { elapsed });
    case 'delivered':
      return t('jobs.state.delivered', { elapsed: formatElapsed((job.finishedAt ?? now) - job.createdAt, t) });
    case 'failed':
    case 'notifying':
      return t('jobs.state.failed', { reason: failureText(job.failure, t) });
  }
}

function etaText(job: Job, now: number, t: T): string {
  if (job.expectedDoneAt === undefined) return '';
  const left = job.expectedDoneAt - now;
  if (left <= 0) return t('jobs.eta.late');
  return left < 60_000 ? t('jobs.eta.minute') : t('jobs.eta.minutes', { n: Math.round(left / 60_000) });
}

/** Where a video in a challenge's channel was paid from (English text in jobs from earlier versions). */
function paidFromText(paidFrom: NonNullable<Job['paidFrom']>, t: T): string {
  if (typeof paidFrom === 'string') return paidFrom;
  const budget = t('jobs.field.budgetName', { number: paidFrom.challenge });
  return paidFrom.budgetLeft === undefined ? t('jobs.field.paidFromPool', { budget }) : t('jobs.field.paidFromBudget', { budget, left: formatNumber(t.locale, paidFrom.budgetLeft) });
}

function baseEmbed(job: Job, now: number, t: T): APIEmbed {
  const credits = (n: number) => formatNumber(t.locale, n);
  const fields = [{ name: t('jobs.field.cost'), value: t('jobs.field.costValue', { price: credits(job.price) }), inline: true }];
  const failed = job.state === 'failed' || job.state === 'notifying';
  if (failed) fields[0] = { name: t('jobs.field.cost'), value: t('jobs.field.refunded', { price: credits(job.price) }), inline: true };
  if (job.balanceAfterHold !== undefined && !failed) {
    fields.push({ name: t('jobs.field.balance'), value: t('jobs.field.balanceValue', { balance: credits(job.balanceAfterHold) }), inline: true });
  }
  if (job.paidFrom !== undefined && !failed) fields.push({ name: t('jobs.field.paidFrom'), value: paidFromText(job.paidFrom, t), inline: false });
  const embed: APIEmbed = {
    title: headline(job, t),
    description: `> ${echoPrompt(job.prompt).replace(/\n/g, '\n> ')}\n\n${stateLine(job, now, t)}`,
    color: failed ? colors.failed : job.state === 'delivered' ? colors.done : colors.waiting,
    fields,
    // The short id is what `/jobs show` and `/jobs cancel` take.
    footer: { text: t('jobs.footer', { id: shortId(job.id) }) },
  };
  return embed;
}

/** The reply while the job is open (with `buttons`, e.g. Cancel while queued). Pings nobody: the prompt is member text. */
export function statusMessage(job: Job, now: number, buttons: APIButtonComponent[] = []): MessageBody {
  const t = jobT(job);
  const lines = [t('jobs.status.whose', { memberId: job.memberId })];
  if (job.lowBalanceWarning !== undefined) lines.push(t('jobs.status.lowBalance', { threshold: formatNumber(t.locale, job.lowBalanceWarning) }));
  const components: MessageBody['components'] = buttons.length > 0 ? [{ type: 1, components: buttons.slice(0, 5) }] : [];
  return { content: lines.join('\n'), embeds: [baseEmbed(job, now, t)], components, allowed_mentions: { parse: [] } };
}

/** The final reply with the video attached; pings only the member who asked. */
export function deliveredMessage(
  job: Job,
  now: number,
  link?: { url: string; bytes: number | undefined; limit: number; refused?: boolean },
  buttons: APIButtonComponent[] = [],
): MessageBody {
  const t = jobT(job);
  const body: MessageBody = {
    content: t('jobs.delivered.ready', { memberId: job.memberId }),
    embeds: [baseEmbed(job, now, t)],
    components: [],
    allowed_mentions: { parse: [], users: [job.memberId] },
  };
  if (link) {
    const mib = (bytes: number, digits: number) => new Intl.NumberFormat(t.locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(bytes / 1_048_576);
    const size = link.bytes !== undefined ? t('jobs.delivered.sizeMiB', { n: mib(link.bytes, 1) }) : t('jobs.delivered.sizeUnknown');
    const why =
      link.limit === 0
        ? t('jobs.delivered.noAttach')
        : link.refused
          ? t('jobs.delivered.refused', { size })
          : t('jobs.delivered.overLimit', { size, limit: mib(link.limit, 0) });
    body.content += `\n${t('jobs.delivered.linkTail', { why })}`;
    if (link.url.length <= LINK_BUTTON_URL_MAX) {
      buttons = [{ type: 2, style: 5, label: t('jobs.delivered.download'), url: link.url }, ...buttons].slice(0, 5);
    } else {
      // Signed storage URLs can outgrow a link button; the message body takes them.
      body.content += `\n<${link.url.slice(0, 1500)}>`;
    }
  }
  if (buttons.length > 0) body.components = [{ type: 1, components: buttons }];
  return body;
}

export function failedMessage(job: Job, now: number, buttons: APIButtonComponent[] = []): MessageBody {
  const t = jobT(job);
  return {
    content: t(job.cancelledBy !== undefined ? 'jobs.failed.cancelled' : 'jobs.failed.notMade', { memberId: job.memberId }),
    embeds: [baseEmbed(job, now, t)],
    components: buttons.length > 0 ? [{ type: 1, components: buttons.slice(0, 5) }] : [],
    allowed_mentions: { parse: [], users: [job.memberId] },
  };
}

/** The reply of a request the bot could not store before it restarted: nothing was held or sent. */
export function unsavedMessage(locale: Locale | undefined): MessageBody {
  return {
    content: translator(locale ?? SOURCE_LOCALE)('jobs.unsaved'),
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
  };
}
