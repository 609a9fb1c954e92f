// The model option is autocomplete read live from the registry and the models' state: prices show,
// paused models are marked and refused before anything is held, and with DEFAULT_MODEL unset a
// member who leaves out model: gets the first family not known to be paused.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function suggestions(w: World, typed: string): Promise<Array<{ name: string; value: string }>> {
  const sent = await w.discord.sendAutocomplete({
    name: 'sora',
    guildId: w.guildId,
    options: [
      { name: 'prompt', type: 3, value: 'x' },
      { name: 'model', type: 3, value: typed, focused: true },
    ],
  });
  await until(() => w.discord.interaction(sent.token)?.callbackType === 8, 5_000, 'the suggestions');
  return (w.discord.interaction(sent.token)!.callbackData as { choices: Array<{ name: string; value: string }> }).choices;
}

const embedsOf = (w: World, token: string) => JSON.stringify(w.discord.originalFor(token)?.embeds ?? []);

describe('choosing a model', () => {
  it('suggests enabled families with their starting price as the member types', async () => {
    world = await startWorld();
    const all = await suggestions(world, '');
    expect(all[0]).toEqual({ name: 'sora-2 — Sora 2, from 30 credits', value: 'sora-2' });
    expect(all.map((c) => c.value)).toContain('veo-3.1');
    const typed = await suggestions(world, 'seed');
    expect(typed.map((c) => c.value)).toEqual(['seedance-2', 'seedance-2-fast']);
  });

  it('after Kie pauses Sora 2: marked (paused), refused before any hold, and the default moves to the next live family', async () => {
    world = await startWorld();
    const w = world;
    w.kie.pauseModel('sora-2-text-to-video');
    const first = await w.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => embedsOf(w, first.token).includes('paused'), 10_000, 'the paused notice');

    expect((await suggestions(w, 'sora-2')).find((c) => c.value === 'sora-2')!.name).toMatch(/\(paused\)$/);
    const balance = (await w.app.ledger.account(w.guildId)).balance;
    const refused = await w.sora({ prompt: 'again', model: 'sora-2' });
    await until(() => w.discord.interaction(refused.token)?.acknowledgedAt !== null, 5_000, 'the refusal');
    expect(w.discord.interaction(refused.token)!.ephemeral).toBe(true);
    expect((await w.app.ledger.account(w.guildId)).balance).toBe(balance);

    // No model given: the first family not known to be paused, named in the status line.
    const next = await w.sora({ prompt: 'a lighthouse, default model' });
    await until(() => embedsOf(w, next.token).includes('Sora 2 Pro'), 10_000, 'the status line');
    await until(() => w.kie.created().some((c) => c.model.startsWith('sora-2-pro')), 10_000, 'the create for Sora 2 Pro');
    expect(w.kie.created().filter((c) => c.model.startsWith('sora-2-text'))).toHaveLength(0);
  });
});
