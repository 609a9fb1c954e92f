import { KieError } from './errors.ts';
import { normalizeState, parseResultUrls, type RecordInfoData } from './schemas.ts';
import type { KieTask } from './types.ts';

/** recordInfo's data as the rest of the bot sees a task: the wire's quirks smoothed out. */
export function toTask(log: { warn(context: object, message: string): void }, op: string, data: RecordInfoData): KieTask {
  let state = normalizeState(data.state);
  if (state === undefined) {
    // A state Kie has not documented is treated as still running: the poller's deadline ends it
    // if it never resolves, which is kinder than failing a task that may yet succeed.
    log.warn({ op, taskId: data.taskId, state: data.state }, 'Kie reported an unknown task state');
    state = 'generating';
  }
  const resultUrls = parseResultUrls(data.resultJson);
  if (state === 'success' && (resultUrls === undefined || resultUrls.length === 0)) {
    // Retried as a read: Kie may flip the state a moment before it writes the result.
    throw new KieError({ kind: 'malformed', message: `${op} failed: task succeeded without a readable result URL` });
  }
  return {
    taskId: data.taskId,
    model: data.model,
    state,
    resultUrls: resultUrls ?? [],
    failCode: data.failCode,
    failMsg: data.failMsg,
    progress: data.progress,
    costTimeSec: data.costTime,
    createTime: data.createTime,
    completeTime: data.completeTime,
    creditsConsumed: data.creditsConsumed,
  };
}
