import type { Ledger } from '../ledger/ledger.ts';
import { openStates } from './job.ts';
import type { JobStore } from './jobStore.ts';

/**
 * At start, after open jobs are scheduled again: holds that outlived a crash are settled. Finished
 * jobs get their capture or release; holds without a job are released.
 */
export async function settleOrphanHolds(deps: { ledger: Ledger; store: JobStore; isScheduled(jobId: string): boolean }): Promise<number> {
  let settled = 0;
  for (const { guildId, jobId } of await deps.ledger.openHolds()) {
    if (deps.isScheduled(jobId)) continue;
    const job = await deps.store.get(jobId);
    if (job && openStates.has(job.state)) continue;
    if (job?.state === 'delivered') await deps.ledger.capture(guildId, jobId);
    else await deps.ledger.release(guildId, jobId, job ? 'settled after restart' : 'no job after restart');
    settled += 1;
  }
  return settled;
}
