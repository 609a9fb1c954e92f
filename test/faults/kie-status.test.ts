// Faults on Kie's recordInfo, its result files and download-url, injected while the member's job
// runs. Every case checks: (1) delivered or refunded, with an exact ledger; (2) the member is told in
// plain words; (3) a new /sora is delivered afterwards; (4) nothing unhandled was logged.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures.ts';
import type { MalformedKind } from '../../sandbox/kie.ts';
import type { World } from '../e2e/world.ts';
import { until } from '../support/wait.ts';
import {
  expectNextDelivered,
  expectNothingUnhandled,
  expectSettled,
  finished,
  jobOf,
  KieGate,
  logged,
  SORA_PRICE,
  startFaultWorld,
  told,
} from './support.ts';

let world: World | undefined;
let gate: KieGate | undefined;
afterEach(async () => {
  await world?.close();
  await gate?.down();
  world = undefined;
  gate = undefined;
});

/** The status check fails for a while and then answers: the video still lands, charged once. */
async function expectDeliveredDespite(w: World, retried: Record<string, unknown>): Promise<void> {
  const sent = await w.sora({ prompt: 'a lighthouse in a storm' });
  const job = await finished(w, sent);
  await expectSettled(w, job, 'delivered', SORA_PRICE);
  const reply = await told(w, sent, 'reply', /your video is ready/);
  expect(reply.attachments[0]!.data.equals(fixture('sample-landscape.mp4'))).toBe(true);
  expect(w.kie.created()).toHaveLength(1);
  expect(logged(w, /Kie request failed; retrying/, { op: 'getTask', ...retried }).length).toBeGreaterThan(0);
  await expectNextDelivered(w, SORA_PRICE);
  expectNothingUnhandled(w);
}

describe('Kie faults on recordInfo', () => {
  it('5xx in the body (HTTP 200, code 500): retried, delivered', async () => {
    world = await startFaultWorld();
    world.kie.failNext('recordInfo', { code: 500, times: 2 });
    await expectDeliveredDespite(world, { kind: 'server_error' });
  });

  it('5xx as an HTTP status (502): retried, delivered', async () => {
    world = await startFaultWorld();
    world.kie.failNext('recordInfo', { code: 502, httpStatus: 502, msg: 'Bad Gateway' });
    await expectDeliveredDespite(world, { kind: 'server_error' });
  });

  it('455 (maintenance): retried, delivered', async () => {
    world = await startFaultWorld();
    world.kie.failNext('recordInfo', { code: 455 });
    await expectDeliveredDespite(world, { kind: 'unavailable' });
  });

  it('hung connections past KIE_TIMEOUT_MS: retried, delivered', async () => {
    world = await startFaultWorld();
    world.kie.hang('recordInfo', 1);
    await expectDeliveredDespite(world, { kind: 'timeout' });
  });

  it('slow answers past KIE_TIMEOUT_MS for a while: retried, delivered', async () => {
    world = await startFaultWorld();
    world.kie.delay('recordInfo', 800);
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => logged(world!, /Kie request failed; retrying/, { op: 'getTask', kind: 'timeout' }).length >= 1, 10_000, 'a status check to time out');
    world.kie.delay('recordInfo', 0);
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    await told(world, sent, 'reply', /your video is ready/);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it.each<MalformedKind>(['not-json', 'truncated', 'bad-shape'])('an unreadable answer (%s): retried, delivered', async (kind) => {
    world = await startFaultWorld();
    world.kie.malformed('recordInfo', 1, kind);
    await expectDeliveredDespite(world, { kind: 'malformed' });
  });

  it('connection refused for longer than the client retries: the job checks again later and is delivered', async () => {
    gate = await KieGate.open();
    world = await startFaultWorld({ env: { KIE_API_URL: gate.url } });
    gate.targetPort = Number(new URL(world.kie.url).port);
    world.kie.planNext({ generateMs: 60_000 });
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    await until(async () => (await jobOf(world!, sent)).state === 'running', 10_000, 'the task to be created');
    await gate.down();
    // The client gives up after its own retries; the job stays open and is scheduled again.
    await until(() => logged(world!, /Kie status check failed; will retry/, { kind: 'connection' }).length >= 1, 15_000, 'the job-level retry');
    expect((await jobOf(world, sent)).state).toBe('running');
    await gate.up();
    await world.kie.completeTask(world.kie.created()[0]!.taskId);
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    await told(world, sent, 'reply', /your video is ready/);
    expect(world.kie.created()).toHaveLength(1);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('a task stuck in one state past JOB_TIMEOUT_MS: stopped, refunded, member told, no more checks', async () => {
    world = await startFaultWorld({ env: { JOB_TIMEOUT_MS: '1500' } });
    world.kie.planNext({ queueMs: 10 * 60_000 });
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'refunded', 0);
    const reply = await told(world, sent, 'reply', /did not finish within 2 seconds/);
    expect(reply.content).toContain('You were not charged');
    const checksOf = () => world!.kie.requests.filter((r) => r.route === 'recordInfo' && r.query['taskId'] === job.kieTaskId).length;
    const checks = checksOf();
    await expectNextDelivered(world, 0);
    // The stopped task is not polled any more.
    expect(checksOf()).toBe(checks);
    expectNothingUnhandled(world);
  });
});

describe('Kie faults on the result file', () => {
  it.each([404, 403] as const)('the result URL has expired (%i): a fresh link from download-url, delivered', async (status) => {
    world = await startFaultWorld({ kie: { fileTtlMs: 0, expiredStatus: status } });
    const sent = await world.sora({ prompt: 'a lighthouse in a storm', aspect: 'portrait' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const reply = await told(world, sent, 'reply', /your video is ready/);
    expect(reply.attachments[0]!.data.equals(fixture('sample-portrait.mp4'))).toBe(true);
    expect(world.kie.count('downloadUrl')).toBe(1);
    const files = world.kie.requests.filter((r) => r.route === 'files');
    expect(files.map((r) => r.query['dl'] !== undefined)).toEqual([false, true]);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('the result URL has expired and download-url refuses it: refunded, member told', async () => {
    world = await startFaultWorld({ kie: { fileTtlMs: 0 } });
    world.kie.failNext('downloadUrl', { code: 422, msg: 'url is wrong' });
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'refunded', 0);
    await told(world, sent, 'reply', /expired at the video service before it could be fetched/);
    await expectNextDelivered(world, 0);
    expectNothingUnhandled(world);
  });
});
