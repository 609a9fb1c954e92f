import { failures } from '../../errors/index.ts';
import type { Logger } from '../../logger.ts';
import type { Entry, Outcome } from '../scheduler.ts';
import type { Collection } from '../store.ts';
import type { ActiveJobs } from './activeJobs.ts';
import { checkStep, type CheckDeps } from './check.ts';
import { createStep, type CreateDeps } from './create.ts';
import { deliverStep, type DeliverDeps } from './deliver.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import { notifyStep, type NotifyDeps } from './notify.ts';
import type { StepOutcome } from './outcome.ts';
import type { Settlement } from './settle.ts';
import type { StatusUpdates } from './statusUpdates.ts';
import { unsavedMessage } from './statusView.ts';
import { jobMeta, type JobSchedule, type UnsavedReply } from './schedule.ts';

/** After an unexpected fault in a detached create, the job is tried again this much later. */
const RETRY_AFTER_FAULT_MS = 60_000;

/** Told of what happens to jobs: for the callback index and the metrics. Optional. */
export interface JobEvents {
  taskStarted?(taskId: string, jobId: string): Promise<void>;
  changed?(job: Job): void;
  finished?(job: Job, outcome: 'delivered' | 'refunded'): void;
}

export type RunnerDeps = CreateDeps &
  CheckDeps &
  DeliverDeps &
  NotifyDeps & {
    store: JobStore;
    schedule: JobSchedule;
    /** The schedule's job entries: what a reservation left for a job that was never stored. */
    entries: Collection<Entry>;
    settlement: Settlement;
    status: StatusUpdates;
    active: ActiveJobs;
    logger: Logger;
    events?: JobEvents;
  };

/**
 * Runs the step a job's stored state calls for, persists what the step decided, settles credits,
 * and tells the schedule when the job is next due. Steps never see the schedule.
 */
export class JobRunner {
  readonly #d: RunnerDeps;
  /** Creates waiting for a Kie slot or in flight: one per job, outside the scheduler's slots. */
  readonly #creating = new Map<string, Promise<void>>();
  readonly #shutdown = new AbortController();

  constructor(deps: RunnerDeps) {
    this.#d = deps;
  }

  /** The scheduler's handler for `job` entries. */
  async run(jobId: string): Promise<Outcome> {
    const job = await this.#d.store.get(jobId);
    if (!job) return this.#unsaved(jobId);
    switch (job.state) {
      case 'queued':
        // A create may wait long for a Kie slot, so it runs on its own instead of holding a
        // scheduler slot that status checks need; it reports back through the scheduler itself.
        if (!this.#shutdown.signal.aborted && !this.#creating.has(job.id)) this.#startCreate(job);
        return 'detached';
      case 'creating':
        // A restart cut the create short: Kie may or may not have the task, and a second POST could
        // pay twice. The member is not charged and can simply ask again.
        return this.#apply(job, {
          kind: 'failed',
          reason: failures.interruptedCreate,
          why: 'interrupted create',
          tell: true,
        });
      case 'running':
        return this.#apply(job, await checkStep(job, this.#d));
      case 'delivering':
        return this.#apply(job, await deliverStep(job, this.#d));
      case 'notifying':
        // Failed and maybe not yet refunded (a crash between the two writes): release, then tell.
        await this.#d.settlement.settle(job);
        return this.#apply(job, await notifyStep(job, this.#d));
      case 'delivered':
      case 'failed':
        // Final, but its entry is still here: the settlement after the final write did not finish.
        await this.#d.settlement.settle(job);
        this.#d.status.forget(job.id);
        return 'done';
    }
  }

  /** A reservation whose job was never stored: release whatever was held, and say so in the reply. */
  async #unsaved(jobId: string): Promise<Outcome> {
    const entry = await this.#d.entries.get(jobId);
    if (!entry || typeof entry.guildId !== 'string') return 'done';
    await this.#d.settlement.unsaved(entry.guildId, jobId, String(entry.memberId));
    const reply = entry.reply as UnsavedReply | undefined;
    if (reply && this.#d.now() < reply.expiresAt - 60_000) {
      const target = { id: jobId, guildId: entry.guildId, memberId: String(entry.memberId), channelId: reply.channelId, applicationId: reply.applicationId, interactionToken: reply.token, tokenExpiresAt: reply.expiresAt };
      await this.#d.delivery.edit(target, unsavedMessage(reply.locale), [], { dm: false }).catch((error: unknown) => {
        this.#d.logger.warn({ jobId, err: error instanceof Error ? error.name : 'unknown' }, 'could not tell the member their request was not saved');
      });
    }
    return 'done';
  }

  /** Called for each open job read back at start. */
  resumed(jobId: string, entry: Entry): void {
    this.#d.active.claim(jobId, String(entry.guildId), String(entry.memberId), true);
  }

  /**
   * Stops sending: creates still waiting for a Kie slot give it up and stay queued for the next
   * start; creates already sent are awaited, so their task ids are stored.
   */
  async stop(): Promise<void> {
    this.#shutdown.abort();
    await Promise.allSettled([...this.#creating.values()]);
  }

  #startCreate(job: Job): void {
    const run = createStep(job, this.#d, this.#shutdown.signal)
      .then((outcome) => this.#apply(job, outcome))
      .then(async (next) => {
        if (next === 'done') await this.#d.schedule.done(job.id);
        else if (next !== 'detached') await this.#d.schedule.next(job.id, next.at, next.meta ?? jobMeta(job));
      })
      .catch((error: unknown) => {
        // The entry is still persisted (detached): run it again later rather than leave the hold
        // until a restart. A job still queued is sent again; one left `creating` is refunded.
        this.#d.logger.error({ jobId: job.id, err: error }, 'create step failed unexpectedly; will try again');
        this.#d.schedule.wake(job.id, this.#d.now() + RETRY_AFTER_FAULT_MS);
      })
      .finally(() => this.#creating.delete(job.id));
    this.#creating.set(job.id, run);
  }

  async #apply(job: Job, outcome: StepOutcome): Promise<Outcome> {
    const { store, settlement, status } = this.#d;
    switch (outcome.kind) {
      case 'leave':
        return 'detached';
      case 'wait': {
        const updated = outcome.change ? await store.update(job.id, outcome.change) : job;
        if (!updated) return 'done';
        this.#d.events?.changed?.(updated);
        if (updated.kieTaskId && !job.kieTaskId) {
          await this.#d.events?.taskStarted?.(updated.kieTaskId, job.id).catch((error: unknown) => this.#d.logger.warn({ jobId: job.id, err: error }, 'could not index the task'));
        }
        if (outcome.status) await status.show(updated, outcome.status === 'forced');
        return { at: outcome.at, meta: jobMeta(updated) };
      }
      case 'deliver': {
        const delivering = await store.update(job.id, outcome.change);
        if (!delivering) return 'done';
        return this.#apply(delivering, await deliverStep(delivering, this.#d));
      }
      case 'delivered':
        await settlement.delivered(job, outcome.as, outcome.tokenDead, outcome.newReplyMessageId);
        status.forget(job.id);
        this.#d.events?.finished?.(job, 'delivered');
        return 'done';
      case 'failed': {
        const failed = await settlement.failed(job, outcome.reason, outcome.why, outcome.tell);
        status.forget(job.id);
        this.#d.events?.finished?.(job, 'refunded');
        if (!outcome.tell || !failed) return 'done';
        return this.#apply(failed, await notifyStep(failed, this.#d));
      }
      case 'told':
        if (job.state === 'notifying') {
          await store.update(job.id, (j) => {
            j.state = 'failed';
          });
          settlement.close(job);
        }
        return 'done';
    }
  }
}
