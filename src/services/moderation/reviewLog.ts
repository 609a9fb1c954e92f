import type { RawFile, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { message, render, SOURCE_LOCALE, translator, type Message } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Copy } from '../delivery/copy.ts';
import type { Job } from '../jobs/job.ts';
import { jobEntry, refusalEntry, type LogMessage } from './logView.ts';
import type { Moderation, Refusal } from './service.ts';

export interface ReviewLogDeps {
  rest: REST;
  moderation: Moderation;
  jobs: { get(id: string): Promise<Job | undefined> };
  /** A fresh copy of a delivered video (its result message's file first). */
  copies: { fetch(job: Job, maxBytes: number): Promise<Copy> };
  logger: Logger;
}

/** Discord's default upload limit, for a job saved without one. */
const DEFAULT_UPLOAD = 10 * 1024 * 1024;

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
};
const codeOf = (error: unknown): number | undefined => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
};

/**
 * The review log: every finished video job of a server and every refusal by a word rule, posted to
 * its log channel with REST. Best-effort: nothing waits for it, a failure never touches the member's
 * video, and a missing permission is noted once for `/moderation status` (and cleared by the next
 * post that works). A job's entry carries a nonce, so a repeat never posts it twice.
 */
export class ReviewLog {
  readonly #d: ReviewLogDeps;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(deps: ReviewLogDeps) {
    this.#d = deps;
  }

  /** A job was delivered or failed (the runner's `finished` event). */
  jobEnded(jobId: string): void {
    this.#track(this.#postJob(jobId));
  }

  refused(refusal: Refusal): void {
    this.#track(this.#post(refusal.guildId, refusalEntry(refusal), []));
  }

  /** Waits for posts under way (at shutdown). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
  }

  #track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.#d.logger.warn({ err: error instanceof Error ? error.message : 'unknown' }, 'review log post failed')).finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
  }

  async #postJob(jobId: string): Promise<void> {
    const job = await this.#d.jobs.get(jobId);
    if (!job || job.cancelledBy !== undefined) return;
    if (!(await this.#d.moderation.view(job.guildId)).record.log) return;
    let files: RawFile[] = [];
    let link: string | undefined;
    if (job.state === 'delivered') {
      const copy = await this.#d.copies.fetch(job, job.attachmentSizeLimit > 0 ? job.attachmentSizeLimit : DEFAULT_UPLOAD).catch(() => ({ kind: 'gone' }) as const);
      if (copy.kind === 'file') files = [{ name: `${job.id}.mp4`, data: copy.data, contentType: 'video/mp4' }];
      if (copy.kind === 'link') link = copy.url;
    }
    await this.#post(job.guildId, jobEntry(job, { attached: files.length > 0, link: link ?? job.resultUrl }), files, `l${job.id}`);
  }

  async #post(guildId: string, body: LogMessage, files: RawFile[], nonce?: string): Promise<void> {
    const log = (await this.#d.moderation.view(guildId)).record.log;
    if (!log) return;
    const send = (withFiles: RawFile[]) => {
      const payload = { ...body, ...(nonce ? { nonce, enforce_nonce: true } : {}), ...(withFiles.length ? { attachments: withFiles.map((f, i) => ({ id: i, filename: f.name })) } : {}) };
      return this.#d.rest.post(Routes.channelMessages(log.channelId), { body: payload, files: withFiles });
    };
    let problem: Message | undefined;
    try {
      await send(files);
    } catch (error) {
      if (files.length === 0 || !(statusOf(error) === 403 || statusOf(error) === 413 || codeOf(error) === 40005)) return this.#failed(guildId, log.channelId, error);
      // Too large, or no Attach Files there: the entry still goes, without its file.
      try {
        await send([]);
      } catch (again) {
        return this.#failed(guildId, log.channelId, again);
      }
      if (statusOf(error) === 403) problem = message('moderation.reviewLog.problem.noAttach', { channelId: log.channelId });
    }
    await this.#note(guildId, log.channelId, problem);
  }

  async #failed(guildId: string, channelId: string, error: unknown): Promise<void> {
    const status = statusOf(error);
    // Discord down or throttling: not a setting anyone can fix; the entry is lost (best-effort).
    if (status === undefined || status >= 500 || status === 429) throw error;
    const problem = message(status === 404 ? 'moderation.reviewLog.problem.channelGone' : 'moderation.reviewLog.problem.cannotPost', { channelId });
    await this.#note(guildId, channelId, problem);
  }

  async #note(guildId: string, channelId: string, problem: Message | undefined): Promise<void> {
    const changed = await this.#d.moderation.noteLogProblem(guildId, channelId, problem);
    // The operator's log speaks English.
    if (changed && problem) this.#d.logger.warn({ guildId, channelId }, `review log: ${render(problem, translator(SOURCE_LOCALE)).replace(/<#\d+>/g, 'the channel')}`);
  }
}
