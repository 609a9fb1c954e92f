// The bot speaks each reader's language: private answers in the member's Discord language
// (`interaction.locale`), public posts in the server's (`/settings language`, else `guild_locale`),
// English for any language it does not speak. Texts are compared with the message files themselves,
// so the test follows the translations, and fails where English (or another language) shows instead.
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, MESSAGE_FLAGS, type FakeMessage, type SendCommandOptions } from '../../sandbox/discord.ts';
import { deployCommands } from '../../src/deploy-commands.ts';
import { DISCORD_LOCALES, en, LOCALES, type Locale } from '../../src/i18n/index.ts';
import { translations } from '../../src/i18n/translations.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { startWorld, type World } from './world.ts';

let world: World;
afterEach(async () => {
  await world.close();
});

/** A message's longest fixed stretch of text (between its variables) in `locale`. */
function head(locale: Locale, key: string): string {
  const tree = locale === 'en-US' ? en : translations[locale];
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
  if (typeof text !== 'string') throw new Error(`no message ${key} in ${locale}`);
  const fixed = text
    .split(/\{\{[^}]*\}\}|<[@#]&?|>/)
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0]!;
  if (fixed.length < 4) throw new Error(`${key} in ${locale} is mostly variables; pick another message`);
  return fixed;
}

/** Every language's start of `key` but `locale`'s: none of them may show. */
const othersThan = (locale: Locale, key: string) => LOCALES.filter((l) => l !== locale && head(l, key) !== head(locale, key)).map((l) => head(l, key));

function expectIn(locale: Locale, key: string, text: string) {
  expect(text).toContain(head(locale, key));
  for (const other of othersThan(locale, key)) expect(text).not.toContain(other);
}

describe('languages', () => {
  it('answers a German member in German: a refusal, /balance and a Vote answer', async () => {
    world = await startWorld();
    const d = challengeDriver(world);
    const de: Partial<SendCommandOptions> = { locale: 'de' };

    const refused = await d.challenge('start', { title: 'x', theme: 'y', ends_in: '1h' }, { ...de, user: d.user(1), memberPermissions: FAKE_PERMISSIONS.member });
    expectIn('de', 'challenges.refusals.adminOnly', await d.answer(refused));
    expect(d.isPrivate(refused)).toBe(true);

    const balance = await world.discord.sendCommand({ name: 'balance', guildId: world.guildId, user: world.member, ...de });
    expectIn('de', 'balance.server', await d.answer(balance));

    // An English server: the challenge and the entry are public, so English; the German voter's answer is German.
    expect(await d.answer(await d.challenge('start', { title: 'Foxes', theme: 'snow', ends_in: '1h' }))).toContain('#1');
    const maker = d.user(2);
    await d.videoOf(await world.sora({ prompt: 'a fox' }, { user: maker }));
    expect(await d.answer(await d.challenge('submit', {}, { user: maker, memberPermissions: FAKE_PERMISSIONS.member }))).toContain('#1');
    let entry: FakeMessage | undefined;
    await until(() => (entry = d.publicMessages().find((m) => m.content.includes(`<@${maker.id}>`) && d.customIds(m).some((id) => id.startsWith('challenge:vote')))) !== undefined, 10_000, 'the entry');
    expectIn('en-US', 'challenges.posts.entry.head', entry!.content);
    const vote = await d.press(entry!, d.customIds(entry!).find((id) => id.startsWith('challenge:vote'))!, d.user(3), de);
    expectIn('de', 'challenges.replies.voteCounted', await d.answer(vote));
  });

  it('speaks Portuguese in public in a pt-BR server, Japanese privately to a ja member there; /settings language:fr switches the public posts; ko gets English', async () => {
    world = await startWorld();
    const d = challengeDriver(world);
    const inBrazil: Partial<SendCommandOptions> = { guildLocale: 'pt-BR', locale: 'ja' };

    // A Japanese member's /sora in a Brazilian server: the reply everyone sees is Portuguese.
    const sent = await world.sora({ prompt: 'a fox' }, inBrazil);
    const video = await d.videoOf(sent);
    expectIn('pt-BR', 'jobs.delivered.ready', video.content);
    const embeds = JSON.stringify(video.embeds);
    expect(embeds).toContain(head('pt-BR', 'jobs.state.delivered'));
    expect(embeds).toContain(`"${translations['pt-BR'].jobs.field.cost}"`);
    expect(embeds).not.toContain(`"${en.jobs.field.cost}"`);

    // Their private answer there is Japanese.
    const balance = await world.discord.sendCommand({ name: 'balance', guildId: world.guildId, user: world.member, ...inBrazil });
    expectIn('ja', 'balance.server', await d.answer(balance));

    // The challenge announcement is the server's language; the admin who started it reads Japanese.
    const started = await d.challenge('start', { title: 'Raposas', theme: 'neve', ends_in: '1h' }, inBrazil);
    expectIn('ja', 'challenges.replies.started', await d.answer(started));
    const announcement = d.publicMessages().find((m) => m.content.includes('#1'))!;
    expectIn('pt-BR', 'challenges.posts.announcement.votingAnyone', announcement.content);

    // /settings language:fr: public posts are French from now on, whatever Discord says of the server.
    const set = await world.discord.sendCommand({
      name: 'settings',
      guildId: world.guildId,
      user: world.admin,
      memberPermissions: FAKE_PERMISSIONS.manager,
      ...inBrazil,
      options: [{ name: 'language', type: 1, options: [{ name: 'language', type: 3, value: 'fr' }] }],
    });
    await until(() => world.discord.interaction(set.token)?.acknowledgedAt !== null, 5_000, 'the settings reply');
    const french = await d.videoOf(await world.sora({ prompt: 'a fox' }, inBrazil));
    expectIn('fr', 'jobs.delivered.ready', french.content);
    await d.answer(await d.challenge('end', { challenge: '#1' }, inBrazil));
    await d.answer(await d.challenge('start', { title: 'Renards', theme: 'neige', ends_in: '1h' }, inBrazil));
    await until(() => d.publicMessages().some((m) => m.content.includes('#2')), 10_000, 'the second announcement');
    expectIn('fr', 'challenges.posts.announcement.votingAnyone', d.publicMessages().find((m) => m.content.includes('#2'))!.content);

    // A language the bot does not speak: English, privately and in public.
    await world.discord.sendCommand({
      name: 'settings',
      guildId: world.guildId,
      user: world.admin,
      memberPermissions: FAKE_PERMISSIONS.manager,
      options: [{ name: 'language', type: 1, options: [{ name: 'language', type: 3, value: 'auto' }] }],
    });
    const korean: Partial<SendCommandOptions> = { guildLocale: 'ko', locale: 'ko' };
    expectIn('en-US', 'balance.server', await d.answer(await world.discord.sendCommand({ name: 'balance', guildId: world.guildId, user: world.member, ...korean })));
    const english = await d.videoOf(await world.sora({ prompt: 'a fox' }, korean));
    expectIn('en-US', 'jobs.delivered.ready', english.content);
    expect(english.flags & MESSAGE_FLAGS.ephemeral).toBe(0);
  });

  it('registers every command with its names and descriptions in all six languages', async () => {
    world = await startWorld();
    await deployCommands(world.config);
    const registered = world.discord.commands();
    expect(registered.length).toBeGreaterThan(5);
    const codes = LOCALES.filter((l) => l !== 'en-US').flatMap((l) => DISCORD_LOCALES[l]);
    for (const command of registered) {
      const c = command as { name: string; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; options?: Array<{ name_localizations?: Record<string, string> }> };
      expect(Object.keys(c.description_localizations ?? {}).sort(), c.name).toEqual([...codes].sort());
      expect(Object.keys(c.name_localizations ?? {}).sort(), c.name).toEqual([...codes].sort());
      for (const option of c.options ?? []) expect(Object.keys(option.name_localizations ?? {}).sort(), c.name).toEqual([...codes].sort());
    }
    const sora = registered.find((c) => c.name === 'sora') as unknown as { description_localizations: Record<string, string> };
    for (const locale of LOCALES.filter((l) => l !== 'en-US')) {
      for (const code of DISCORD_LOCALES[locale]) expect(sora.description_localizations[code]).toBe(translations[locale].commands.sora.description);
    }
  });
});
