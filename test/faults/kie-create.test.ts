// Faults on Kie's createTask, each injected for the create of the member's job. Every case checks:
// (1) delivered or refunded, with an exact ledger; (2) the member is told in plain words; (3) a new
// /sora is delivered afterwards; (4) nothing unhandled was logged (see support.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { MalformedKind } from '../../sandbox/kie.ts';
import type { World } from '../e2e/world.ts';
import { until } from '../support/wait.ts';
import {
  expectNextDelivered,
  expectNothingUnhandled,
  expectSettled,
  finished,
  KieGate,
  logged,
  SORA_PRICE,
  startFaultWorld,
  STARTING_CREDITS,
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

/** A create that fails for good: refunded at once, never sent twice, and the member reads why. */
async function expectRefundedCreate(w: World, words: RegExp, expectedLogs: RegExp[] = []): Promise<void> {
  const sent = await w.sora({ prompt: 'a lighthouse in a storm' });
  const job = await finished(w, sent);
  await expectSettled(w, job, 'refunded', 0);
  expect(job.kieTaskId).toBeUndefined();
  expect(w.kie.count('createTask')).toBe(1);
  const reply = await told(w, sent, 'reply', words);
  expect(reply.content).toContain('could not be made. You were not charged.');
  await expectNextDelivered(w, 0);
  expectNothingUnhandled(w, expectedLogs);
}

describe('Kie faults on createTask', () => {
  it('5xx in the body (HTTP 200, code 500): not retried, refunded, member told', async () => {
    world = await startFaultWorld();
    world.kie.failNext('createTask', { code: 500 });
    await expectRefundedCreate(world, /Kie\.ai had a problem on its side/);
  });

  it('5xx as an HTTP status (503): not retried, refunded, member told', async () => {
    world = await startFaultWorld();
    world.kie.failNext('createTask', { code: 503, httpStatus: 503, msg: 'Service Temporarily Unavailable' });
    await expectRefundedCreate(world, /Kie\.ai had a problem on its side/);
  });

  it('455 (maintenance): refunded, member told to try later', async () => {
    world = await startFaultWorld();
    world.kie.failNext('createTask', { code: 455 });
    await expectRefundedCreate(world, /down for maintenance/);
  });

  it('402 (the Kie account is out of credits): refunded, member told, operator alerted at error level and by direct message', async () => {
    world = await startFaultWorld();
    world.kie.failNext('createTask', { code: 402 });
    await expectRefundedCreate(world, /video account \(at Kie\.ai\) is out of credits.*operator has been told/, [/out of credits/]);
    const operator = logged(world, /the Kie account is out of credits/);
    expect(operator).toHaveLength(1);
    expect(operator[0]!['level']).toBe(50);
    // The world's admin owns the application: the operator.
    await until(() => world!.discord.dms(world!.admin.id).some((m) => m.content.includes('out of credits (402)')));
  });

  it('429: retried after a pause, exactly one task created, delivered and charged once', async () => {
    world = await startFaultWorld();
    world.kie.failNext('createTask', { code: 429, httpStatus: 429, times: 2 });
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    expect(world.kie.count('createTask')).toBe(3);
    expect(world.kie.created()).toHaveLength(1);
    expect(world.kie.created()[0]!.taskId).toBe(job.kieTaskId);
    await told(world, sent, 'reply', /your video is ready/);
    expect(logged(world, /Kie request failed; retrying/, { op: 'createTask', kind: 'rate_limited' })).toHaveLength(2);
    await expectNextDelivered(world, SORA_PRICE);
    expect(world.kie.created()).toHaveLength(2);
    expectNothingUnhandled(world);
  });

  it("Kie's own create limit under a burst: every 429 retried, one task per job, all delivered", async () => {
    world = await startFaultWorld({ kie: { createRateLimit: { limit: 1, windowMs: 400 } } });
    const sent = await Promise.all([world.sora({ prompt: 'one' }), world.sora({ prompt: 'two' }), world.sora({ prompt: 'three' })]);
    for (const s of sent) {
      const job = await finished(world, s);
      expect(job.state).toBe('delivered');
      await told(world, s, 'reply', /your video is ready/);
    }
    expect(world.kie.count('createTask')).toBeGreaterThan(3);
    expect(world.kie.created()).toHaveLength(3);
    const account = await world.app.ledger.account(world.guildId);
    expect(account.holds).toEqual({});
    expect(account.spentTotal).toBe(3 * SORA_PRICE);
    expect(account.balance).toBe(STARTING_CREDITS - 3 * SORA_PRICE);
    await expectNextDelivered(world, 3 * SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('a slow answer past KIE_TIMEOUT_MS: not retried (Kie may have made the task), refunded, member told', async () => {
    world = await startFaultWorld();
    world.kie.delay('createTask', 1200);
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'refunded', 0);
    await told(world, sent, 'reply', /took too long to answer/);
    // Kie did make the task, late: the bot must not have asked twice.
    await until(() => world!.kie.created().length === 1, 5_000, 'the late task at Kie');
    expect(world.kie.count('createTask')).toBe(1);
    world.kie.delay('createTask', 0);
    await expectNextDelivered(world, 0);
    expect(world.kie.count('createTask')).toBe(2);
    expectNothingUnhandled(world);
  });

  it('a hung connection (task made, answer never sent): not retried, refunded, member told', async () => {
    world = await startFaultWorld();
    world.kie.hang('createTask', 1, { processFirst: true });
    await expectRefundedCreate(world, /took too long to answer/);
    expect(world.kie.created()).toHaveLength(2);
  });

  it('connection refused while Kie is down, then back: retried (nothing was sent), one task, delivered', async () => {
    gate = await KieGate.open();
    world = await startFaultWorld({ env: { KIE_API_URL: gate.url } });
    gate.targetPort = Number(new URL(world.kie.url).port);
    await gate.down();
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => logged(world!, /Kie request failed; retrying/, { op: 'createTask', kind: 'connection' }).length >= 1, 10_000, 'a refused create');
    await gate.up();
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    await told(world, sent, 'reply', /your video is ready/);
    expect(world.kie.created()).toHaveLength(1);
    expect(world.kie.count('createTask')).toBe(1);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it.each<MalformedKind>(['not-json', 'truncated', 'bad-shape'])('an unreadable answer (%s): not retried, refunded, member told', async (kind) => {
    world = await startFaultWorld();
    world.kie.malformed('createTask', 1, kind);
    await expectRefundedCreate(world, /answer the bot could not read/);
  });

  it('a paused model: refunded with alternatives named; the next /sora for it is refused before anything is held', async () => {
    world = await startFaultWorld();
    world.kie.pauseModel('sora-2-text-to-video');
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'refunded', 0);
    const reply = await told(world, sent, 'reply', /Sora 2 is paused/);
    expect(JSON.stringify(reply.embeds)).toMatch(/Try `model:sora-2-pro`, `model:kling-3\.0`/);

    const journalBefore = (await world.app.ledger.account(world.guildId)).journal.length;
    const again = await world.sora({ prompt: 'a lighthouse in a storm, again', model: 'sora-2' });
    // Refused before the defer: a private reply, and no public placeholder ever shows.
    let refusal = '';
    await until(() => {
      const ids = world!.discord.interaction(again.token)?.followUpIds ?? [];
      const messages = [...ids.map((id) => world!.discord.message(id)), world!.discord.originalFor(again.token)];
      refusal = messages.map((m) => (m && !m.deleted ? m.content : '')).join('\n').trim();
      return refusal !== '';
    });
    expect(world.discord.interaction(again.token)?.ephemeral).toBe(true);
    expect(refusal).toMatch(/Sora 2 is paused.*You were not charged\. Try `model:sora-2-pro`/);
    const account = await world.app.ledger.account(world.guildId);
    expect(account.journal).toHaveLength(journalBefore);
    expect(account.balance).toBe(STARTING_CREDITS);
    expect(world.kie.count('createTask')).toBe(1);

    await expectNextDelivered(world, 0, { model: 'sora-2-pro' }, 90);
    expectNothingUnhandled(world);
  });
});
