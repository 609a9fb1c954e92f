// ALLOWED_GUILDS (issue 23): in a server not on the list every command and button gets the same one
// private answer, with nothing held and nothing sent to Kie; the start-up log names those servers;
// LEAVE_OTHER_GUILDS=true makes the bot leave them, at start and when it is added to one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import { button, hasVideo, privateAnswer, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

const HOME = '1500000000000000001';
const ELSEWHERE = '1500000000000000002';
const NEWCOMER = '1500000000000000003';
const NOT_ENABLED = 'This bot is not enabled in this server.';

let world: World;
beforeAll(async () => {
  world = await startWorld({ discord: { guilds: [{ id: HOME, name: 'Home' }, { id: ELSEWHERE, name: 'Elsewhere' }] } });
});
afterAll(async () => {
  await world?.close();
});

describe('ALLOWED_GUILDS', () => {
  it('a server not on the list: /sora, a result button and /challenge start each get the same private answer, no Kie task, no hold', async () => {
    // A video made there before the list existed, so it has result buttons to press.
    const made = await world.sora({ prompt: 'a kite over a beach' }, { guildId: ELSEWHERE });
    const result = await replyOf(world, made.token, hasVideo);
    await until(async () => Object.keys((await world.app.ledger.account(ELSEWHERE)).holds).length === 0);

    await world.restart({ ALLOWED_GUILDS: HOME });
    await until(() => world.parsedLogs().some((l) => String(l['msg']).includes('not in ALLOWED_GUILDS')), 10_000, 'the start-up log line');
    const named = world.parsedLogs().filter((l) => String(l['msg']).includes('not in ALLOWED_GUILDS')).at(-1)!;
    expect(named['msg']).toContain(`Elsewhere (${ELSEWHERE})`);
    expect(named['msg']).not.toContain(HOME);

    const createdBefore = world.kie.created().length;
    const before = await world.app.ledger.account(ELSEWHERE);
    const sora = await world.sora({ prompt: 'another kite' }, { guildId: ELSEWHERE });
    const again = await world.discord.sendComponent({ customId: button(result, 'Again').custom_id!, messageId: result.id, guildId: ELSEWHERE, user: world.member });
    const challenge = await world.discord.sendCommand({
      name: 'challenge',
      guildId: ELSEWHERE,
      user: world.admin,
      memberPermissions: FAKE_PERMISSIONS.admin,
      options: [{ name: 'start', type: 1, options: [{ name: 'title', type: 3, value: 'Kites' }, { name: 'theme', type: 3, value: 'kites' }, { name: 'ends_in', type: 3, value: '1h' }] }],
    });
    for (const sent of [sora, again, challenge]) {
      expect(await privateAnswer(world, sent.token)).toBe(NOT_ENABLED);
      // One answer only: no public reply, no follow-up beside it.
      expect(world.discord.interaction(sent.token)!.followUpIds).toHaveLength(0);
    }
    expect(world.kie.created()).toHaveLength(createdBefore);
    const after = await world.app.ledger.account(ELSEWHERE);
    expect(after.holds).toEqual({});
    expect(after.balance).toBe(before.balance);
    expect(after.journal).toHaveLength(before.journal.length);

    // The server on the list is served as before.
    const home = await world.sora({ prompt: 'a kite at home' });
    await replyOf(world, home.token, hasVideo);
  });

  it('LEAVE_OTHER_GUILDS=true: leaves the servers not on the list at start, and a server it is added to', async () => {
    await world.restart({ ALLOWED_GUILDS: HOME, LEAVE_OTHER_GUILDS: 'true' });
    await until(() => world.discord.leftGuilds.includes(ELSEWHERE), 10_000, 'the bot to leave the other server');
    expect(world.discord.guildIds).toEqual([HOME]);

    world.discord.addGuild({ id: NEWCOMER, name: 'Newcomer' });
    await until(() => world.discord.leftGuilds.includes(NEWCOMER), 10_000, 'the bot to leave the server it was added to');
    expect(world.discord.leftGuilds).toEqual([ELSEWHERE, NEWCOMER]);
    expect(world.discord.guildIds).toEqual([HOME]);
  });
});
