import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import type { ChallengeBook, VoteRecord } from '../../src/services/challenges/types.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { startWorld, type World } from './world.ts';

let world: World;
afterEach(async () => {
  await world.close();
});

/** The bot's clock runs `offset` ms ahead of the real one, so a deadline can pass while it is down. */
async function worldWithClock() {
  const clock = { offset: 0 };
  world = await startWorld({ now: () => Date.now() + clock.offset });
  return { clock, d: challengeDriver(world) };
}

async function book(): Promise<ChallengeBook> {
  return (await world.app.store.collection<ChallengeBook>('challenges').get(`g:${world.guildId}`))!;
}

const results = (d: ReturnType<typeof challengeDriver>) => d.publicMessages().filter((m) => m.content.includes(': results**'));

describe('challenge deadlines across restarts', () => {
  it('closes once, right after the restart, when the deadline passed while the bot was down', async () => {
    const { clock, d } = await worldWithClock();
    expect(await d.answer(await d.challenge('start', { title: 'Quick one', theme: 'anything', ends_in: '20s' }))).toContain('#1 started');
    await world.stopBot();
    clock.offset += 25_000;
    await world.restart();
    await until(() => results(d).length === 1, 5_000, 'the results');
    expect(results(d)[0]!.content).toContain('No entries.');
    await until(async () => (await book()).challenges[1]!.state === 'closed', 5_000, 'the closed state');
    // Another restart does not post them again.
    await world.restart();
    const list = await d.challenge('list', {}, { user: d.user(9), memberPermissions: FAKE_PERMISSIONS.member });
    expect(await d.answer(list)).toContain('ended');
    expect(results(d)).toHaveLength(1);
  });

  it('closes on time after a restart before the deadline', async () => {
    const { clock, d } = await worldWithClock();
    await d.answer(await d.challenge('start', { title: 'On time', theme: 'anything', ends_in: '20s' }));
    await world.stopBot();
    clock.offset += 19_000; // about a second before the deadline
    await world.restart();
    expect((await book()).challenges[1]!.state).toBe('open');
    await until(() => results(d).length === 1, 5_000, 'the results');
    await until(async () => (await book()).challenges[1]!.state === 'closed', 5_000, 'the closed state');
    const c = (await book()).challenges[1]!;
    expect(Math.abs(c.closedAt! - c.endsAt)).toBeLessThanOrEqual(2_000);
  });
});

describe('voting under load', () => {
  it('answers 200 simultaneous presses in time, stores 200 votes, and ends on a 200 label after a few edits', async () => {
    const { d } = await worldWithClock();
    await d.answer(await d.challenge('start', { title: 'Crowd', theme: 'anything', ends_in: '1h' }));
    const maker = d.user(1);
    await d.videoOf(await world.sora({ prompt: 'a crowd cheering' }, { user: maker }));
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    expect(await d.answer(await d.challenge('submit', {}, { user: maker, memberPermissions: FAKE_PERMISSIONS.member }))).toContain('entered');
    const entry = d.publicMessages().find((m) => m.content.startsWith('🎬 Entry by'))!;
    const customId = d.customIds(entry)[0]!;
    const voters = Array.from({ length: 200 }, (_, i) => ({ id: `70000000000000${String(i).padStart(4, '0')}`, username: `v${i}` }));
    const presses = await Promise.all(voters.map((v) => d.press(entry, customId, v)));
    const answers = await Promise.all(presses.map((p) => d.answer(p)));
    expect(answers.every((a) => a.startsWith('Vote counted'))).toBe(true);
    for (const p of presses) {
      const i = world.discord.interaction(p.token)!;
      expect(i.acknowledgedAt! - i.dispatchedAt).toBeLessThan(3_000);
      expect(i.ephemeral).toBe(true);
    }
    const jobId = customId.split(':')[3]!;
    const stored = await world.app.store.collection<VoteRecord>('challenges').get(`v:${world.guildId}:1:${jobId}`);
    expect(Object.keys(stored!.voters)).toHaveLength(200);
    await until(() => d.label(world.discord.message(entry.id)!) === 'Vote · 200', 10_000, 'the final label');
    const edits = world.discord.requests.filter((r) => r.method === 'PATCH' && r.path === `/channels/${entry.channelId}/messages/${entry.id}`);
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.length).toBeLessThanOrEqual(6);
  });
});
