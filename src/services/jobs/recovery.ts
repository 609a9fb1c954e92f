import type { Ledger } from '../ledger/ledger.ts';
import type { Collection } from '../store.ts';
import { openStates } from './job.ts';
import type { JobStore } from './jobStore.ts';

/**
 * Since every hold is made after its job's schedule entry is written and the entry goes only once
 * the hold is settled, resuming the entries settles every hold a crash left open. Stores written by
 * earlier versions may still hold what a crash left then: they are swept once (reading every
 * account), and never again.
 */
export class LegacyHoldSweep {
  readonly #marks: Collection<{ at: number }>;

  constructor(marks: Collection<{ at: number }>) {
    this.#marks = marks;
  }

  /** `layout`: sharded processes each sweep their own guilds once. Returns the holds settled. */
  async sweepOnce(deps: { ledger: Ledger; store: JobStore; isScheduled(jobId: string): boolean; owns?(guildId: string): boolean; layout: string }): Promise<number> {
    const key = `legacy-holds-swept:${deps.layout}`;
    if (await this.#marks.get(key)) return 0;
    const settled = await settleOrphanHolds(deps);
    await this.#marks.set(key, { at: Date.now() });
    return settled;
  }
}

/** Holds whose job is final or gone: captured if it was delivered, released otherwise. */
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
