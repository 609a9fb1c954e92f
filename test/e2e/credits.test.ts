import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeMessage } from '../../sandbox/discord.ts';
import { startWorld, type World } from './world.ts';
import { until } from '../support/wait.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});


/** The ephemeral answer to an interaction: its reply, or its follow-up after a deleted placeholder. */
async function answerTo(w: World, token: string, timeoutMs?: number): Promise<FakeMessage> {
  let found: FakeMessage | undefined;
  await until(() => {
    const interaction = w.discord.interaction(token);
    const ids = [...(interaction?.followUpIds ?? [])];
    const original = w.discord.originalFor(token);
    const candidates = [...ids.map((id) => w.discord.message(id)), original].filter((m): m is FakeMessage => !!m && !m.deleted && m.content !== '');
    found = candidates.at(-1);
    return found !== undefined;
  }, timeoutMs);
  return found!;
}

const videos = (w: World) => w.discord.channelMessages(w.discord.channelIdOf()).filter((m) => m.attachments.some((a) => a.filename.endsWith('.mp4')));

describe('credits end to end', () => {
  it('an admin grants credits, a member generates, and the balance drops by the price', async () => {
    world = await startWorld({ startingCredits: 0 });
    const grant = await world.credits('grant', { amount: 100, reason: 'launch week' });
    expect((await answerTo(world, grant.token)).content).toContain('now has 100 credits');

    const refusedBefore = await world.sora({ prompt: 'x', model: 'sora-2-pro', quality: 'high' });
    const refusal = await answerTo(world, refusedBefore.token);
    expect(refusal.content).toContain('costs 200 credits, but the server has only 100 left');
    expect(refusal.flags & 64).toBe(64);
    expect(world.kie.created()).toHaveLength(0);

    await world.sora({ prompt: 'a fox in the snow', duration: 15 });
    await until(() => videos(world!).length === 1);
    await until(async () => (await world!.app.ledger.account(world!.guildId)).holds && Object.keys((await world!.app.ledger.account(world!.guildId)).holds).length === 0);
    const balance = await world.discord.sendCommand({ name: 'balance', guildId: world.guildId, user: world.member, memberPermissions: FAKE_PERMISSIONS.member });
    const text = (await answerTo(world, balance.token)).content;
    expect(text).toContain('55 credits');
    expect(text).toContain('45 credits used');

    // Admins see the same through /credits balance.
    const adminView = await world.credits('balance');
    expect((await answerTo(world, adminView.token)).content).toContain('**Server balance:** 55 credits');

    const history = await world.credits('history');
    const lines = (await answerTo(world, history.token)).content;
    expect(lines).toMatch(/video delivered/);
    expect(lines).toMatch(/granted \+100 — launch week/);
  });

  it('a failed generation leaves the balance where it was', async () => {
    world = await startWorld({ startingCredits: 200 });
    world.kie.setDefaultPlan({ outcome: { fail: { code: 'SENSITIVE_WORD_ERROR', msg: 'sensitive content' } } });
    const sent = await world.sora({ prompt: 'something refused' });
    await until(() => (world!.discord.originalFor(sent.token)?.content ?? '').includes('could not be made'));
    const reply = world.discord.originalFor(sent.token)!;
    expect(JSON.stringify(reply.embeds)).toContain('content rules');
    const account = await world.app.ledger.account(world.guildId);
    expect(account.balance).toBe(200);
    expect(account.holds).toEqual({});
    expect(account.spentTotal).toBe(0);
  });

  it('refuses grant to a member without Manage Server, whatever the command permission says', async () => {
    world = await startWorld({ startingCredits: 0 });
    for (const sub of ['grant', 'set', 'limit', 'usage', 'history']) {
      const values: Record<string, number> = sub === 'grant' || sub === 'set' ? { amount: 500 } : sub === 'limit' ? { daily: 10 } : {};
      const sent = await world.credits(sub, values, { user: world.member, memberPermissions: FAKE_PERMISSIONS.member });
      const answer = await answerTo(world, sent.token);
      expect(answer.content).toContain('Manage Server');
      expect(answer.flags & 64).toBe(64);
    }
    const account = await world.app.ledger.account(world.guildId);
    expect(account.balance).toBe(0);
    expect(account.dailyLimit).toBe(0);
  });

  it('rejects amounts that are not sane whole numbers', async () => {
    world = await startWorld({ startingCredits: 0 });
    for (const [sub, values, expected] of [
      ['grant', { amount: -5 }, 'at least 1'],
      ['grant', { amount: 0 }, 'at least 1'],
      ['grant', { amount: 1e12 }, 'cannot be more than'],
      ['set', { amount: -1 }, 'cannot be negative'],
      ['limit', { daily: -3 }, 'cannot be negative'],
    ] as const) {
      const sent = await world.credits(sub, values);
      expect((await answerTo(world, sent.token)).content).toContain(expected);
    }
    const grant = await world.credits('grant', { amount: 7.5 } as never);
    expect((await answerTo(world, grant.token)).content).toContain('whole number');
    expect((await world.app.ledger.account(world.guildId)).balance).toBe(0);
  });

  it('200 concurrent /sora in a guild that can pay for exactly 15: 15 tasks, balance 0', async () => {
    // What is measured here is the money, not the 3 s ack window (bench measure 1 is): a loaded 2-core
    // machine may take longer than 3 s to defer the last of 200 commands, and an expired interaction
    // cannot be answered at all.
    world = await startWorld({ startingCredits: 15 * 30, discord: { callbackWindowMs: 15_000 } });
    const members = Array.from({ length: 20 }, (_, i) => ({ id: `5000000000000000${String(i).padStart(2, '0')}`, username: `m${i}` }));
    const sent = await Promise.all(Array.from({ length: 200 }, (_, i) => world!.sora({ prompt: `clip ${i}` }, { user: members[i % 20]! })));
    await until(() => videos(world!).length === 15, 30_000);
    await until(async () => Object.keys((await world!.app.ledger.account(world!.guildId)).holds).length === 0);
    await Promise.all(sent.map((s) => answerTo(world!, s.token, 60_000)));
    expect(world.kie.created()).toHaveLength(15);
    const account = await world.app.ledger.account(world.guildId);
    expect(account.balance).toBe(0);
    expect(account.spentTotal).toBe(450);
    const refusals = sent.map((s) => world!.discord.interaction(s.token)!).filter((i) => i.followUpIds.length > 0);
    expect(refusals).toHaveLength(185);
  });

  it('one member can never pass the daily cap, however many commands arrive at once', async () => {
    world = await startWorld({ startingCredits: 10_000 });
    const limit = await world.credits('limit', { daily: 60 });
    await answerTo(world, limit.token);
    const sent = await Promise.all(Array.from({ length: 30 }, (_, i) => world!.sora({ prompt: `burst ${i}` })));
    for (const s of sent) await answerTo(world, s.token);
    await until(() => videos(world!).length === 2);
    expect(world.kie.created()).toHaveLength(2);
    const answers = await Promise.all(sent.map((s) => answerTo(world!, s.token)));
    expect(answers.filter((a) => a.content.includes('daily credits left'))).toHaveLength(28);
    expect(await world.app.ledger.remainingToday(world.guildId, world.member.id)).toBe(0);
  });

  it('warns once, in the reply that crosses the low-balance threshold', async () => {
    world = await startWorld({ startingCredits: 100 });
    await answerTo(world, (await world.credits('alert', { below: 50 })).token);
    // One after another (each held before the next is sent), so "the reply that crosses" has one answer.
    const sent = [];
    for (const prompt of ['one', 'two', 'three']) {
      const s = await world.sora({ prompt });
      await until(async () => (await world!.app.ledger.account(world!.guildId)).journal.filter((e) => e.kind === 'hold').length === sent.length + 1);
      sent.push(s);
    }
    const [first, second, third] = sent as [typeof sent[0], typeof sent[0], typeof sent[0]];
    await until(() => videos(world!).length === 3);
    const warned = [first, second, third].map((s) => (world!.discord.originalFor(s.token)?.payloads ?? []).some((p) => JSON.stringify(p).includes('below 50 credits')));
    expect(warned).toEqual([false, true, false]);
  });
});
