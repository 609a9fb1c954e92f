import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../src/services/jobs/job.ts';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function jobStates(w: World): Promise<string[]> {
  const states: string[] = [];
  for await (const [, job] of w.app.store.collection<Job>('jobs').entries()) states.push(job.state);
  return states.sort();
}

describe('restart while jobs wait for a Kie create slot', () => {
  it('keeps the waiting jobs queued (not failed) and creates each exactly once after the restart', async () => {
    // Kie's own 429s are covered elsewhere; here only the bot's pacing holds creates back.
    world = await startWorld({ kie: { createRateLimit: false, plan: { waitingMs: 50, queueMs: 50, generateMs: 200 } } });
    const members = Array.from({ length: 23 }, (_, i) => ({ id: `7000000000000000${String(i).padStart(2, '0')}`, username: `m${i}` }));
    const sent = await Promise.all(members.map((user, i) => world!.sora({ prompt: `clip ${i}` }, { user })));
    // 20 creates go out at once; 3 wait about 10 s for the window to move.
    await until(() => world!.kie.created().length === 20, 10_000, '20 creates');
    await until(async () => (await jobStates(world!)).filter((s) => s === 'queued').length === 3, 5_000, '3 queued jobs');
    await world.stopBot();
    expect(world.kie.created()).toHaveLength(20);

    await world.restart();
    const delivered = () => sent.filter((s) => (world!.discord.originalFor(s.token)?.content ?? '').includes('your video is ready')).length;
    await until(() => delivered() === 23, 20_000, 'all 23 videos');
    expect(world.kie.created()).toHaveLength(23);
    expect(new Set(world.kie.created().map((c) => c.input.prompt)).size).toBe(23);
    await until(async () => Object.keys((await world!.app.ledger.account(world!.guildId)).holds).length === 0, 5_000, 'holds settled');
    const account = await world.app.ledger.account(world.guildId);
    expect(account.spentTotal).toBe(23 * 30);
    expect(account.balance).toBe(1000 - 23 * 30);
    expect(await jobStates(world)).toEqual(Array(23).fill('delivered'));
  }, 40_000);
});
