import { UserError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { Delivery } from '../delivery/routes.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Scheduler } from '../scheduler.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import type { MemberJobs } from './memberJobs.ts';
import type { ResultButtons } from './resultButtons.ts';
import { JOB_KIND } from './runner.ts';
import type { Settlement } from './settle.ts';
import type { StatusUpdates } from './statusUpdates.ts';
import { failedMessage } from './statusView.ts';

export interface HistoryDeps {
  store: JobStore;
  index: MemberJobs;
  ledger: Ledger;
  settlement: Settlement;
  scheduler: Scheduler;
  status: StatusUpdates;
  delivery: Delivery;
  buttons: ResultButtons;
  logger: Logger;
  now: () => number;
}

/** Whose jobs a lookup may see: one member's, or (for admins) everyone's in the guild. */
export interface Scope {
  guildId: string;
  /** undefined = every member of the guild (admins). */
  memberId: string | undefined;
}

export type CancelOutcome =
  | { kind: 'cancelled'; job: Job; refunded: number }
  /** Already sent to Kie (or being sent): Kie has no way to stop a task. */
  | { kind: 'at-kie'; job: Job }
  | { kind: 'finished'; job: Job };

class NotCancellable extends Error {}

/** What `/jobs` asks: a member's recent jobs, one job by (short) id, and cancelling a queued job. */
export class JobHistory {
  readonly #d: HistoryDeps;

  constructor(deps: HistoryDeps) {
    this.#d = deps;
  }

  get(id: string): Promise<Job | undefined> {
    return this.#d.store.get(id);
  }

  async #ids(scope: Scope): Promise<string[]> {
    return scope.memberId === undefined ? this.#d.index.ofGuild(scope.guildId) : this.#d.index.ofMember(scope.guildId, scope.memberId);
  }

  /** Newest first; `total` counts the indexed ids (a page may come back short if a job is gone). */
  async recent(scope: Scope, offset: number, limit: number): Promise<{ jobs: Job[]; total: number }> {
    const ids = await this.#ids(scope);
    const jobs = await Promise.all(ids.slice(offset, offset + limit).map((id) => this.#d.store.get(id)));
    return { jobs: jobs.filter((j): j is Job => j !== undefined && j.guildId === scope.guildId), total: ids.length };
  }

  /** Jobs whose id starts with `typed` (any case), newest first, for autocomplete. */
  async suggest(scope: Scope, typed: string, limit: number, prefer?: (job: Job) => boolean): Promise<Job[]> {
    const needle = typed.trim().toLowerCase();
    const ids = (await this.#ids(scope)).filter((id) => id.startsWith(needle)).slice(0, 100);
    const jobs = (await Promise.all(ids.slice(0, Math.max(limit * 2, 25)).map((id) => this.#d.store.get(id)))).filter((j): j is Job => j !== undefined);
    if (prefer) jobs.sort((a, b) => Number(prefer(b)) - Number(prefer(a)));
    return jobs.slice(0, limit);
  }

  /** One job by its id or the short id shown in replies, within `scope`; refusals are UserErrors. */
  async find(scope: Scope, typed: string): Promise<Job> {
    const needle = typed.trim().toLowerCase();
    if (needle.length < 4 || !/^[0-9a-z]+$/.test(needle)) {
      throw new UserError(`\`${needle.slice(0, 20).replace(/`/g, '')}\` is not a job id. Job ids look like \`k3x9ab\`; pick one from the list, or see \`/jobs list\`.`);
    }
    const matches = (await this.#ids(scope)).filter((id) => id.startsWith(needle));
    if (matches.length > 1) throw new UserError(`More than one job starts with \`${needle}\`. Type a few more characters of the id.`);
    const job = matches[0] === undefined ? undefined : await this.#d.store.get(matches[0]);
    if (!job || job.guildId !== scope.guildId) {
      const whose = scope.memberId === undefined ? 'in this server' : 'of yours in this server';
      throw new UserError(`No job ${whose} has the id \`${needle}\`. See \`/jobs list\` for your recent ones.`);
    }
    return job;
  }

  /**
   * Cancels a job that is still waiting for a Kie create slot: failed as cancelled and refunded at
   * once. Decided under the job's lock, the same one the create step takes just before sending, so
   * exactly one of them wins: a cancelled job is never sent, a sent job is never refunded here.
   */
  async cancel(jobId: string, by: string): Promise<CancelOutcome> {
    const { store, ledger, settlement, scheduler, status, logger } = this.#d;
    let refused: Job | undefined;
    let cancelled: Job | undefined;
    try {
      cancelled = await store.update(jobId, (j) => {
        if (j.state !== 'queued') {
          refused = j;
          throw new NotCancellable();
        }
        j.state = 'failed';
        j.failure = by === j.memberId ? 'Cancelled by you before it was sent to the video service.' : 'Cancelled by a server admin before it was sent to the video service.';
        j.cancelledBy = by;
        j.finishedAt = this.#d.now();
      });
    } catch (error) {
      if (!(error instanceof NotCancellable) || !refused) throw error;
      const finished = refused.state === 'delivered' || refused.state === 'failed' || refused.state === 'notifying';
      return { kind: finished ? 'finished' : 'at-kie', job: refused };
    }
    if (!cancelled) throw new UserError('That job no longer exists.');
    const settlementResult = await ledger.release(cancelled.guildId, cancelled.id, 'cancelled');
    settlement.close(cancelled);
    status.forget(cancelled.id);
    await scheduler.remove(JOB_KIND, cancelled.id);
    logger.info({ jobId: cancelled.id, guildId: cancelled.guildId, by, refunded: settlementResult.amount }, 'job cancelled while queued');
    await this.#tell(cancelled);
    return { kind: 'cancelled', job: cancelled, refunded: settlementResult.amount };
  }

  /** The public reply says the job was cancelled; a failed edit is logged, the refund stands. */
  async #tell(job: Job): Promise<void> {
    try {
      const buttons = await this.#d.buttons.forFailure(job).catch(() => []);
      const outcome = await this.#d.delivery.edit(job, failedMessage(job, this.#d.now(), buttons), [], { dm: false });
      if (outcome.tokenDead || outcome.newReplyMessageId) {
        await this.#d.store.update(job.id, (j) => {
          if (outcome.tokenDead) j.tokenDead = true;
          if (outcome.newReplyMessageId) j.replyMessageId = outcome.newReplyMessageId;
        });
      }
    } catch (error) {
      this.#d.logger.warn({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'could not show the cancel in the reply');
    }
  }

  /** Remembers that the result message was deleted (so /jobs does not link to it). */
  async markDeleted(jobId: string): Promise<void> {
    await this.#d.store.update(jobId, (j) => {
      j.resultDeletedAt = this.#d.now();
    });
  }
}

