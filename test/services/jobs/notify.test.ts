import { describe, expect, it } from 'vitest';
import { DiscordUnavailableError, type Delivery } from '../../../src/services/delivery/routes.ts';
import { notifyStep } from '../../../src/services/jobs/notify.ts';
import { applied, logger, makeJob } from './support.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
const failedJob = makeJob(NOW - 60_000, { state: 'failed', failure: 'The video service could not make this video.', finishedAt: NOW - 1_000 });
const delivery = (edit: () => Promise<unknown>) => ({ edit }) as unknown as Delivery;

describe('notify step', () => {
  it('tells the member why, saying they were not charged', async () => {
    const sent: string[] = [];
    const outcome = await notifyStep(failedJob, { delivery: { edit: async (_j: unknown, body: { content: string }) => void sent.push(body.content) } as unknown as Delivery, logger, now: () => NOW });
    expect(outcome).toEqual({ kind: 'told' });
    expect(sent[0]).toContain('could not be made. You were not charged.');
  });

  it('Discord down: the job waits as `notifying` and is told later', async () => {
    const outcome = await notifyStep(failedJob, { delivery: delivery(() => Promise.reject(new DiscordUnavailableError('503'))), logger, now: () => NOW });
    expect(outcome).toMatchObject({ kind: 'wait', at: NOW + 5_000 });
    expect(applied(failedJob, outcome as never)).toMatchObject({ state: 'notifying', deliveryAttempts: 1 });
  });

  it('a route that can never work, or 12 hours of outage: closed without telling', async () => {
    expect(await notifyStep(failedJob, { delivery: delivery(() => Promise.reject(new Error('403'))), logger, now: () => NOW })).toEqual({ kind: 'told' });
    const late = { delivery: delivery(() => Promise.reject(new DiscordUnavailableError('503'))), logger, now: () => NOW + 13 * 3_600_000 };
    expect(await notifyStep(failedJob, late)).toEqual({ kind: 'told' });
  });
});
