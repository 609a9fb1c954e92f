import type { Logger } from '../../logger.ts';
import type { Scheduler } from '../scheduler.ts';
import type { Collection } from '../store.ts';
import type { HintRelay } from './hintRelay.ts';
import type { JobStore } from './jobStore.ts';
import { JOB_KIND } from './schedule.ts';

/** A repeat hint for the same task within this window is ignored (Kie retries; forgers repeat). */
const REPEAT_WINDOW_MS = 10_000;
const REMEMBERED = 10_000;

/**
 * A second way to learn that a task may have finished: Kie's callback. It is only a hint: the job
 * is made due now, and the same check step a poll uses reads the task once from Kie. The callback's
 * body is never trusted, so a forged "success" delivers nothing early and charges nothing.
 */
export class TaskHints {
  readonly #tasks: Collection<string>;
  readonly #store: JobStore;
  readonly #scheduler: Scheduler;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #recent = new Map<string, number>();
  readonly #relay: Pick<HintRelay, 'owns' | 'forward'> | undefined;

  /** `relay`: sharded, a hint for a guild another process owns goes to that process through the store. */
  constructor(options: { tasks: Collection<string>; store: JobStore; scheduler: Scheduler; logger: Logger; now: () => number; relay?: Pick<HintRelay, 'owns' | 'forward'> | undefined }) {
    this.#tasks = options.tasks;
    this.#store = options.store;
    this.#scheduler = options.scheduler;
    this.#log = options.logger;
    this.#now = options.now;
    this.#relay = options.relay;
  }

  /** Remembers which job a Kie task belongs to (written when the create succeeds). */
  async taskStarted(taskId: string, jobId: string): Promise<void> {
    await this.#tasks.set(taskId, jobId);
  }

  async hint(taskId: string): Promise<void> {
    const now = this.#now();
    const last = this.#recent.get(taskId);
    if (last !== undefined && now - last < REPEAT_WINDOW_MS) return;
    this.#recent.delete(taskId);
    this.#recent.set(taskId, now);
    if (this.#recent.size > REMEMBERED) this.#recent.delete(this.#recent.keys().next().value!);

    const jobId = await this.#tasks.get(taskId);
    if (!jobId) return this.#log.debug({ taskId }, 'callback for a task the bot does not know; ignored');
    const job = await this.#store.get(jobId);
    // Settled or not yet running: nothing a read of the task could change.
    if (!job || job.state !== 'running') return;
    if (this.#relay && !this.#relay.owns(job.guildId)) return this.#relay.forward(jobId, job.guildId);
    this.#log.debug({ jobId, taskId }, 'Kie says the task may be done; checking now');
    this.#scheduler.wake(JOB_KIND, jobId, now);
  }
}
