import type { Logger } from '../../logger.ts';
import type { Scheduler } from '../scheduler.ts';
import type { Collection } from '../store.ts';
import type { HintRelay } from './hintRelay.ts';
import type { JobStore } from './jobStore.ts';
import { JOB_KIND } from './schedule.ts';

/**
 * Reads a callback asks for, for one task, are at least this far apart: a flood of repeats (Kie
 * retries, replays) costs at most one read per task per second, and a genuine callback right after
 * an early one waits at most this long for its read.
 */
const SPACING_MS = 1_000;
const REMEMBERED = 10_000;

/**
 * A second way to learn that a task may have finished: Kie's callback. It is only a hint: the job
 * is made due (now, or a second after the last read a callback asked for), and the same check step
 * a poll uses reads the task from Kie. The callback's
 * body is never trusted, so a forged "success" delivers nothing early and charges nothing.
 */
export class TaskHints {
  readonly #tasks: Collection<string>;
  readonly #store: JobStore;
  readonly #scheduler: Pick<Scheduler, 'wake'>;
  readonly #log: Logger;
  readonly #now: () => number;
  /** Per task: when the latest read a callback asked for is due (insertion order = age). */
  readonly #recent = new Map<string, number>();
  readonly #relay: Pick<HintRelay, 'owns' | 'forward'> | undefined;

  /** `relay`: sharded, a hint for a guild another process owns goes to that process through the store. */
  constructor(options: { tasks: Collection<string>; store: JobStore; scheduler: Pick<Scheduler, 'wake'>; logger: Logger; now: () => number; relay?: Pick<HintRelay, 'owns' | 'forward'> | undefined }) {
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

  /**
   * Every callback for a running job is answered by a read that starts after it arrived. A check
   * already due but not begun covers it (the scheduler keeps one due time per job); a check under
   * way when it came may have read before Kie finished, so the job is woken again and the scheduler
   * runs it once more when that check ends. Nothing is dropped for being a repeat: a replayed or
   * early callback must not make the genuine one wait for the next safety-net poll.
   */
  async hint(taskId: string): Promise<void> {
    const due = this.#recent.get(taskId);
    // A read this callback would ask for is already due later: it starts after this callback too.
    if (due !== undefined && due > this.#now()) return;

    const jobId = await this.#tasks.get(taskId);
    if (!jobId) return this.#log.debug({ taskId }, 'callback for a task the bot does not know; ignored');
    const job = await this.#store.get(jobId);
    // Settled or not yet running: nothing a read of the task could change.
    if (!job || job.state !== 'running') return;
    if (this.#relay && !this.#relay.owns(job.guildId)) return this.#relay.forward(jobId, job.guildId);

    const now = this.#now();
    // Waking a job already due sooner postpones it by less than SPACING_MS at most.
    const at = due === undefined ? now : Math.max(now, due + SPACING_MS);
    this.#recent.delete(taskId);
    this.#recent.set(taskId, at);
    if (this.#recent.size > REMEMBERED) this.#recent.delete(this.#recent.keys().next().value!);
    this.#log.debug({ jobId, taskId, inMs: at - now }, 'Kie says the task may be done; checking');
    this.#scheduler.wake(JOB_KIND, jobId, at);
  }
}
