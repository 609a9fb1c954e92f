// Nobody gets further through the bot than their own permissions: the bot gives the winner role and
// posts in the challenge's channel with its own permissions, so `/challenge start` checks that the
// admin could do both themselves. Each refusal is private, says why, and sets nothing up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSION_BITS, FAKE_PERMISSIONS, type FakeUser } from '../../sandbox/discord.ts';
import { challengeDriver } from './challengeSupport.ts';
import { startWorld, type World } from './world.ts';

let world: World;
let d: ReturnType<typeof challengeDriver>;
beforeEach(async () => {
  world = await startWorld({ startingCredits: 500 });
  d = challengeDriver(world);
});
afterEach(async () => {
  await world.close();
});

const admin = (n: number): FakeUser => ({ id: `60000000000000000${n}`, username: `admin${n}` });

/** Starts a challenge as `user` with `permissions`, and returns the private answer. */
async function start(user: FakeUser, permissions: string, extra: Record<string, string | number>): Promise<string> {
  const sent = await d.challenge('start', { title: 'Foxes', theme: 'foxes', ends_in: '1h', budget: 100, ...extra }, { user, memberPermissions: permissions });
  const answer = await d.answer(sent);
  expect(d.isPrivate(sent)).toBe(true);
  return answer;
}

async function nothingSetUp(): Promise<void> {
  expect(d.publicMessages().filter((m) => m.content.includes('Challenge #'))).toHaveLength(0);
  expect((await world.app.ledger.account(world.guildId)).balance).toBe(500);
  expect(await (await d.answer(await d.challenge('list'))).includes('No challenges yet')).toBe(true);
}

describe('/challenge start winner_role', () => {
  it('refuses a role the admin could not give themselves, or one that grants moderator powers; gives a safe one below theirs', async () => {
    const discord = world.discord;
    const mods = discord.addRole(world.guildId, { name: 'Mods', position: 5, permissions: (FAKE_PERMISSION_BITS.manageMessages | FAKE_PERMISSION_BITS.kickMembers).toString() });
    const champion = discord.addRole(world.guildId, { name: 'Champion', position: 2 });
    const admins = discord.addRole(world.guildId, { name: 'Admins', position: 3, permissions: FAKE_PERMISSION_BITS.administrator.toString() });
    const pinger = discord.addRole(world.guildId, { name: 'Pinger', position: 2, permissions: FAKE_PERMISSION_BITS.mentionEveryone.toString() });
    const senior = discord.addRole(world.guildId, { name: 'Senior', position: 9 });
    const [manager, holder] = [admin(1), admin(2)];
    discord.setMemberRoles(world.guildId, manager.id, [mods.id]);
    discord.setMemberRoles(world.guildId, holder.id, [mods.id]);

    // Manage Server alone is not enough to hand out roles.
    expect(await start(manager, FAKE_PERMISSIONS.manager, { winner_role: champion.id })).toContain('You need the Manage Roles permission');
    // Above their own highest role.
    expect(await start(holder, FAKE_PERMISSIONS.roleManager, { winner_role: senior.id })).toContain('is not below your highest role');
    // Powers no challenge should hand out, whoever asks.
    expect(await start(holder, FAKE_PERMISSIONS.roleManager, { winner_role: admins.id })).toContain('grants Administrator');
    expect(await start(holder, FAKE_PERMISSIONS.roleManager, { winner_role: mods.id })).toContain('Kick Members, Manage Messages');
    expect(await start(holder, FAKE_PERMISSIONS.roleManager, { winner_role: pinger.id })).toContain('Mention @everyone');
    // Managed by an integration (the bot's own role), and @everyone.
    const botRole = discord.guildRoles(world.guildId).find((r) => r.managed)!;
    expect(await start(holder, FAKE_PERMISSIONS.admin, { winner_role: botRole.id })).toContain('managed by an integration');
    expect(await start(holder, FAKE_PERMISSIONS.admin, { winner_role: world.guildId })).toContain('cannot be @everyone');
    await nothingSetUp();

    // A safe role below their own: started.
    expect(await start(holder, FAKE_PERMISSIONS.roleManager, { winner_role: champion.id })).toContain('started');
  });

  it('lets the server owner give any safe role, whatever their roles', async () => {
    const owner = { id: world.discord.guildOwnerId(world.guildId), username: 'owner' };
    const top = world.discord.addRole(world.guildId, { name: 'Legend', position: 20 });
    expect(await start(owner, FAKE_PERMISSIONS.admin, { winner_role: top.id })).toContain('started');
  });
});

describe('/challenge start channel', () => {
  it('refuses a channel the admin cannot post in themselves, and posts where they can', async () => {
    const announcements = '1450000000000000001';
    const staffOnly = '1450000000000000002';
    const manager = admin(3);
    // Members may read the announcements channel but not post; the staff channel is hidden.
    const send = FAKE_PERMISSION_BITS.sendMessages.toString();
    world.discord.addGuildChannel(world.guildId, announcements);
    world.discord.addGuildChannel(world.guildId, staffOnly);
    world.discord.setChannelOverwrites(announcements, [{ id: world.guildId, type: 0, allow: '0', deny: send }]);
    world.discord.setChannelOverwrites(staffOnly, [{ id: world.guildId, type: 0, allow: '0', deny: FAKE_PERMISSION_BITS.viewChannel.toString() }]);

    const refused = await start(manager, FAKE_PERMISSIONS.manager, { channel: announcements });
    expect(refused).toContain(`You cannot post in <#${announcements}> yourself`);
    expect(await start(manager, FAKE_PERMISSIONS.manager, { channel: staffOnly })).toContain('You cannot post in');
    await nothingSetUp();

    // The member's own overwrite lets them post there: so may the bot, for them.
    world.discord.setChannelOverwrites(announcements, [
      { id: world.guildId, type: 0, allow: '0', deny: send },
      { id: manager.id, type: 1, allow: send, deny: '0' },
    ]);
    expect(await start(manager, FAKE_PERMISSIONS.manager, { channel: announcements })).toContain('started');
    expect(world.discord.channelMessages(announcements).some((m) => m.content.includes('Challenge #'))).toBe(true);
  });
});
