// Before the gateway connects, the bot runs /sora's gates and handler on made-up interactions up to
// the acknowledgement (src/app/warmUp.ts): nothing of it may reach Discord, Kie, the ledger or the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world.close();
});

describe('the warm-up at start', () => {
  it('sends nothing, holds nothing, stores no job and logs no failure', async () => {
    expect(world.discord.requests.filter((r) => r.kind === 'http' && r.path.includes('/interactions/'))).toEqual([]);
    expect(world.kie.created()).toHaveLength(0);
    const logs = world.parsedLogs();
    expect(logs.filter((l) => l.msg === 'job queued' || l.msg === 'command failed' || l.msg === 'background job step failed')).toEqual([]);
    expect(logs.filter((l) => typeof l.guildId === 'string' && l.guildId === '0')).toEqual([]);
    // The made-up server its interactions came from is gone again.
    expect(world.app.client.guilds.cache.has('0')).toBe(false);
    expect([...world.app.client.guilds.cache.keys()]).toEqual(world.discord.guildIds);
  });

  it('leaves /sora working as before for the first member', async () => {
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => world.discord.interaction(sent.token)?.acknowledgedAt != null, 5_000, 'the defer');
    await until(() => world.kie.created().length === 1, 10_000, 'the Kie task');
  });
});
