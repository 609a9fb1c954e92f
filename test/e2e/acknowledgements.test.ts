// Acknowledgements first: while any member's command is still waiting for Discord to take its
// acknowledgement, the work behind the others' (hold, store, "Queued" reply) waits, so a burst of
// commands is acknowledged before the bot spends its time on any of them; never longer than a
// quarter of a second, so a steady stream of commands never starves that work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUser } from '../../sandbox/discord.ts';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world.close();
});

const prompt = (text: string) => [{ name: 'prompt', type: 3, value: text }];
const callbackOf = (id: string) => world.discord.requests.find((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));
const queuedEditOf = (token: string) => world.discord.requests.find((r) => r.method === 'PATCH' && r.path.includes(token) && JSON.stringify(r.json ?? '').includes('Queued'));

async function burstOfTwo(firstAnswerDelayMs: number, names: [string, string]) {
  const [first, second]: FakeUser[] = names.map((name, i) => ({ id: `40000000000000010${i}${firstAnswerDelayMs % 10}`, username: name }));
  // Discord takes its time to answer the first member's acknowledgement.
  world.discord.fail({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback/ }, { delayMs: firstAnswerDelayMs });
  const a = await world.discord.sendCommand({ name: 'sora', guildId: world.guildId, user: first!, options: prompt(`${names[0]} at dawn`) });
  await until(() => callbackOf(a.interactionId) !== undefined, 5_000, 'the first acknowledgement sent');
  const b = await world.discord.sendCommand({ name: 'sora', guildId: world.guildId, user: second!, options: prompt(`${names[1]} at dusk`) });
  await until(() => queuedEditOf(a.token) !== undefined && queuedEditOf(b.token) !== undefined, 10_000, 'both "Queued" replies');
  return { a: { callback: callbackOf(a.interactionId)!, queued: queuedEditOf(a.token)! }, b: { callback: callbackOf(b.interactionId)!, queued: queuedEditOf(b.token)! } };
}

describe('acknowledgements first', () => {
  it('holds the work behind an acknowledgement until the others in flight are answered', async () => {
    const { a, b } = await burstOfTwo(150, ['a heron', 'a crane']);
    // The second member's acknowledgement was answered at once, the first one's 150 ms later.
    expect(b.callback.answeredAt!).toBeLessThan(a.callback.answeredAt!);
    // The second member's hold and "Queued" reply waited for the first member's acknowledgement.
    expect(b.queued.at).toBeGreaterThanOrEqual(a.callback.answeredAt!);
    expect(b.queued.json).toBeDefined();
  });

  it('waits no longer than a quarter of a second for an acknowledgement Discord is slow to answer', async () => {
    const { a, b } = await burstOfTwo(2_000, ['an otter', 'a beaver']);
    // The second member's "Queued" reply went out while the first acknowledgement was still unanswered…
    expect(b.queued.at).toBeLessThan(a.callback.answeredAt!);
    expect(b.queued.at - b.callback.answeredAt!).toBeGreaterThanOrEqual(200);
    // …and the first member's job went on once Discord answered.
    expect(a.queued.at).toBeGreaterThanOrEqual(a.callback.answeredAt!);
    await until(() => world.kie.created().length >= 4, 10_000, 'all four Kie tasks');
  });
});
