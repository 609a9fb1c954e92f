import { describe, expect, it } from 'vitest';
import type { LinkInfo, ResultSender, SendOutcome } from '../../../src/services/delivery/result.ts';
import { deliverStep } from '../../../src/services/jobs/deliver.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { ResultButtons } from '../../../src/services/jobs/resultButtons.ts';
import type { MessageBody } from '../../../src/services/jobs/statusView.ts';
import { applied, logger, makeJob } from './support.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
const delivering = makeJob(NOW - 120_000, { state: 'delivering', kieTaskId: 't1', resultUrl: 'https://files.example/v.mp4' });

/** A result sender that answers `outcome` and keeps the message it was asked to send. */
function sender(outcome: SendOutcome): ResultSender & { bodies: MessageBody[] } {
  const bodies: MessageBody[] = [];
  return {
    bodies,
    async send(_job: Job, _url: string, compose: (link?: LinkInfo) => MessageBody) {
      bodies.push(compose());
      return outcome;
    },
  } as unknown as ResultSender & { bodies: MessageBody[] };
}

const deps = (results: ResultSender, buttons = new ResultButtons(), now = NOW) => ({ results, buttons, logger, now: () => now });

describe('deliver step', () => {
  it('delivered: says how and which reply holds it now, with every feature’s result buttons on the message', async () => {
    const results = sender({ kind: 'delivered', as: 'attachment', tokenDead: true, newReplyMessageId: 'm9' });
    const buttons = new ResultButtons([{ buttons: (job) => [{ type: 2, style: 2, label: `Again ${job.id}`, custom_id: `x:${job.id}` }] }]);
    expect(await deliverStep(delivering, deps(results, buttons))).toEqual({ kind: 'delivered', as: 'attachment', tokenDead: true, newReplyMessageId: 'm9' });
    expect(results.bodies[0]!.content).toContain('your video is ready');
    expect(results.bodies[0]!.components).toEqual([{ type: 1, components: [{ type: 2, style: 2, label: 'Again job1', custom_id: 'x:job1' }] }]);
  });

  it('Discord down: tried again with a growing back-off, the attempts counted', async () => {
    const outcome = await deliverStep(delivering, deps(sender({ kind: 'retry', why: '503' })));
    expect(outcome).toMatchObject({ kind: 'wait', at: NOW + 5_000 });
    expect(applied(delivering, outcome as never).deliveryAttempts).toBe(1);
    const again = await deliverStep({ ...delivering, deliveryAttempts: 3 }, deps(sender({ kind: 'retry', why: '503' })));
    expect(again).toMatchObject({ kind: 'wait', at: NOW + 40_000 });
  });

  it('Discord down for 12 hours: given up and refunded, without a message that cannot arrive', async () => {
    const outcome = await deliverStep(delivering, deps(sender({ kind: 'retry', why: '503' }), new ResultButtons(), NOW + 13 * 3_600_000));
    expect(outcome).toMatchObject({ kind: 'failed', tell: false });
  });

  it('the file expired at Kie: refunded and told; nobody reachable: refunded silently', async () => {
    expect(await deliverStep(delivering, deps(sender({ kind: 'gone' })))).toMatchObject({ kind: 'failed', why: 'result gone', tell: true });
    expect(await deliverStep(delivering, deps(sender({ kind: 'unreachable' })))).toMatchObject({ kind: 'failed', why: 'unreachable', tell: false });
  });

  it('a result-button source that throws leaves its buttons out, not the video', async () => {
    const results = sender({ kind: 'delivered', as: 'link', tokenDead: false, newReplyMessageId: undefined });
    const buttons = new ResultButtons([{ buttons: () => Promise.reject(new Error('store down')) }]);
    expect((await deliverStep(delivering, deps(results, buttons))).kind).toBe('delivered');
    expect(results.bodies[0]!.components).toEqual([]);
  });
});
