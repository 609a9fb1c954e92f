import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Challenge, ChallengeBook } from '../../src/services/challenges/types.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { moderationDriver } from './moderationSupport.ts';
import { button, hasVideo, otherMember, press, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

// One world for the file: each test sets the words it needs.
let world: World;
let mod: ReturnType<typeof moderationDriver>;
let logChannel: string;

beforeAll(async () => {
  world = await startWorld({ env: { HTTP_PORT: '0', HTTP_HOST: '127.0.0.1' } });
  mod = moderationDriver(world);
  logChannel = mod.channel();
  expect(await mod.answer(await mod.moderation('log', { channel: logChannel }))).toContain('Saved');
});
afterAll(() => world.close());

const refusalsInLog = () => world.discord.channelMessages(logChannel).filter((m) => m.content.includes('Refused'));

describe('the server’s words', () => {
  it('refuses "A FÓX runs", "g o r e", "g.o.r.e", "goré" and "a foxglove meadow" privately, holds nothing, sends nothing to Kie, logs each with its rule; allows "gorgeous"', async () => {
    expect(await mod.answer(await mod.moderation('words', { add: '*fox*, gore' }))).toContain('Added `*fox*`, `gore`');
    const created = world.kie.created().length;
    const before = await world.app.ledger.account(world.guildId);
    const cases: Array<[string, string]> = [
      ['A FÓX runs', '*fox*'],
      ['g o r e', 'gore'],
      ['g.o.r.e', 'gore'],
      ['goré', 'gore'],
      ['a foxglove meadow', '*fox*'],
    ];
    for (const [prompt, rule] of cases) {
      const sent = await world.sora({ prompt });
      expect(await mod.answer(sent)).toContain(`matches the server’s blocked word \`${rule}\``);
      // Refused before the defer: nothing public was ever shown.
      expect(world.discord.interaction(sent.token)!.callbackType).toBe(4);
      expect(world.discord.interaction(sent.token)!.ephemeral).toBe(true);
    }
    expect(world.kie.created()).toHaveLength(created);
    const after = await world.app.ledger.account(world.guildId);
    expect(after.balance).toBe(before.balance);
    expect(Object.keys(after.holds)).toHaveLength(0);

    const logged = await mod.messagesIn(logChannel, (m) => m.content.includes('Refused'), cases.length);
    for (const [prompt, rule] of cases) {
      const entry = logged.find((m) => m.content.includes(`> ${prompt}`));
      expect(entry?.content).toContain(`\`${rule}\``);
      expect(entry?.content).toContain(`<@${world.member.id}>`);
      expect(entry?.allowedMentions).toEqual({ parse: [] });
    }

    const allowed = await world.sora({ prompt: 'gorgeous' });
    await replyOf(world, allowed.token, hasVideo);
    expect(world.kie.created()).toHaveLength(created + 1);
    expect(await world.app.metrics!.text()).toContain('kiebot_prompts_refused_total{rule="words"} 5');
  });

  it('lists the words privately, refuses bad patterns with the reason, and removes them however they are typed', async () => {
    const listed = await mod.answer(await mod.moderation('words'));
    expect(listed).toContain('**Blocked words** (2)');
    expect(listed).toContain('`*fox*`');
    const bad = await mod.answer(await mod.moderation('words', { add: 'fo*x, *, kite' }));
    expect(bad).toContain('Added `kite`');
    expect(bad).toContain('a `*` may stand only at the start or the end');
    expect(bad).toContain('it has no letters or digits');
    expect(await mod.answer(await mod.moderation('words', { add: '*FÓX*' }))).toContain('Already there: `*FÓX*`');
    expect(await mod.answer(await mod.moderation('words', { remove: 'KITE' }))).toContain('Removed `kite`');
    const member = await world.discord.sendCommand({ name: 'moderation', guildId: world.guildId, user: world.member, options: [{ name: 'words', type: 1 }] });
    expect(await mod.answer(member)).toContain('Manage Server');
  });

  it('judges Again (the rules may have changed since), Remix’s edited prompt, and /challenge start’s title and theme', async () => {
    const made = await world.sora({ prompt: 'a calm lake at dawn' });
    const result = await replyOf(world, made.token, hasVideo);
    await mod.answer(await mod.moderation('words', { add: 'lake' }));
    const created = world.kie.created().length;

    const again = await press(world, result, 'Again', otherMember);
    expect(await mod.answer(again)).toContain('matches the server’s blocked word `lake`');
    const remix = await world.discord.sendModalSubmit({ customId: button(result, 'Remix').custom_id!, messageId: result.id, guildId: world.guildId, user: otherMember, fields: { prompt: 'a fox by the river', duration: '', aspect: '' } });
    expect(await mod.answer(remix)).toContain('`*fox*`');

    const challenges = challengeDriver(world);
    const title = await challenges.challenge('start', { title: 'Fox week', theme: 'anything', ends_in: '1h' });
    expect(await mod.answer(title)).toContain('The challenge title matches the server’s blocked word `*fox*`');
    const theme = await challenges.challenge('start', { title: 'Week 1', theme: 'a lot of g-o-r-e', ends_in: '1h' });
    expect(await mod.answer(theme)).toContain('The challenge theme matches the server’s blocked word `gore`');
    const book = await world.app.store.collection<ChallengeBook>('challenges').get(`g:${world.guildId}`);
    expect(Object.values(book?.challenges ?? {}) as Challenge[]).toHaveLength(0);
    expect(world.kie.created()).toHaveLength(created);
    await until(() => refusalsInLog().some((m) => m.content.includes('(Again)')) && refusalsInLog().some((m) => m.content.includes('`/challenge start`')));
    await mod.answer(await mod.moderation('words', { remove: 'lake' }));
  });
});
