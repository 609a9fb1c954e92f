// Kie callbacks as hints: which callbacks make the job due, and when. The scheduler's side (a job
// woken while its check runs is checked again when it ends) is in test/services/scheduler.test.ts;
// test/e2e/callbacks.test.ts runs the whole path against the fake Kie.
import { describe, expect, it } from 'vitest';
import { TaskHints } from '../../../src/services/jobs/hints.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { JobStore } from '../../../src/services/jobs/jobStore.ts';
import { openStore } from '../../../src/services/store.ts';
import { logger, makeJob } from './support.ts';

async function setup(state: Job['state'] = 'running') {
  const store = await openStore('memory://');
  let now = 1_000_000;
  const jobs = new JobStore(store.collection<Job>('jobs'), () => now);
  await jobs.put(makeJob(now, { id: 'job1', state, kieTaskId: 'task1' }));
  const tasks = store.collection<string>('tasks');
  const wakes: Array<{ id: string; at: number }> = [];
  const hints = new TaskHints({
    tasks,
    store: jobs,
    scheduler: { wake: (_kind: string, id: string, at?: number) => void wakes.push({ id, at: at ?? now }) },
    logger,
    now: () => now,
  });
  return {
    hints,
    tasks,
    jobs,
    wakes,
    /** Moves the clock to `start + ms`. */
    at(ms: number) {
      now = 1_000_000 + ms;
    },
  };
}

describe('Kie callbacks as hints', () => {
  it('makes the job due again for a callback that comes after the check an earlier one caused', async () => {
    const s = await setup();
    await s.tasks.set('task1', 'job1');
    await s.hints.hint('task1');
    expect(s.wakes).toEqual([{ id: 'job1', at: 1_000_000 }]);
    // The check read "generating"; Kie's genuine callback comes 3 s later.
    s.at(3_000);
    await s.hints.hint('task1');
    expect(s.wakes).toEqual([
      { id: 'job1', at: 1_000_000 },
      { id: 'job1', at: 1_003_000 },
    ]);
  });

  it('spaces the reads repeats ask for a second apart: one more read for a burst, none while one is still to come', async () => {
    const s = await setup();
    await s.tasks.set('task1', 'job1');
    await s.hints.hint('task1');
    // 200 ms later the first check may already have read: the repeat gets a read of its own, a second after.
    s.at(200);
    await s.hints.hint('task1');
    for (const ms of [300, 600, 999]) {
      s.at(ms);
      await s.hints.hint('task1');
    }
    expect(s.wakes.map((w) => w.at - 1_000_000)).toEqual([0, 1_000]);
    s.at(1_500);
    await s.hints.hint('task1');
    s.at(4_000);
    await s.hints.hint('task1');
    expect(s.wakes.map((w) => w.at - 1_000_000)).toEqual([0, 1_000, 2_000, 4_000]);
  });

  it('does not let a callback for a task it cannot act on yet hold back the next one', async () => {
    const s = await setup('creating');
    // Before the create's answer is stored the task is unknown; then the job is not running yet.
    await s.hints.hint('task1');
    await s.tasks.set('task1', 'job1');
    s.at(100);
    await s.hints.hint('task1');
    expect(s.wakes).toEqual([]);
    await s.jobs.update('job1', (j) => {
      j.state = 'running';
    });
    s.at(200);
    await s.hints.hint('task1');
    expect(s.wakes).toEqual([{ id: 'job1', at: 1_000_200 }]);
  });

  it('ignores callbacks for finished jobs and unknown tasks', async () => {
    const s = await setup('delivered');
    await s.tasks.set('task1', 'job1');
    await s.hints.hint('task1');
    await s.hints.hint('no-such-task');
    expect(s.wakes).toEqual([]);
  });
});
