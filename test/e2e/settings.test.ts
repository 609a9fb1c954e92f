// `/settings models`: a server chooses which of the operator's models its members may use and its
// own default. Autocomplete shows only those, in the server's order; another model typed by hand is
// refused privately before anything is held; only Manage Server may change it.
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function suggestions(w: World, typed: string): Promise<string[]> {
  const sent = await w.discord.sendAutocomplete({
    name: 'sora',
    guildId: w.guildId,
    options: [
      { name: 'prompt', type: 3, value: 'x' },
      { name: 'model', type: 3, value: typed, focused: true },
    ],
  });
  await until(() => w.discord.interaction(sent.token)?.callbackType === 8, 5_000, 'the suggestions');
  return (w.discord.interaction(sent.token)!.callbackData as { choices: Array<{ value: string }> }).choices.map((c) => c.value);
}

async function settings(w: World, values: Record<string, string>, permissions = FAKE_PERMISSIONS.manager): Promise<{ content: string; ephemeral: boolean }> {
  const sent = await w.discord.sendCommand({
    name: 'settings',
    guildId: w.guildId,
    user: w.admin,
    memberPermissions: permissions,
    options: [{ name: 'models', type: 1, options: Object.entries(values).map(([name, value]) => ({ name, type: 3, value })) }],
  });
  await until(() => w.discord.interaction(sent.token)?.acknowledgedAt !== null, 5_000, 'the settings reply');
  const i = w.discord.interaction(sent.token)!;
  return { content: (i.callbackData as { content?: string }).content ?? '', ephemeral: i.ephemeral };
}

async function reply(w: World, command: string): Promise<string> {
  const sent = await w.discord.sendCommand({ name: command, guildId: w.guildId, user: w.member });
  await until(() => w.discord.interaction(sent.token)?.acknowledgedAt !== null, 5_000, `the /${command} reply`);
  return (w.discord.interaction(sent.token)!.callbackData as { content?: string }).content ?? '';
}

describe('/settings models', () => {
  it('a server that allows two models sees only those, in its order; another typed by hand is refused privately with no hold', async () => {
    world = await startWorld();
    const w = world;
    const saved = await settings(w, { allowed: 'kling-3.0, wan-2.6', default: 'wan-2.6' });
    expect(saved.ephemeral).toBe(true);
    expect(saved.content).toContain('`kling-3.0`, `wan-2.6`');
    expect(saved.content).toContain('**Default:** `wan-2.6`');

    expect(await suggestions(w, '')).toEqual(['kling-3.0', 'wan-2.6']);
    expect(await suggestions(w, 'sora')).toEqual([]);

    const balance = (await w.app.ledger.account(w.guildId)).balance;
    const refused = await w.sora({ prompt: 'a lighthouse in a storm', model: 'sora-2' });
    await until(() => w.discord.interaction(refused.token)?.acknowledgedAt !== null, 5_000, 'the refusal');
    const refusal = w.discord.interaction(refused.token)!;
    expect(refusal.ephemeral).toBe(true);
    expect((refusal.callbackData as { content: string }).content).toContain('This server allows only these models: `kling-3.0`, `wan-2.6`');
    expect((await w.app.ledger.account(w.guildId)).balance).toBe(balance);
    expect(w.kie.created()).toHaveLength(0);

    // /models and /balance show the server's set and default.
    const models = await reply(w, 'models');
    expect(models).toContain('`kling-3.0`');
    expect(models).toContain('`wan-2.6`');
    expect(models).not.toContain('`sora-2`');
    expect(models).toContain('default `wan-2.6`');
    expect(await reply(w, 'balance')).toContain('**Models here:** `kling-3.0`, `wan-2.6` (chosen by this server); default `wan-2.6`');

    // No model given: the server's default is used.
    const made = await w.sora({ prompt: 'a lighthouse, server default' });
    await until(() => w.kie.created().length === 1, 10_000, 'the create');
    expect(w.kie.created()[0]!.model).toMatch(/^wan/);
    expect(made.token).toBeTruthy();

    // Without options: shows the settings; `all` lifts the restriction.
    expect((await settings(w, {})).content).toContain('**Allowed:** `kling-3.0`, `wan-2.6`');
    expect((await settings(w, { allowed: 'all', default: 'operator' })).content).toContain('**Allowed:** all models');
    expect(await suggestions(w, 'sora')).toContain('sora-2');
  });

  it('refuses a member without Manage Server, and names what is possible for a bad list', async () => {
    world = await startWorld();
    const denied = await settings(world, { allowed: 'kling-3.0' }, FAKE_PERMISSIONS.member);
    expect(denied.ephemeral).toBe(true);
    expect(denied.content).toContain('Manage Server');
    expect(await suggestions(world, 'sora')).toContain('sora-2');

    const bad = await settings(world, { allowed: 'kling-3.0,nope' });
    expect(bad.ephemeral).toBe(true);
    expect(bad.content).toContain('`nope` is not a model the bot offers');
    const outside = await settings(world, { allowed: 'kling-3.0', default: 'wan-2.6' });
    expect(outside.content).toContain('must be one of the models this server allows');
  });
});
