import type { Logger } from '../../logger.ts';
import type { Delivery } from '../delivery/routes.ts';
import type { Job } from './job.ts';
import type { JobStore } from './jobStore.ts';
import { progressKey } from './progress.ts';
import type { ResultButtons } from './resultButtons.ts';
import { statusMessage, type MessageBody } from './statusView.ts';

const STATUS_EDIT_MIN_MS = 5_000;
const ELAPSED_EDIT_MIN_MS = 30_000;

/**
 * Edits a job's status reply when something a member would notice changed, at a rate Discord
 * tolerates: at most one edit per 5 s, and an unchanged state only to refresh the elapsed time.
 */
export class StatusUpdates {
  readonly #last = new Map<string, { at: number; key: string }>();
  readonly #delivery: Delivery;
  readonly #store: JobStore;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #buttons: Pick<ResultButtons, 'forQueued'> | undefined;

  /** `buttons`: the row a reply carries while its job is queued (Cancel). */
  constructor(options: { delivery: Delivery; store: JobStore; logger: Logger; now: () => number; buttons?: Pick<ResultButtons, 'forQueued'> }) {
    this.#delivery = options.delivery;
    this.#buttons = options.buttons;
    this.#store = options.store;
    this.#log = options.logger;
    this.#now = options.now;
  }

  /** The reply already shows this job's current state (e.g. the command just wrote "Queued"). */
  shown(job: Pick<Job, 'id' | 'state'>): void {
    this.#last.set(job.id, { at: this.#now(), key: job.state });
  }

  /** The status reply for the job as it is now: a queued job's carries its buttons (Cancel). */
  async message(job: Job): Promise<MessageBody> {
    const buttons = job.state === 'queued' && this.#buttons ? await this.#buttons.forQueued(job) : [];
    return statusMessage(job, this.#now(), buttons);
  }

  forget(jobId: string): void {
    this.#last.delete(jobId);
  }

  async show(job: Job, force: boolean): Promise<void> {
    const now = this.#now();
    const key = `${job.state}:${job.kieState ?? ''}:${progressKey(job)}`;
    const last = this.#last.get(job.id);
    if (last && !force) {
      const since = now - last.at;
      if (since < STATUS_EDIT_MIN_MS) return;
      if (last.key === key && since < ELAPSED_EDIT_MIN_MS) return;
    }
    this.#last.set(job.id, { at: now, key });
    let tokenDead = false;
    let newReplyMessageId: string | undefined;
    try {
      const outcome = await this.#delivery.edit(job, await this.message(job), [], { dm: false });
      tokenDead = outcome.tokenDead;
      newReplyMessageId = outcome.newReplyMessageId;
    } catch (error) {
      // A status line is not worth failing a job for; the final message has its own retries.
      tokenDead = (error as { tokenDead?: boolean }).tokenDead === true;
      this.#log.debug({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'status edit skipped');
    }
    // Remember a refused token, so the next edit goes straight to the bot-token route.
    if ((tokenDead && job.tokenDead !== true) || newReplyMessageId) {
      await this.#store
        .update(job.id, (j) => {
          if (tokenDead) j.tokenDead = true;
          if (newReplyMessageId) j.replyMessageId = newReplyMessageId;
        })
        .catch(() => undefined);
    }
  }
}
