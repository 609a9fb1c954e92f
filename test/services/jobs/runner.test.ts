import { afterEach, describe, expect, it } from 'vitest';
import type { LinkInfo, ResultSender } from '../../../src/services/delivery/result.ts';
import type { Delivery } from '../../../src/services/delivery/routes.ts';
import { ActiveJobs } from '../../../src/services/jobs/activeJobs.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { JobStore } from '../../../src/services/jobs/jobStore.ts';
import { CleanStop, settleOrphanHolds } from '../../../src/services/jobs/recovery.ts';
import { ResultButtons } from '../../../src/services/jobs/resultButtons.ts';
import { JOB_KIND, JobRunner } from '../../../src/services/jobs/runner.ts';
import { Settlement } from '../../../src/services/jobs/settle.ts';
import { StatusUpdates } from '../../../src/services/jobs/statusUpdates.ts';
import type { MessageBody } from '../../../src/services/jobs/statusView.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { Scheduler, type Entry } from '../../../src/services/scheduler.ts';
import { openStore, type Store } from '../../../src/services/store.ts';
import { until } from '../../support/wait.ts';
import { PollPlanner } from '../../../src/services/jobs/pollPlan.ts';
import { JobTiming } from '../../../src/services/jobs/timing.ts';
import { kie, logger, makeJob, modelsIn, registry, task } from './support.ts';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** The runner and scheduler as the composition root wires them, over an in-memory store. */
async function pipeline(getTask: () => Promise<ReturnType<typeof task> | null>) {
  store = await openStore('memory://');
  const jobs = new JobStore(store.collection<Job>('jobs'));
  const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 100 });
  const active = new ActiveJobs({ maxPerMember: 5, maxPerGuild: 5 });
  const edits: string[] = [];
  const delivery = { edit: async (_job: Job, body: MessageBody) => (edits.push(body.content), { route: 'interaction', messageId: 'r1', tokenDead: false }) } as unknown as Delivery;
  const results = {
    async send(job: Job, _url: string, compose: (link?: LinkInfo) => MessageBody) {
      edits.push(compose().content);
      return { kind: 'delivered', as: 'attachment', tokenDead: false, newReplyMessageId: undefined };
    },
  } as unknown as ResultSender;
  // Tasks of this model "usually" finish in 20 ms: the first check comes at once.
  const planner = new PollPlanner({ minIntervalMs: 1 });
  for (let i = 0; i < 5; i++) await planner.learn('sora-2-text-to-video', 20);
  const scheduler = new Scheduler({ concurrency: 2, logger });
  const runner = new JobRunner({
    kie: kie({ createTask: async () => ({ taskId: 't1' }), getTask }),
    store: jobs,
    scheduler,
    timing: new JobTiming(planner, registry),
    models: modelsIn(store),
    results,
    buttons: new ResultButtons(),
    delivery,
    settlement: new Settlement({ store: jobs, ledger, active, logger, now: Date.now }),
    status: new StatusUpdates({ delivery, store: jobs, logger, now: Date.now }),
    active,
    logger,
    now: Date.now,
    jobTimeoutMs: 60_000,
    minPollIntervalMs: 1,
  });
  const open = store.collection<Entry>('open');
  scheduler.register(JOB_KIND, { entries: open, run: (id) => runner.run(id), resumed: (id, e) => runner.resumed(id, e) });
  const submit = async () => {
    const job = makeJob(Date.now());
    const hold = await ledger.hold({ guildId: job.guildId, memberId: job.memberId, jobId: job.id, amount: job.price });
    expect(hold.ok).toBe(true);
    await jobs.put(job);
    await scheduler.set(JOB_KIND, job.id, Date.now(), JobRunner.meta(job));
    return job;
  };
  return { jobs, ledger, scheduler, runner, open, edits, submit };
}

describe('job runner', () => {
  it('queued → running → delivered: the hold is captured and the schedule entry is gone', async () => {
    const p = await pipeline(async () => task({ state: 'success', resultUrls: ['https://files.example/v.mp4'] }));
    const job = await p.submit();
    await until(async () => (await p.jobs.get(job.id))?.state === 'delivered', 5_000, 'delivered');
    const account = await p.ledger.account('g1');
    expect(account.balance).toBe(70);
    expect(account.settled[job.id]).toBe('captured');
    await until(async () => (await p.open.get(job.id)) === undefined, 2_000, 'the schedule entry removed');
    expect(p.edits.at(-1)).toContain('your video is ready');
    await p.scheduler.stop();
    await p.runner.stop();
  });

  it('a failed task: refunded, the member told, nothing left scheduled', async () => {
    const p = await pipeline(async () => task({ state: 'fail', failMsg: 'GPU lost' }));
    const job = await p.submit();
    await until(async () => (await p.jobs.get(job.id))?.state === 'failed', 5_000, 'failed');
    expect((await p.ledger.account('g1')).balance).toBe(100);
    await until(() => p.edits.some((e) => e.includes('You were not charged')), 2_000, 'the failure notice');
    expect(await p.open.get(job.id)).toBeUndefined();
    await p.scheduler.stop();
    await p.runner.stop();
  });

  it('at start after a crash, a hold whose job never got stored is released; after a clean stop the scan is skipped', async () => {
    const p = await pipeline(async () => null);
    await p.ledger.hold({ guildId: 'g1', memberId: 'm1', jobId: 'lost', amount: 10 });
    const marks = new CleanStop(store!.collection<{ at: number }>('lifecycle'));
    expect(await marks.wasClean()).toBe(false);
    expect(await settleOrphanHolds({ ledger: p.ledger, store: p.jobs, isScheduled: () => false })).toBe(1);
    expect((await p.ledger.account('g1')).balance).toBe(100);
    await marks.mark(Date.now());
    expect(await marks.wasClean()).toBe(true);
    expect(await marks.wasClean()).toBe(false); // read once: a crash after this start is not mistaken for a clean stop
  });
});
