import { resultActionButtons } from '../components/result.ts';
import type { Challenges } from '../services/challenges/service.ts';
import { ResultSender } from '../services/delivery/result.ts';
import { ActiveJobs } from '../services/jobs/activeJobs.ts';
import { CancelQueued } from '../services/jobs/cancel.ts';
import { HintRelay } from '../services/jobs/hintRelay.ts';
import { TaskHints } from '../services/jobs/hints.ts';
import { PollPlanner } from '../services/jobs/pollPlan.ts';
import { LegacyHoldSweep } from '../services/jobs/recovery.ts';
import { ResultButtons } from '../services/jobs/resultButtons.ts';
import { JobRunner } from '../services/jobs/runner.ts';
import { JOB_KIND, JobSchedule } from '../services/jobs/schedule.ts';
import { Jobs } from '../services/jobs/service.ts';
import { Settlement } from '../services/jobs/settle.ts';
import { StatusUpdates } from '../services/jobs/statusUpdates.ts';
import { JobTiming } from '../services/jobs/timing.ts';
import type { Job } from '../services/jobs/job.ts';
import type { Entry } from '../services/scheduler.ts';
import type { Base } from './base.ts';
import type { DiscordRestArea } from './discordRest.ts';
import type { JobRecordsArea } from './jobRecords.ts';
import type { KieArea } from './kie.ts';
import type { ModelsArea } from './models.ts';

export interface JobsArea {
  /** What commands and buttons ask of the pipeline: quote, submit, start. */
  jobs: Jobs;
  cancel: CancelQueued;
  /** Kie's callbacks: a second way to learn a task may be done (only a hint). */
  hints: TaskHints;
  /** Reads learned completion times, resumes the schedule, settles what a crash left; logs what it found. */
  start(): Promise<void>;
  /** Creates waiting for a Kie slot give it up (they stay queued); sent ones are awaited. */
  stop(): Promise<void>;
  /** Hears every job that was delivered or failed, after its final write (e.g. the review log). */
  onFinished(listener: (job: Job, outcome: 'delivered' | 'refunded') => void): void;
}

/** The job pipeline: submit → create → check → deliver → settle, run by the scheduler. */
export function wireJobs(base: Base, kie: KieArea, models: ModelsArea, discord: DiscordRestArea, records: JobRecordsArea, challenges: Challenges): JobsArea {
  const { config, store, ledger, scheduler, logger, now, metrics, stateCounts, ownership, registry } = base;
  const { delivery } = discord;
  const planner = new PollPlanner({ minIntervalMs: config.POLL_INTERVAL_MS, meta: store.collection<number[]>('meta') });
  const active = new ActiveJobs({ maxPerMember: config.MAX_ACTIVE_JOBS_PER_MEMBER, maxPerGuild: config.MAX_ACTIVE_JOBS_PER_GUILD });
  // Features add their buttons to delivered results here (result actions, challenges).
  const resultButtons = new ResultButtons();
  resultButtons.add(resultActionButtons);
  resultButtons.add(challenges.resultButtons());
  const status = new StatusUpdates({ delivery, store: records.store, logger, now, buttons: resultButtons });
  const settlement = new Settlement({ store: records.store, ledger, active, logger, now });
  const schedule = new JobSchedule(scheduler);
  const owns = (guildId: string) => ownership.owns(guildId);
  // Sharded, a callback for a server another process owns reaches that process through the store.
  const relay = ownership.sharded ? new HintRelay({ hints: store.collection('hints'), owns, wake: (id) => schedule.wake(id), logger, now }) : undefined;
  // The open jobs' due times keep their old collection name, so an upgrade resumes them.
  const entries = store.collection<Entry>('open');
  const hints = new TaskHints({ tasks: store.collection<string>('tasks'), store: records.store, scheduler, logger, now, relay });
  const finishedListeners: Array<(job: Job, outcome: 'delivered' | 'refunded') => void> = [];
  const runner = new JobRunner({
    kie: kie.port,
    store: records.store,
    schedule,
    entries,
    // With callbacks on, polls are only the safety net for a lost callback.
    timing: new JobTiming(planner, registry, { safetyNet: kie.callbackUrl !== undefined }),
    models: models.models,
    results: new ResultSender({ delivery, freshUrl: (url) => kie.port.getDownloadUrl(url), logger }),
    buttons: resultButtons,
    delivery,
    settlement,
    status,
    active,
    logger,
    now,
    jobTimeoutMs: config.JOB_TIMEOUT_MS,
    minPollIntervalMs: config.POLL_INTERVAL_MS,
    events: {
      taskStarted: (taskId, jobId) => hints.taskStarted(taskId, jobId),
      changed: (job) => stateCounts.changed(job),
      finished(job, outcome) {
        stateCounts.forget(job.id);
        metrics?.jobEnded(outcome, job, now());
        for (const listener of finishedListeners) listener(job, outcome);
      },
    },
  });
  schedule.register({ entries, run: (id) => runner.run(id), resumed: (id, entry) => runner.resumed(id, entry) });
  const legacyHolds = new LegacyHoldSweep(store.collection<{ at: number }>('lifecycle'));
  const jobs = new Jobs({
    registry,
    models: models.models,
    choices: models.serverModels,
    ledger,
    active,
    logger,
    now,
    store: records.store,
    schedule,
    status,
    memberJobs: records.memberJobs,
    payer: (guildId, channelId) => challenges.payer(guildId, channelId),
  });
  return {
    jobs,
    cancel: new CancelQueued({ store: records.store, settlement, schedule, status, logger, now }),
    hints,
    async start() {
      await planner.load(registry.kieModels());
      const scheduled = await scheduler.resume({ owns: (entry) => ownership.ownsEntry(entry) });
      // Every hold has a schedule entry until it is settled, so the resumed entries settle them all.
      // Holds from versions before that are swept once per store.
      const settled = await legacyHolds.sweepOnce({ ledger, store: records.store, isScheduled: (id) => schedule.has(id), owns, layout: ownership.description });
      await records.start();
      relay?.start();
      logger.info({ store: store.description, open: scheduled[JOB_KIND] ?? 0, scheduled, settled, shards: config.SHARDING?.ids }, 'jobs resumed');
    },
    onFinished: (listener) => void finishedListeners.push(listener),
    async stop() {
      await relay?.stop();
      await scheduler.stop();
      await runner.stop();
    },
  };
}
