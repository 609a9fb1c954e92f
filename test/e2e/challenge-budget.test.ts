import { render, translator } from '../../src/i18n/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { startWorld, type World } from './world.ts';

let world: World;
afterEach(async () => {
  await world.close();
});

describe('challenge budget', () => {
  it('pays /sora in the challenge channel from the budget, then the pool, never overdrawing under 50 at once, and returns the rest at close', async () => {
    world = await startWorld({ startingCredits: 200 });
    const d = challengeDriver(world);
    const tooBig = await d.challenge('start', { title: 'Big', theme: 'x', ends_in: '1h', budget: 500 });
    expect(await d.answer(tooBig)).toContain('not enough for a budget of 500');
    expect((await world.app.ledger.account(world.guildId)).balance).toBe(200);
    // Nothing was announced, and its number is never handed out again: the next one is #2.
    expect(world.discord.channelMessages(world.discord.channelIdOf()).some((m) => m.content.includes('Challenge #1'))).toBe(false);

    expect(await d.answer(await d.challenge('start', { title: 'Funded', theme: 'x', ends_in: '1h', budget: 100 }))).toContain('100 credits moved');
    expect((await world.app.ledger.account(world.guildId)).balance).toBe(100);

    // 50 members at once, 30 credits each: 3 fit the budget (10 left), 3 the pool (10 left), 44 are refused.
    const sent = await Promise.all(Array.from({ length: 50 }, (_, i) => world.sora({ prompt: `fox ${i}` }, { user: d.user(10 + i) })));
    await until(async () => {
      const account = await world.app.ledger.account(world.guildId);
      return Object.keys(account.holds).length === 0 && Object.keys(account.settled).length === 6;
    }, 20_000, 'six videos settled');
    const account = await world.app.ledger.account(world.guildId);
    expect(account.balance).toBe(10);
    expect(Object.values(account.budgets!).find((b) => (typeof b.label === 'string' ? b.label : render(b.label, translator('en-US'))) === 'challenge #2')!.left).toBe(10);
    expect(account.spentTotal).toBe(180);
    expect(world.kie.created()).toHaveLength(6);

    const shown = await Promise.all(sent.map((s) => world.discord.originalFor(s.token)).filter((m) => m && !m.deleted).map((m) => JSON.stringify(m!.embeds)));
    expect(shown.filter((e) => e.includes('the challenge #2 budget ('))).toHaveLength(3);
    expect(shown.filter((e) => e.includes("the server's credits (the challenge #2 budget cannot cover it)"))).toHaveLength(3);

    expect(await d.answer(await d.challenge('end'))).toContain('10 credits went back to the pool');
    const after = await world.app.ledger.account(world.guildId);
    expect(after.balance).toBe(20);
    const history = await world.app.ledger.history(world.guildId, 200);
    expect(history.filter((e) => e.kind === 'budget').map((e) => e.amount)).toEqual([10, -100]);
    const credits = await d.challenge('history', {}, { name: 'credits', options: [{ name: 'history', type: 1 }], memberPermissions: FAKE_PERMISSIONS.admin });
    expect(await d.answer(credits)).toContain('returned to the pool');
  });
});
