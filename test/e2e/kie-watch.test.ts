// The Kie account watch (issue 23): the balance is read at start, every few moments here (10
// minutes by default) and after a 402; /metrics carries it; the operators are told once each time
// it drops below KIE_LOW_BALANCE (not once per job or per read), and at most once an hour that Kie
// refused a video for want of credits, while the member is told and nothing stays held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUser } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import { hasVideo, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

let world: World;
/** An operator by OPERATOR_IDS, beside the application's owner (the world's admin). */
const second: FakeUser = { id: '400000000000000041', username: 'second-operator' };

beforeAll(async () => {
  world = await startWorld({
    kieWatchMs: 60,
    kie: { credits: 5000 },
    env: { HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', OPERATOR_IDS: second.id, KIE_LOW_BALANCE: '2000' },
  });
});
afterAll(async () => {
  await world?.close();
});

const dmsWith = (user: FakeUser, text: string) => world.discord.dms(user.id).filter((m) => m.content.includes(text));
const gauge = async () => {
  const text = await (await fetch(`${world.app.http!.url}/metrics`)).text();
  return /^kiebot_kie_account_credits (\S+)$/m.exec(text)?.[1];
};
/** Waits until the bot has read the balance `n` more times. */
async function reads(n: number): Promise<void> {
  const target = world.kie.count('credit') + n;
  await until(() => world.kie.count('credit') >= target, 10_000, `${n} more balance reads`);
}

describe('the Kie account watch', () => {
  it('exports the balance on /metrics', async () => {
    await until(async () => (await gauge()) === '5000', 10_000, 'the gauge to read 5000');
    expect(dmsWith(world.admin, 'KIE_LOW_BALANCE')).toHaveLength(0);
  });

  it('below KIE_LOW_BALANCE: one direct message to each operator, however many jobs and reads follow; again after it rose and fell', async () => {
    world.kie.credits = 1500;
    const jobs = await Promise.all([1, 2, 3].map((i) => world.sora({ prompt: `a lantern ${i}` })));
    for (const sent of jobs) await replyOf(world, sent.token, hasVideo);
    await reads(5);
    for (const operator of [world.admin, second]) {
      const told = dmsWith(operator, 'below KIE_LOW_BALANCE');
      expect(told).toHaveLength(1);
      expect(told[0]!.content).toContain('**1,500 credits** left');
    }
    expect(await gauge()).toBe('1500');

    world.kie.credits = 4000;
    await reads(2);
    world.kie.credits = 900;
    await reads(3);
    for (const operator of [world.admin, second]) expect(dmsWith(operator, 'below KIE_LOW_BALANCE')).toHaveLength(2);
  });

  it('a 402 tells the member (nothing held) and the operators, at most once an hour however many follow', async () => {
    world.kie.credits = 0;
    world.kie.failNext('createTask', { code: 402, times: 2 });
    for (const prompt of ['a dry well', 'another dry well']) {
      const sent = await world.sora({ prompt });
      const reply = await replyOf(world, sent.token, (m) => m.content.includes('could not be made'));
      expect(JSON.stringify(reply)).toContain('out of credits');
      expect(JSON.stringify(reply)).toContain('The bot\'s operator has been told');
      // Kie's 402 is handed to the watch before the member's reply is written, and the watch's work
      // runs in order: two reads later it has run.
      await reads(2);
    }
    for (const operator of [world.admin, second]) expect(dmsWith(operator, 'out of credits (402)')).toHaveLength(1);
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    expect(world.kie.created()).toHaveLength(3);
  });
});
