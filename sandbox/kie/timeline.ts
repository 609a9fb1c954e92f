// A task's timeline: waiting → queuing → generating → success | fail, read off the clock and the
// task's plan (or a forced end from completeTask). Both APIs, callbacks and files ask here what a
// task is doing now; a new task state (a "cancelled" Kie may add) starts here.
import type { FakeOutcome, FakeTask } from './types.ts';

export interface Snapshot {
  state: 'waiting' | 'queuing' | 'generating' | 'success' | 'fail';
  progress: number;
  completeTime: number | null;
  outcome: FakeOutcome | null;
}

/** The failure of a task that has failed, else null. */
export function failureOf(snap: Snapshot): { code: string; msg: string } | null {
  return snap.outcome !== null && snap.outcome !== 'success' ? snap.outcome.fail : null;
}

export function snapshot(task: FakeTask, now: number): Snapshot {
  const { waitingMs, queueMs, generateMs } = task.plan;
  const queueAt = task.createdAt + waitingMs;
  const generateAt = queueAt + queueMs;
  const naturalEnd = generateAt + generateMs;
  const end = task.forced && task.forced.at < naturalEnd ? task.forced : now >= naturalEnd ? { at: naturalEnd, outcome: task.plan.outcome } : undefined;
  const elapsed = Math.min(now, end?.at ?? now) - generateAt;
  const generated = generateMs > 0 ? Math.max(0, Math.min(99, Math.floor((elapsed / generateMs) * 100))) : 99;
  if (end && now >= end.at) {
    const success = end.outcome === 'success';
    return { state: success ? 'success' : 'fail', progress: success ? 100 : generated, completeTime: end.at, outcome: end.outcome };
  }
  const state = now < queueAt ? 'waiting' : now < generateAt ? 'queuing' : 'generating';
  return { state, progress: state === 'generating' ? generated : 0, completeTime: null, outcome: null };
}

/** Ends a task now, whatever its plan said (completeTask). */
export function forceEnd(task: FakeTask, now: number, outcome: FakeOutcome): void {
  if (snapshot(task, now).completeTime !== null) throw new Error(`FakeKie: task ${task.taskId} has already ended`);
  task.forced = { at: now, outcome };
}
