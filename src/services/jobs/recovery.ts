import type { Ledger } from '../ledger/ledger.ts';
import type { Collection } from '../store.ts';
import { openStates } from './job.ts';
import type { JobStore } from './jobStore.ts';

/**
 * At start, after open jobs are scheduled again: holds that outlived a crash are settled. Finished
 * jobs get their capture or release; holds without a job are released.
 */
export async function settleOrphanHolds(deps: { ledger: Ledger; store: JobStore; isScheduled(jobId: string): boolean; owns?(guildId: string): boolean }): Promise<number> {
  let settled = 0;
  for (const { guildId, jobId } of await deps.ledger.openHolds()) {
    // Sharded: another process owns this guild, and its jobs are scheduled there, not here.
    if (deps.owns && !deps.owns(guildId)) continue;
    if (deps.isScheduled(jobId)) continue;
    const job = await deps.store.get(jobId);
    if (job && openStates.has(job.state)) continue;
    if (job?.state === 'delivered') await deps.ledger.capture(guildId, jobId);
    else await deps.ledger.release(guildId, jobId, job ? 'settled after restart' : 'no job after restart');
    settled += 1;
  }
  return settled;
}

/**
 * Remembers that the last run stopped cleanly (every step finished, every hold belongs to a stored
 * open job), so the next start can skip reading every guild's account for orphaned holds.
 */
export class CleanStop {
  readonly #marks: Collection<{ at: number }>;

  constructor(marks: Collection<{ at: number }>) {
    this.#marks = marks;
  }

  /** Reads and clears the mark: from now on, until the next clean stop, a crash is assumed. */
  async wasClean(): Promise<boolean> {
    const mark = await this.#marks.get('clean-stop');
    if (mark) await this.#marks.delete('clean-stop');
    return mark !== undefined;
  }

  async mark(at: number): Promise<void> {
    await this.#marks.set('clean-stop', { at });
  }
}
