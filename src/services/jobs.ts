import type { RawFile } from '@discordjs/rest';
import type { Logger } from '../logger.ts';
import type { ActiveJobs } from './jobs/activeJobs.ts';
import { DiscordUnavailableError, TooLargeError, UnreachableError, type Delivery } from './delivery/routes.ts';
import { downloadResult, type Download } from './delivery/download.ts';
import { newJobId, openStates, type Job } from './jobs/job.ts';
import type { JobStore } from './jobs/jobStore.ts';
import { KieError } from './kie/errors.ts';
import type { Aspect, ModelRegistry, Quality } from './models/registry.ts';
import type { KiePort, KieTask } from './kie/types.ts';
import type { HoldRefusal, Ledger } from './ledger/ledger.ts';
import type { PollPlanner } from './jobs/pollPlan.ts';
import type { Poller } from './poller.ts';
import { deliveredMessage, failedMessage, statusMessage } from './jobs/statusView.ts';

/** A refusal whose message is safe and useful to show the member; nothing was charged. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export interface SubmitRequest {
  guildId: string;
  channelId: string;
  memberId: string;
  applicationId: string;
  interactionToken: string;
  /** When the interaction arrived; its token works for 15 minutes from then. */
  receivedAt: number;
  attachmentSizeLimit: number;
  model: string;
  prompt: string;
  duration?: number | undefined;
  aspect?: Aspect | undefined;
  quality?: Quality | undefined;
  imageUrl?: string | undefined;
}

export interface JobsOptions {
  registry: ModelRegistry;
  ledger: Ledger;
  kie: KiePort;
  store: JobStore;
  delivery: Delivery;
  planner: PollPlanner;
  active: ActiveJobs;
  logger: Logger;
  jobTimeoutMs: number;
  minPollIntervalMs: number;
  now?: () => number;
  download?: (url: string, maxBytes: number) => Promise<Download>;
}

const TOKEN_LIFETIME_MS = 15 * 60_000;
const PAUSE_MEMORY_MS = 10 * 60_000;
const STATUS_EDIT_MIN_MS = 5_000;
const ELAPSED_EDIT_MIN_MS = 30_000;
/** Discord outages: keep retrying a finished video this long before giving the credits back. */
const DELIVERY_PATIENCE_MS = 12 * 60 * 60_000;

/**
 * The life of a generation: submit (price → hold → store) → create at Kie → poll → deliver →
 * capture, or release on every failure path. Each step reads the stored job and writes it back, so a
 * restart resumes wherever the last write left off.
 */
export class Jobs {
  readonly #o: JobsOptions;
  readonly #now: () => number;
  readonly #download: (url: string, maxBytes: number) => Promise<Download>;
  readonly #lastStatus = new Map<string, { at: number; key: string }>();
  /** Kie models that answered "temporarily paused", until when we believe it without asking. */
  readonly #pausedUntil = new Map<string, number>();
  /** Jobs whose create is waiting for a Kie slot or in flight: one create per job at a time. */
  readonly #creating = new Map<string, Promise<void>>();
  readonly #shutdown = new AbortController();
  #poller: Poller | undefined;

  constructor(options: JobsOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#download = options.download ?? downloadResult;
  }

  /** The poller and the jobs service need each other; the composition root links them. */
  attachPoller(poller: Poller): void {
    this.#poller = poller;
  }

  /** Refusals throw UserError before anything is held or sent. */
  async submit(request: SubmitRequest): Promise<Job> {
    const { registry, ledger, active, store } = this.#o;
    const resolved = registry.resolve(request.model, request);
    if (!resolved.ok) throw new UserError(resolved.reason);
    const priced = resolved.request;
    if ((this.#pausedUntil.get(priced.kieModel) ?? 0) > this.#now()) {
      throw new UserError(`${priced.family.label} is paused at the video service right now. ${this.#alternatives(priced.family.id)}`);
    }
    const id = newJobId();

    const claim = active.claim(id, request.guildId, request.memberId);
    if (claim === 'member') {
      throw new UserError(
        `You already have ${active.limits.maxPerMember} video${active.limits.maxPerMember === 1 ? '' : 's'} in progress. Try again when one of them is done (usually a few minutes).`,
      );
    }
    if (claim === 'guild') {
      throw new UserError(`This server already has ${active.limits.maxPerGuild} videos in progress. Try again in a few minutes, when one of them is done.`);
    }

    try {
      const hold = await ledger.hold({ guildId: request.guildId, memberId: request.memberId, jobId: id, amount: priced.price });
      if (!hold.ok) throw new UserError(refusalText(hold, priced.family.label));
      const now = this.#now();
      const job: Job = {
        id,
        guildId: request.guildId,
        channelId: request.channelId,
        memberId: request.memberId,
        applicationId: request.applicationId,
        interactionToken: request.interactionToken,
        tokenExpiresAt: request.receivedAt + TOKEN_LIFETIME_MS,
        attachmentSizeLimit: request.attachmentSizeLimit,
        familyId: priced.family.id,
        familyLabel: priced.family.label,
        kieModel: priced.kieModel,
        input: priced.input,
        prompt: priced.options.prompt,
        duration: priced.options.duration,
        aspect: priced.options.aspect,
        quality: priced.options.quality,
        ...(priced.options.imageUrl ? { imageUrl: priced.options.imageUrl } : {}),
        price: priced.price,
        state: 'queued',
        createdAt: now,
        updatedAt: now,
        checks: 0,
        deliveryAttempts: 0,
        balanceAfterHold: hold.balance,
        ...(hold.lowBalance ? { lowBalanceWarning: hold.lowBalance.threshold } : {}),
      };
      try {
        await store.put(job, now);
      } catch (error) {
        await ledger.release(request.guildId, id, 'could not save the job').catch(() => undefined);
        throw error;
      }
      this.#o.logger.info({ jobId: id, guildId: job.guildId, memberId: job.memberId, model: job.kieModel, price: job.price }, 'job queued');
      return job;
    } catch (error) {
      active.release(id, request.guildId, request.memberId);
      throw error;
    }
  }

  /** Called once the public reply exists, so later edits can fall back to the bot token. */
  async attachReply(jobId: string, messageId: string): Promise<void> {
    await this.#o.store.update(jobId, (job) => {
      job.replyMessageId = messageId;
    });
    this.#lastStatus.set(jobId, { at: this.#now(), key: 'queued' });
  }

  /**
   * Stops sending: creates still waiting for a Kie slot give it up and stay queued for the next
   * start; creates already sent are awaited, so their task ids are stored.
   */
  async stop(): Promise<void> {
    this.#shutdown.abort();
    await Promise.allSettled([...this.#creating.values()]);
  }

  /**
   * Runs one step of a job: whatever its stored state says is next. A create may wait a long time
   * for a Kie slot, so it runs on its own instead of holding a poller slot that status checks need.
   */
  async advance(jobId: string): Promise<void> {
    const job = await this.#o.store.get(jobId);
    if (!job || !openStates.has(job.state)) return;
    switch (job.state) {
      case 'queued': {
        if (this.#shutdown.signal.aborted || this.#creating.has(job.id)) return;
        const run = this.#create(job).finally(() => this.#creating.delete(job.id));
        this.#creating.set(job.id, run);
        return;
      }
      case 'notifying':
        return this.#notifyFailure(job);
      case 'creating':
        // A restart cut the create short: Kie may or may not have the task, and a second POST could
        // pay twice. The member is not charged and can simply ask again.
        return this.#fail(job, 'The bot restarted while sending your request, so it was not completed. Please try again.', 'interrupted create');
      case 'running':
        return this.#check(job);
      case 'delivering':
        return this.#deliver(job);
    }
  }

  async #create(job: Job): Promise<void> {
    const { kie, store } = this.#o;
    let taskId: string;
    try {
      ({ taskId } = await kie.createTask(job.kieModel, job.input, {
        signal: this.#shutdown.signal,
        // From here on a crash leaves the outcome unknown; until here the job simply stays queued.
        beforeSend: async () => {
          await store.update(job.id, (j) => {
            j.state = 'creating';
          });
        },
      }));
    } catch (error) {
      if (error instanceof KieError && error.kind === 'cancelled') {
        this.#o.logger.info({ jobId: job.id }, 'create not sent before shutdown; stays queued');
        return;
      }
      return this.#createFailed(job, error);
    }
    const now = this.#now();
    const dueAt = this.#o.planner.firstCheckAt(job.kieModel, now, this.#typicalMs(job));
    const expectedDoneAt = now + this.#o.planner.expectedMs(job.kieModel, this.#typicalMs(job));
    const running = await store.update(
      job.id,
      (j) => {
        j.state = 'running';
        j.kieTaskId = taskId;
        j.submittedAt = now;
        j.kieState = 'waiting';
        j.expectedDoneAt = expectedDoneAt;
      },
      dueAt,
    );
    this.#o.logger.info({ jobId: job.id, guildId: job.guildId, taskId }, 'job submitted to Kie');
    if (running) {
      await this.#showStatus(running, true);
      this.#poller?.schedule(job.id, dueAt);
    }
  }

  async #createFailed(job: Job, error: unknown): Promise<void> {
    const log = this.#o.logger;
    // The client marks a create error retryable only when it proves nothing was created (a 429 or a
    // refused connection); anything else may hide a task Kie already billed.
    if (error instanceof KieError && error.retryable && (error.kind === 'rate_limited' || error.kind === 'connection')) {
      // Put it back in the queue, unless it has waited too long already.
      if (this.#now() - job.createdAt < this.#o.jobTimeoutMs) {
        const dueAt = this.#now() + Math.max(this.#o.minPollIntervalMs, 10_000);
        await this.#o.store.update(job.id, (j) => {
          j.state = 'queued';
        }, dueAt);
        log.warn({ jobId: job.id, kind: error.kind }, 'Kie create deferred; will retry');
        this.#poller?.schedule(job.id, dueAt);
        return;
      }
    }
    if (error instanceof KieError) {
      if (error.kind === 'insufficient_credits') log.error({ jobId: job.id }, 'the Kie account is out of credits: top it up at kie.ai');
      else if (error.kind === 'unauthorized') log.error({ jobId: job.id }, 'Kie refused the API key: check KIE_API_KEY');
      else log.warn({ jobId: job.id, kind: error.kind, code: error.code }, 'Kie create failed');
      if (error.kind === 'model_paused') {
        this.#pausedUntil.set(job.kieModel, this.#now() + PAUSE_MEMORY_MS);
        return this.#fail(job, `${job.familyLabel} is paused at the video service right now. ${this.#alternatives(job.familyId)}`, 'create: model_paused');
      }
      return this.#fail(job, error.userMessage, `create: ${error.kind}`);
    }
    log.error({ jobId: job.id, err: error }, 'unexpected error creating the Kie task');
    return this.#fail(job, 'The video service could not be reached. Please try again in a few minutes.', 'create: unexpected');
  }

  async #check(job: Job): Promise<void> {
    const now = this.#now();
    const submittedAt = job.submittedAt ?? job.createdAt;
    if (now - submittedAt > this.#o.jobTimeoutMs) {
      return this.#fail(job, `The video service did not finish within ${spokenDuration(this.#o.jobTimeoutMs)}, so the job was stopped.`, 'timeout');
    }
    let task: KieTask | null;
    try {
      task = await this.#o.kie.getTask(job.kieTaskId!);
    } catch (error) {
      const kind = error instanceof KieError ? error.kind : 'unexpected';
      this.#o.logger.warn({ jobId: job.id, kind }, 'Kie status check failed; will retry');
      return this.#recheck(job);
    }
    if (!task) return this.#recheck(job);
    if (task.state === 'success') {
      const url = task.resultUrls[0];
      if (!url) return this.#fail(job, 'The video service finished but returned no video.', 'success without result');
      const elapsed = task.completeTime && task.createTime ? task.completeTime - task.createTime : now - submittedAt;
      await this.#o.planner.learn(job.kieModel, elapsed).catch(() => undefined);
      const delivering = await this.#o.store.update(job.id, (j) => {
        j.state = 'delivering';
        j.kieState = 'success';
        j.resultUrl = url;
      });
      if (delivering) return this.#deliver(delivering);
      return;
    }
    if (task.state === 'fail') {
      this.#o.logger.info({ jobId: job.id, failCode: task.failCode }, 'Kie task failed');
      return this.#fail(job, taskFailureText(task), `task failed ${task.failCode ?? ''}`.trim());
    }
    const previous = job.progress !== undefined && job.progressAt !== undefined ? { at: job.progressAt, progress: job.progress } : undefined;
    // The next due time goes into the same write as the new state: one store write per check.
    const dueAt = this.#nextCheckAt(job, task.progress ?? undefined, previous);
    const updated = await this.#o.store.update(
      job.id,
      (j) => {
        j.kieState = task.state;
        j.checks += 1;
        if (task.progress !== null && task.progress !== j.progress) {
          j.progress = task.progress;
          j.progressAt = now;
        }
      },
      dueAt,
    );
    if (updated) {
      this.#poller?.schedule(job.id, dueAt);
      await this.#showStatus(updated, false);
    }
  }

  #nextCheckAt(job: Job, progress?: number, previous?: { at: number; progress: number }): number {
    return this.#o.planner.nextCheckAt(job.kieModel, job.submittedAt ?? job.createdAt, this.#now(), this.#typicalMs(job), progress, previous);
  }

  async #recheck(job: Job): Promise<void> {
    const dueAt = this.#nextCheckAt(job);
    await this.#o.store.reschedule(job, dueAt);
    this.#poller?.schedule(job.id, dueAt);
  }

  async #deliver(job: Job): Promise<void> {
    const url = job.resultUrl!;
    let download = await this.#download(url, job.attachmentSizeLimit);
    let linkUrl = url;
    if (download.kind === 'gone') {
      // Kie's file link expired or was refused: ask Kie for a fresh one.
      try {
        linkUrl = await this.#o.kie.getDownloadUrl(url);
        download = await this.#download(linkUrl, job.attachmentSizeLimit);
      } catch (error) {
        this.#o.logger.warn({ jobId: job.id, kind: error instanceof KieError ? error.kind : 'unexpected' }, 'fresh download URL refused');
      }
    }
    const now = this.#now();
    try {
      if (download.kind === 'file') {
        const file: RawFile = { name: `${job.familyId}-${job.id}.mp4`, data: download.data, contentType: 'video/mp4' };
        try {
          const outcome = await this.#o.delivery.edit(job, deliveredMessage({ ...job, state: 'delivered', finishedAt: now }, now), [file]);
          return this.#delivered(job, 'attachment', outcome.tokenDead, outcome.newReplyMessageId);
        } catch (error) {
          if (!(error instanceof TooLargeError)) throw error;
        }
        const outcome = await this.#o.delivery.edit(
          job,
          deliveredMessage({ ...job, state: 'delivered', finishedAt: now }, now, { url: linkUrl, bytes: download.data.length, limit: job.attachmentSizeLimit, refused: true }),
        );
        return this.#delivered(job, 'link', outcome.tokenDead, outcome.newReplyMessageId);
      }
      if (download.kind === 'too-large') {
        const outcome = await this.#o.delivery.edit(
          job,
          deliveredMessage({ ...job, state: 'delivered', finishedAt: now }, now, { url: linkUrl, bytes: download.bytes, limit: job.attachmentSizeLimit }),
        );
        return this.#delivered(job, 'link', outcome.tokenDead, outcome.newReplyMessageId);
      }
      if (download.kind === 'gone') {
        return this.#fail(job, 'The finished video expired at the video service before it could be fetched.', 'result gone');
      }
      // A network fault fetching the file: try again shortly, the URL stays valid for hours.
      return this.#retryDelivery(job, `download: ${download.detail}`);
    } catch (error) {
      if (error instanceof DiscordUnavailableError) return this.#retryDelivery(job, error.message);
      if (error instanceof UnreachableError) {
        this.#o.logger.warn({ jobId: job.id, guildId: job.guildId }, 'video ready but the member cannot be reached; refunding');
        return this.#fail(job, 'The video was made but could not be posted in this channel.', 'unreachable', false);
      }
      throw error;
    }
  }

  async #retryDelivery(job: Job, why: string): Promise<void> {
    if (this.#now() - job.createdAt > DELIVERY_PATIENCE_MS) {
      return this.#fail(job, 'The video was made but Discord would not accept it for hours.', `delivery abandoned: ${why}`, false);
    }
    const attempts = job.deliveryAttempts + 1;
    const dueAt = this.#now() + Math.min(5 * 60_000, 5_000 * 2 ** Math.min(attempts - 1, 6));
    await this.#o.store.update(job.id, (j) => {
      j.deliveryAttempts = attempts;
    }, dueAt);
    this.#o.logger.warn({ jobId: job.id, attempts, why }, 'delivery postponed');
    this.#poller?.schedule(job.id, dueAt);
  }

  async #delivered(job: Job, as: 'attachment' | 'link', tokenDead: boolean, newReplyMessageId: string | undefined): Promise<void> {
    const done = await this.#o.store.update(job.id, (j) => {
      j.state = 'delivered';
      j.deliveredAs = as;
      j.finishedAt = this.#now();
      if (tokenDead) j.tokenDead = true;
      if (newReplyMessageId) j.replyMessageId = newReplyMessageId;
    });
    const settlement = await this.#o.ledger.capture(job.guildId, job.id);
    this.#finish(job);
    this.#o.logger.info({ jobId: job.id, guildId: job.guildId, as, charged: settlement.amount, state: done?.state }, 'job delivered');
  }

  /** Ends a job without a video: release the hold, tell the member in plain words. */
  async #fail(job: Job, reason: string, logReason: string, tell = true): Promise<void> {
    const failed = await this.#o.store.update(job.id, (j) => {
      j.state = 'failed';
      j.failure = reason;
      j.finishedAt = this.#now();
    });
    const settlement = await this.#o.ledger.release(job.guildId, job.id, logReason);
    this.#finish(job);
    this.#o.logger.info({ jobId: job.id, guildId: job.guildId, why: logReason, refunded: settlement.amount }, 'job failed');
    if (!tell || !failed) return;
    await this.#notifyFailure(failed);
  }

  /**
   * Tells the member a job failed. The refund is already made; if Discord is down, the job stays
   * open as `notifying` and the message is tried again later, so nobody is left wondering.
   */
  async #notifyFailure(job: Job): Promise<void> {
    try {
      await this.#o.delivery.edit(job, failedMessage(job, this.#now()));
    } catch (error) {
      const patient = this.#now() - (job.finishedAt ?? job.createdAt) < DELIVERY_PATIENCE_MS;
      if (error instanceof DiscordUnavailableError && patient) {
        const attempts = job.deliveryAttempts + 1;
        const dueAt = this.#now() + Math.min(5 * 60_000, 5_000 * 2 ** Math.min(attempts - 1, 6));
        await this.#o.store.update(job.id, (j) => {
          j.state = 'notifying';
          j.deliveryAttempts = attempts;
        }, dueAt);
        this.#poller?.schedule(job.id, dueAt);
        this.#o.logger.warn({ jobId: job.id, attempts }, 'Discord unavailable; will tell the member about the failure later');
        return;
      }
      this.#o.logger.warn({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'could not tell the member about the failure');
    }
    if (job.state === 'notifying') {
      await this.#o.store.update(job.id, (j) => {
        j.state = 'failed';
      });
      this.#finish(job);
    }
  }

  #finish(job: Job): void {
    this.#o.active.release(job.id, job.guildId, job.memberId);
    this.#poller?.unschedule(job.id);
    this.#lastStatus.delete(job.id);
  }

  /** Edits the status reply when something a member would notice changed, at a rate Discord tolerates. */
  async #showStatus(job: Job, force: boolean): Promise<void> {
    const now = this.#now();
    const key = `${job.state}:${job.kieState ?? ''}:${job.progress ?? ''}`;
    const last = this.#lastStatus.get(job.id);
    if (last && !force) {
      const since = now - last.at;
      if (since < STATUS_EDIT_MIN_MS) return;
      if (last.key === key && since < ELAPSED_EDIT_MIN_MS) return;
    }
    this.#lastStatus.set(job.id, { at: now, key });
    try {
      const outcome = await this.#o.delivery.edit(job, statusMessage(job, now), [], { dm: false });
      if (outcome.tokenDead !== (job.tokenDead === true) || outcome.newReplyMessageId) {
        await this.#o.store.update(job.id, (j) => {
          if (outcome.tokenDead) j.tokenDead = true;
          if (outcome.newReplyMessageId) j.replyMessageId = outcome.newReplyMessageId;
        });
      }
    } catch (error) {
      // A status line is not worth failing a job for; the final message has its own retries.
      this.#o.logger.debug({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'status edit skipped');
    }
  }

  #alternatives(familyId: string): string {
    const others = this.#o.registry
      .list()
      .filter((f) => f.id !== familyId && (this.#pausedUntil.get(f.textToVideo) ?? 0) <= this.#now())
      .map((f) => `\`model:${f.id}\``);
    return others.length > 0 ? `You were not charged. Try ${others.join(' or ')}.` : 'You were not charged. Please try again later.';
  }

  #typicalMs(job: Job): number {
    return (this.#o.registry.get(job.familyId)?.typicalSeconds ?? 180) * 1000;
  }

  /**
   * At start: re-count active jobs, schedule every open job, and settle holds that outlived a
   * crash (finished jobs get their capture or release; holds without a job are released).
   */
  async resume(): Promise<{ open: number; settled: number }> {
    const { store, ledger, active } = this.#o;
    let open = 0;
    for await (const [jobId, entry] of store.openEntries()) {
      active.claim(jobId, entry.guildId, entry.memberId, true);
      this.#poller?.schedule(jobId, entry.dueAt);
      open += 1;
    }
    let settled = 0;
    for (const { guildId, jobId } of await ledger.openHolds()) {
      if (this.#poller?.dueAt(jobId) !== undefined) continue;
      const job = await store.get(jobId);
      if (job && openStates.has(job.state)) continue;
      if (job?.state === 'delivered') await ledger.capture(guildId, jobId);
      else await ledger.release(guildId, jobId, job ? 'settled after restart' : 'no job after restart');
      settled += 1;
    }
    return { open, settled };
  }
}

function refusalText(refusal: HoldRefusal, label: string): string {
  const allowance = refusal.remainingToday === null ? '' : ` You have ${refusal.remainingToday} of your daily credits left today.`;
  switch (refusal.reason) {
    case 'balance':
      return `This ${label} video costs ${refusal.price} credits, but the server has only ${refusal.balance} left.${allowance} An admin can add credits with \`/credits grant\`.`;
    case 'daily_limit':
      return `This ${label} video costs ${refusal.price} credits, and you have ${refusal.remainingToday} of your ${refusal.dailyLimit} daily credits left. Your allowance resets at 00:00 UTC.`;
    case 'operator_ceiling':
      return `The bot has reached its daily spending limit across all servers. Please try again after 00:00 UTC.`;
  }
}

/** "30 minutes", "90 seconds": a short JOB_TIMEOUT_MS must not read as "within 0 minutes". */
function spokenDuration(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} minutes`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

function taskFailureText(task: KieTask): string {
  const msg = task.failMsg?.trim();
  const code = task.failCode ?? '';
  if (/sensitive|safety|moderation|policy|nsfw/i.test(`${msg ?? ''} ${code}`)) {
    return 'The video service refused this prompt or image under its content rules. Try rewording it.';
  }
  return msg ? `The video service could not make this video: ${msg.slice(0, 300)}` : 'The video service could not make this video.';
}
