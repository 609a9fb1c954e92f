import { pino } from 'pino';
import type { Job } from '../../../src/services/jobs/job.ts';
import { JobTiming } from '../../../src/services/jobs/timing.ts';
import { PollPlanner } from '../../../src/services/jobs/pollPlan.ts';
import type { KiePort, KieTask } from '../../../src/services/kie/types.ts';
import { ModelRegistry } from '../../../src/services/models/registry.ts';
import { ModelState, type ModelStateRecord } from '../../../src/services/models/state.ts';
import type { Store } from '../../../src/services/store.ts';

export const logger = pino({ level: 'silent' });
export const registry = new ModelRegistry({ enabled: undefined, priceOverrides: {} });
export const timing = new JobTiming(new PollPlanner({ minIntervalMs: 1_000 }), registry);

/** What the bot knows of each model's state, kept in `store`. */
export function modelsIn(store: Store, now: () => number = Date.now): ModelState {
  return new ModelState({ registry, collection: store.collection<ModelStateRecord>('models'), now });
}

/** A job as the submit step would store it, at `now`. */
export function makeJob(now: number, patch: Partial<Job> = {}): Job {
  return {
    id: 'job1',
    guildId: 'g1',
    channelId: 'c1',
    memberId: 'm1',
    applicationId: 'app',
    interactionToken: 'tok',
    tokenExpiresAt: now + 15 * 60_000,
    attachmentSizeLimit: 10 * 1024 * 1024,
    familyId: 'sora-2',
    familyLabel: 'Sora 2',
    kieModel: 'sora-2-text-to-video',
    input: { prompt: 'a kite' },
    prompt: 'a kite',
    duration: 10,
    aspect: 'landscape',
    quality: 'standard',
    price: 30,
    state: 'queued',
    createdAt: now,
    updatedAt: now,
    checks: 0,
    deliveryAttempts: 0,
    ...patch,
  };
}

export function task(patch: Partial<KieTask>): KieTask {
  return {
    taskId: 't1',
    model: 'sora-2-text-to-video',
    state: 'generating',
    resultUrls: [],
    failCode: null,
    failMsg: null,
    progress: null,
    costTimeSec: null,
    createTime: null,
    completeTime: null,
    creditsConsumed: null,
    ...patch,
  };
}

/** A KiePort answering from the functions given; anything else fails the test loudly. */
export function kie(parts: Partial<KiePort>): KiePort {
  const missing = (name: string) => () => Promise.reject(new Error(`unexpected Kie call: ${name}`));
  return {
    createTask: parts.createTask ?? missing('createTask'),
    getTask: parts.getTask ?? missing('getTask'),
    getCredits: parts.getCredits ?? missing('getCredits'),
    getDownloadUrl: parts.getDownloadUrl ?? missing('getDownloadUrl'),
  };
}

/** Applies a step outcome's change to a copy of the job, as the runner would. */
export function applied(job: Job, outcome: { change?: (j: Job) => void }): Job {
  const copy = structuredClone(job);
  outcome.change?.(copy);
  return copy;
}
