// A challenge's public posts speak the server's language of when it started (`/settings language`,
// else Discord's guild_locale), whoever started it: the language is kept with the challenge, so its
// entries and results later speak it too, even if the server's language changes meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import type { ChallengeBook } from '../../src/services/challenges/types.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { startWorld, type World } from './world.ts';

let world: World;
afterEach(async () => {
  await world.close();
});

async function book(): Promise<ChallengeBook> {
  return (await world.app.store.collection<ChallengeBook>('challenges').get(`g:${world.guildId}`))!;
}

describe('a challenge keeps the server language of its start', () => {
  it('takes the guild_locale, not the starter’s own language; a language chosen with /settings wins; a later change leaves it', async () => {
    world = await startWorld();
    const d = challengeDriver(world);

    // A Japanese-speaking admin in a Brazilian server: the challenge is Brazilian; their answer is private.
    const first = await d.challenge('start', { title: 'Raposas', theme: 'neve', ends_in: '1h' }, { locale: 'ja', guildLocale: 'pt-BR' });
    expect(await d.answer(first)).toContain('#1');
    expect((await book()).challenges[1]!.locale).toBe('pt-BR');

    const language = async (value: string) => {
      const set = await world.discord.sendCommand({
        name: 'settings',
        guildId: world.guildId,
        user: world.admin,
        memberPermissions: FAKE_PERMISSIONS.manager,
        guildLocale: 'pt-BR',
        options: [{ name: 'language', type: 1, options: [{ name: 'language', type: 3, value }] }],
      });
      await until(() => world.discord.interaction(set.token)?.acknowledgedAt !== null, 5_000, 'the settings reply');
    };
    await language('fr');
    const second = await d.challenge('start', { title: 'Renards', theme: 'neige', ends_in: '1h' }, { guildLocale: 'pt-BR' });
    expect(await d.answer(second)).toContain('#2');
    const after = await book();
    expect(after.challenges[2]!.locale).toBe('fr');
    // Started before the change: still the language it started in.
    expect(after.challenges[1]!.locale).toBe('pt-BR');

    // Back to auto, in a server Discord reports in a language the bot does not speak: English.
    await language('auto');
    const third = await d.challenge('start', { title: 'Foxes', theme: 'snow', ends_in: '1h' }, { guildLocale: 'ko' });
    expect(await d.answer(third)).toContain('#3');
    expect((await book()).challenges[3]!.locale).toBe('en-US');
  });
});
