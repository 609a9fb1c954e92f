// `/operator` (issue 23), registered only in OPERATOR_GUILD_ID: refused to anyone who is not an
// operator, whatever their permissions there; `servers` a page at a time; `grant` and `set` journaled
// as the bot's operator's; `kie`; `server` autocompletes; `allowance … every:day` grants at the UTC
// day boundary once, and once (not twice) after the bot was down across a boundary. One world for
// the file; its clock is real time plus an offset the allowance case moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeCommandOption, type FakeUser, type SentInteraction } from '../../sandbox/discord.ts';
import { translator } from '../../src/i18n/index.ts';
import { until } from '../support/wait.ts';
import { button, privateAnswer, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

const HQ = '1800000000000000001';
const ALPHA = '1800000000000000002';
const BETA = '1800000000000000003';
/** Twelve servers in all: two pages of ten. */
const OTHERS = Array.from({ length: 9 }, (_, i) => ({ id: `18000000000000001${String(i).padStart(2, '0')}`, name: `Zeta ${i + 1}` }));
const admin: FakeUser = { id: '400000000000000051', username: 'hq-admin' };
const NOT_AN_OPERATOR = translator('en-US')('operators.notOperator');

let world: World;
const clock = { offset: 0 };

beforeAll(async () => {
  world = await startWorld({
    startingCredits: 0,
    now: () => Date.now() + clock.offset,
    discord: { guilds: [{ id: HQ, name: 'Operator HQ' }, { id: ALPHA, name: 'Alpha Club' }, { id: BETA, name: 'Beta Guild' }, ...OTHERS] },
    env: { OPERATOR_GUILD_ID: HQ },
  });
});
afterAll(async () => {
  await world?.close();
});

const opt = (name: string, value: string | number | boolean): FakeCommandOption => ({ name, type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3, value });
function operator(sub: string, values: Record<string, string | number | boolean> = {}, user: FakeUser = world.admin): Promise<SentInteraction> {
  return world.discord.sendCommand({ name: 'operator', guildId: HQ, user, memberPermissions: FAKE_PERMISSIONS.admin, options: [{ name: sub, type: 1, options: Object.entries(values).map(([k, v]) => opt(k, v)) }] });
}
const balanceOf = async (guildId: string) => (await world.app.ledger.account(guildId)).balance;
async function historyIn(guildId: string): Promise<string> {
  const sent = await world.credits('history', {}, { guildId, user: admin, memberPermissions: FAKE_PERMISSIONS.admin });
  return privateAnswer(world, sent.token);
}

describe('/operator', () => {
  it('is refused to a non-operator with Administrator in the operator’s server, privately, changing nothing', async () => {
    for (const [sub, values] of [['servers', {}], ['grant', { server: ALPHA, amount: 500 }], ['set', { server: ALPHA, amount: 500 }], ['allowance', { server: ALPHA, amount: 5, every: 'day' }], ['kie', {}]] as const) {
      const sent = await operator(sub, values, admin);
      expect(await privateAnswer(world, sent.token)).toBe(NOT_AN_OPERATOR);
    }
    expect(await balanceOf(ALPHA)).toBe(0);
    expect(await world.app.store.collection('allowances').get(ALPHA)).toBeUndefined();
    // Nor are server names suggested to them.
    const suggested = await world.discord.sendAutocomplete({ name: 'operator', guildId: HQ, user: admin, options: [{ name: 'grant', type: 1, options: [{ ...opt('server', 'al'), focused: true }] }] });
    await until(() => world.discord.interaction(suggested.token)?.callbackType === 8);
    expect((world.discord.interaction(suggested.token)!.callbackData as { choices: unknown[] }).choices).toEqual([]);
  });

  it('server autocompletes over the servers the bot is in, by name or id', async () => {
    const sent = await world.discord.sendAutocomplete({ name: 'operator', guildId: HQ, user: world.admin, options: [{ name: 'grant', type: 1, options: [{ ...opt('server', 'alp'), focused: true }] }] });
    await until(() => world.discord.interaction(sent.token)?.callbackType === 8);
    expect((world.discord.interaction(sent.token)!.callbackData as { choices: unknown[] }).choices).toEqual([{ name: `Alpha Club (${ALPHA})`, value: ALPHA }]);
  });

  it('grant and set change a server’s balance, journaled as the bot’s operator’s', async () => {
    const granted = await operator('grant', { server: ALPHA, amount: 500, reason: 'launch week' });
    expect(await privateAnswer(world, granted.token)).toContain('Added 500 credits to **Alpha Club**');
    expect(await balanceOf(ALPHA)).toBe(500);
    const set = await operator('set', { server: ALPHA, amount: 120 });
    expect(await privateAnswer(world, set.token)).toContain('now has 120 credits');
    expect(await balanceOf(ALPHA)).toBe(120);

    const history = await historyIn(ALPHA);
    expect(history).toMatch(/granted \+500 by the bot’s operator — launch week → 500/);
    expect(history).toMatch(/balance set \(-380\) by the bot’s operator → 120/);
    expect(history).not.toContain(world.admin.id);

    const unknown = await operator('grant', { server: '1899999999999999999', amount: 5 });
    expect(await privateAnswer(world, unknown.token)).toContain('The bot is not in a server with id');
  });

  it('servers lists every server a page at a time, with Previous / Next', async () => {
    const sent = await operator('servers');
    const first = await replyOf(world, sent.token, (m) => m.embeds.length > 0);
    const page1 = JSON.stringify(first.embeds);
    expect(page1).toContain('Servers the bot is in (12)');
    expect(page1).toContain('Page 1 of 2');
    expect(page1).toContain(`**Alpha Club** \`${ALPHA}\``);
    expect(page1).toMatch(/balance 120 · held 0 · today 0 · 30 days 0 · no allowance/);
    expect(page1).not.toContain('Zeta 9');

    const next = await world.discord.sendComponent({ customId: button(first, 'Next').custom_id!, messageId: first.id, guildId: HQ, user: world.admin });
    await until(() => JSON.stringify(world.discord.message(first.id)!.embeds).includes('Page 2 of 2'));
    const page2 = JSON.stringify(world.discord.message(first.id)!.embeds);
    expect(page2).toContain('Zeta 9');
    expect(page2).not.toContain('Alpha Club');
    expect(world.discord.interaction(next.token)!.callbackType).toBe(6);

    // The buttons check again: a non-operator pressing them is refused.
    const pressed = await world.discord.sendComponent({ customId: button(first, 'Previous').custom_id!, messageId: first.id, guildId: HQ, user: admin });
    expect(await privateAnswer(world, pressed.token)).toBe(NOT_AN_OPERATOR);
  });

  it('kie shows the account’s balance as last read, today’s spend by all servers and the ceiling', async () => {
    await until(() => world.kie.count('credit') > 0);
    const sent = await operator('kie');
    const text = await privateAnswer(world, sent.token);
    expect(text).toMatch(/\*\*Kie account:\*\* 10,000 credits \(read <t:\d+:R>\)/);
    expect(text).toContain('**Spent today (UTC), all servers:** 0 credits');
    expect(text).toContain('**Daily ceiling:** none');
  });

  it('allowance every:day grants at the UTC day boundary once, and once (not twice) after the bot was down across one', async () => {
    // Three seconds before midnight UTC on the bot's clock: room for a slow machine to take the command.
    const midnight = Math.ceil((Date.now() + 86_400_000) / 86_400_000) * 86_400_000;
    clock.offset = midnight - 3000 - Date.now();
    const set = await operator('allowance', { server: BETA, amount: 50, every: 'day' });
    expect(await privateAnswer(world, set.token)).toContain('now gets 50 credits a day');
    expect((await world.app.store.collection<{ dueAt: number }>('allowances').get(BETA))?.dueAt).toBe(midnight);
    expect(await balanceOf(BETA)).toBe(0);

    await until(async () => (await balanceOf(BETA)) === 50, 15_000, 'the allowance at midnight');
    const grants = async () => (await world.app.ledger.account(BETA)).journal.filter((e) => e.kind === 'grant');
    await until(async () => ((await world.app.store.collection<{ dueAt: number }>('allowances').get(BETA))?.dueAt ?? 0) > midnight, 10_000, 'the next due time');
    expect(await grants()).toHaveLength(1);

    // Down across the next boundary: granted once at the next start; a second start grants nothing.
    await world.stopBot();
    clock.offset += 86_400_000;
    await world.restart();
    await until(async () => (await balanceOf(BETA)) === 100, 10_000, 'the missed allowance');
    await until(async () => ((await world.app.store.collection<{ dueAt: number }>('allowances').get(BETA))?.dueAt ?? 0) > midnight + 86_400_000, 10_000, 'the next due time');
    await world.restart();
    const servers = await operator('servers');
    const listed = JSON.stringify((await replyOf(world, servers.token, (m) => m.embeds.length > 0)).embeds);
    expect(listed).toMatch(/Beta Guild.*balance 100 · held 0 · today 0 · 30 days 0 · allowance 50\/day/);
    expect(await balanceOf(BETA)).toBe(100);
    expect(await grants()).toHaveLength(2);
    expect(await historyIn(BETA)).toMatch(/granted \+50 by the bot’s operator — daily allowance → 100/);

    const off = await operator('allowance', { server: BETA, off: true });
    expect(await privateAnswer(world, off.token)).toContain('has no allowance now');
    expect(await world.app.store.collection('allowances').get(BETA)).toBeUndefined();
  });
});
