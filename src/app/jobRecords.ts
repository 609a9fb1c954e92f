import { JobHistory } from '../services/jobs/history.ts';
import type { Job } from '../services/jobs/job.ts';
import { JobStore } from '../services/jobs/jobStore.ts';
import { MemberJobs } from '../services/jobs/memberJobs.ts';
import type { Base } from './base.ts';

export interface JobRecordsArea {
  store: JobStore;
  /** Each member's and server's job ids, newest first (`/jobs`). */
  memberJobs: MemberJobs;
  history: JobHistory;
  /** Indexes jobs stored before the index existed (once per store). */
  start(): Promise<void>;
}

/** The stored jobs and their lookups: what the job pipeline writes and `/jobs`, challenges and buttons read. */
export function wireJobRecords(base: Base): JobRecordsArea {
  const { store: db, now, logger } = base;
  const store = new JobStore(db.collection<Job>('jobs'), now);
  const memberJobs = new MemberJobs(db.collection<string[]>('memberJobs'));
  return {
    store,
    memberJobs,
    history: new JobHistory({ store, index: memberJobs, now }),
    async start() {
      const indexed = await memberJobs.buildOnce(db.collection<Job>('jobs').entries());
      if (indexed > 0) logger.info({ indexed }, 'indexed stored jobs for /jobs');
    },
  };
}
