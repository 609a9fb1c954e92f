import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import { moderationDriver } from './moderationSupport.ts';
import { hasVideo, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

let world: World;
let mod: ReturnType<typeof moderationDriver>;

beforeAll(async () => {
  world = await startWorld();
  mod = moderationDriver(world);
});
afterAll(() => world.close());

const RUNNABLE = 'b[a4]dw[o0]rd';
const UNUSABLE = '[a-z&&[^aeiou]]{40}';

describe('/moderation automod: the server’s AutoMod keyword rules on prompts', () => {
  it('refuses automod:on when the bot lacks Manage Server, saying so, and changes nothing', async () => {
    const answer = await mod.answer(await mod.moderation('automod', { automod: 'on' }));
    expect(answer).toContain('I need the **Manage Server** permission to read this server’s AutoMod rules');
    expect((await mod.record())?.automod.on ?? false).toBe(false);
    expect(world.discord.requests.some((r) => r.path.includes('/auto-moderation/'))).toBe(false);
  });

  it('judges prompts by keyword_filter, regex_patterns and allow_list, lists the unusable regex, and follows a rule change event', async () => {
    world.discord.setBotPermissions(world.guildId, FAKE_PERMISSIONS.manager);
    const rule = world.discord.automod.add(world.guildId, { name: 'No bad words', keyword_filter: ['*badword*'], allow_list: ['notbadword'], regex_patterns: [RUNNABLE, UNUSABLE] });
    const on = await mod.answer(await mod.moderation('automod', { automod: 'on' }));
    expect(on).toContain('1 keyword rule applied to prompts (“No bad words”)');
    expect(on).toContain(`\`${UNUSABLE}\` in “No bad words”: it uses the character-class set operation \`&&\``);

    const refused = async (prompt: string) => mod.answer(await world.sora({ prompt }));
    expect(await refused('a BADWORD here')).toContain('matches the server’s AutoMod rule “No bad words” (keyword `*badword*`)');
    expect(await refused('b4dw0rd')).toContain(`(regex \`${RUNNABLE}\`)`);
    expect(await refused('notbadword, then badword')).toContain('`*badword*`');
    const allowed = await world.sora({ prompt: 'that is notbadword' });
    await replyOf(world, allowed.token, hasVideo);

    // An admin edits the rule in Discord: the gateway event makes the bot read the rules again.
    const reads = world.discord.requests.filter((r) => r.path.endsWith('/auto-moderation/rules')).length;
    world.discord.automod.update(world.guildId, rule.id, { keyword_filter: ['*badword*', 'kite'] });
    expect(world.discord.dispatched.some((e) => e.t === 'AUTO_MODERATION_RULE_UPDATE')).toBe(true);
    await until(() => world.discord.requests.filter((r) => r.path.endsWith('/auto-moderation/rules')).length > reads);
    await until(async () => (await mod.record())?.automod.rules[0]?.keywords.includes('kite') === true);
    expect(await refused('a red kite')).toContain('(keyword `kite`)');

    const status = await mod.answer(await mod.moderation('status'));
    expect(status).toContain('**AutoMod:** 1 keyword rule applied');
    expect(status).toContain(UNUSABLE);
  });

  it('a rule deleted in Discord stops applying; automod:off stops them all', async () => {
    const [rule] = world.discord.automod.rules(world.guildId);
    world.discord.automod.remove(world.guildId, rule!.id);
    await until(async () => (await mod.record())?.automod.rules.length === 0);
    const served = await world.sora({ prompt: 'a red kite' });
    await replyOf(world, served.token, hasVideo);

    world.discord.automod.add(world.guildId, { name: 'Kites', keyword_filter: ['kite*'] });
    await until(async () => (await mod.record())?.automod.rules.length === 1);
    expect(await mod.answer(await world.sora({ prompt: 'kites!' }))).toContain('“Kites”');
    expect(await mod.answer(await mod.moderation('automod', { automod: 'off' }))).toContain('AutoMod reuse is **off**');
    const again = await world.sora({ prompt: 'kites!' });
    await replyOf(world, again.token, hasVideo);
  });
});
