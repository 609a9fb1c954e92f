// Who may add credits (issue 23; issue 21 finding 9): credits are the operator's Kie credits, so by
// default only the bot's operators — the application's owner, its team's members, OPERATOR_IDS —
// may `/credits grant` or raise the balance with `/credits set`; server admins keep the rest.
// `CREDIT_GRANTS=admins` is the old rule. One world for the file: each case restarts the bot with
// its settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeUser } from '../../sandbox/discord.ts';
import { privateAnswer } from './results-support.ts';
import { startWorld, type World } from './world.ts';

let world: World;
/** Administrator in the server, not an operator. */
const serverAdmin: FakeUser = { id: '400000000000000021', username: 'server-admin' };
const teamMate: FakeUser = { id: '400000000000000022', username: 'team-mate' };
const invited: FakeUser = { id: '400000000000000023', username: 'invited' };

beforeAll(async () => {
  world = await startWorld({ startingCredits: 100 });
});
afterAll(async () => {
  await world?.close();
});

const balance = async () => (await world.app.ledger.account(world.guildId)).balance;
/** Credits as an English answer writes them (1,100). */
const shown = (credits: number) => credits.toLocaleString('en-US');

/** `/credits <sub>` as `user` with Administrator; the answer only they saw. */
async function credits(user: FakeUser, sub: string, values: Record<string, number | string>): Promise<{ text: string }> {
  const sent = await world.credits(sub, values, { user, memberPermissions: FAKE_PERMISSIONS.admin });
  return { text: await privateAnswer(world, sent.token) };
}

describe('who may add credits', () => {
  it('an admin who is not an operator is refused /credits grant privately, balance unchanged; lowering and limits stay theirs', async () => {
    const before = await balance();
    const refused = await credits(serverAdmin, 'grant', { amount: 500 });
    expect(refused.text).toContain('Only the bot’s operator can add credits');
    expect(refused.text).toContain('contact whoever added this bot');
    // Who the operators are is not given away.
    expect(refused.text).not.toContain(world.admin.id);
    expect(await balance()).toBe(before);

    const raise = await credits(serverAdmin, 'set', { amount: before + 1 });
    expect(raise.text).toContain('Only the bot’s operator can raise the balance');
    expect(await balance()).toBe(before);

    expect((await credits(serverAdmin, 'set', { amount: before - 40 })).text).toContain(`now ${shown(before - 40)} credits`);
    expect((await credits(serverAdmin, 'limit', { daily: 20 })).text).toContain('up to 20 credits');
    expect(await balance()).toBe(before - 40);
  });

  it('shows OPERATOR_CONTACT to a refused admin', async () => {
    await world.restart({ OPERATOR_CONTACT: 'https://discord.gg/kie-bot-help' });
    const refused = await credits(serverAdmin, 'grant', { amount: 5 });
    expect(refused.text).toContain('To ask for more credits: https://discord.gg/kie-bot-help');
  });

  it('the application’s owner is granted', async () => {
    await world.restart({});
    const before = await balance();
    expect((await credits(world.admin, 'grant', { amount: 250 })).text).toContain(`now has ${shown(before + 250)} credits`);
    expect((await credits(world.admin, 'set', { amount: before + 1000 })).text).toContain(`now ${shown(before + 1000)} credits`);
  });

  it('an id in OPERATOR_IDS is granted', async () => {
    await world.restart({ OPERATOR_IDS: `${serverAdmin.id},400000000000000099` });
    const before = await balance();
    expect((await credits(serverAdmin, 'grant', { amount: 10 })).text).toContain(`now has ${shown(before + 10)} credits`);
  });

  it('with a team, an accepted team member is granted (an invited one is not)', async () => {
    world.discord.setApplicationOwner(world.admin, {
      id: '400000000000000030',
      name: 'Bot crew',
      ownerUserId: world.admin.id,
      members: [{ user: world.admin }, { user: teamMate, role: 'developer' }, { user: invited, membershipState: 1 }],
    });
    await world.restart({});
    const before = await balance();
    expect((await credits(teamMate, 'grant', { amount: 7 })).text).toContain(`now has ${shown(before + 7)} credits`);
    expect((await credits(world.admin, 'grant', { amount: 3 })).text).toContain(`now has ${shown(before + 10)} credits`);
    expect((await credits(invited, 'grant', { amount: 3 })).text).toContain('Only the bot’s operator can add credits');
    expect(await balance()).toBe(before + 10);
    world.discord.setApplicationOwner(world.admin);
  });

  it('CREDIT_GRANTS=admins: the server admin is granted, as before', async () => {
    await world.restart({ CREDIT_GRANTS: 'admins' });
    const before = await balance();
    expect((await credits(serverAdmin, 'grant', { amount: 40 })).text).toContain(`now has ${shown(before + 40)} credits`);
    expect((await credits(serverAdmin, 'set', { amount: before + 100 })).text).toContain(`now ${shown(before + 100)} credits`);
    // Manage Server is still needed.
    const member = await world.credits('grant', { amount: 1 }, { user: world.member, memberPermissions: FAKE_PERMISSIONS.member });
    expect(await privateAnswer(world, member.token)).toContain('Manage Server');
  });
});
