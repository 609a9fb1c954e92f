// The fake Discord's application (its owner or team, as discord.js's client.application.fetch()
// reads it) and the bot's own servers (listed in pages, and left), with the real discord.js client.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { Client, Events, GatewayIntentBits, Team } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';

const OWNER = { id: '1310000000000000001', username: 'olive' };
const GUILDS = ['1310000000000000011', '1310000000000000012', '1310000000000000013'];

let fake: FakeDiscord;
let client: Client;

beforeAll(async () => {
  fake = await FakeDiscord.start({ applicationOwner: OWNER, guilds: GUILDS.map((id, i) => ({ id, name: `Server ${i + 1}` })) });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('FakeDiscord: the application and the bot’s servers', () => {
  it('reports the application’s owner, then a team and its accepted members, to discord.js', async () => {
    const app = await client.application!.fetch();
    expect(app.owner?.id).toBe(OWNER.id);

    const member = { id: '1310000000000000002', username: 'tess' };
    const invited = { id: '1310000000000000003', username: 'ivan' };
    fake.setApplicationOwner(OWNER, { id: '1310000000000000009', name: 'Crew', ownerUserId: OWNER.id, members: [{ user: OWNER }, { user: member, role: 'developer' }, { user: invited, membershipState: 1 }] });
    const teamApp = await client.application!.fetch();
    expect(teamApp.owner).toBeInstanceOf(Team);
    const team = teamApp.owner as Team;
    expect(team.ownerId).toBe(OWNER.id);
    expect([...team.members.keys()].sort()).toEqual([OWNER.id, member.id, invited.id].sort());
    expect(team.members.get(invited.id)?.membershipState).toBe(1);

    // The same answer on the OAuth2 path.
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const oauth = (await rest.get(Routes.oauth2CurrentApplication())) as { team: { id: string } | null };
    expect(oauth.team?.id).toBe('1310000000000000009');
    fake.setApplicationOwner(OWNER);
  });

  it('lists the bot’s servers a page at a time and leaves one (GUILD_DELETE reaches the client)', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const first = (await rest.get(Routes.userGuilds(), { query: new URLSearchParams({ limit: '2' }) })) as Array<{ id: string; name: string }>;
    expect(first.map((g) => g.id)).toEqual(GUILDS.slice(0, 2));
    expect(first[0]!.name).toBe('Server 1');
    const next = (await rest.get(Routes.userGuilds(), { query: new URLSearchParams({ limit: '2', after: first[1]!.id }) })) as Array<{ id: string }>;
    expect(next.map((g) => g.id)).toEqual([GUILDS[2]]);

    await rest.delete(Routes.userGuild(GUILDS[1]!));
    expect(fake.leftGuilds).toEqual([GUILDS[1]]);
    await until(() => !client.guilds.cache.has(GUILDS[1]!));
    const after = (await rest.get(Routes.userGuilds())) as Array<{ id: string }>;
    expect(after.map((g) => g.id)).toEqual([GUILDS[0], GUILDS[2]]);
    await expect(rest.delete(Routes.userGuild(GUILDS[1]!))).rejects.toThrow(/Unknown Guild/);
  });
});
