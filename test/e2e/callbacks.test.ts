// Kie callbacks are hints: a callback makes the bot read the task once, through the same check a
// poll makes; polling stays as a sparse safety net.
import { afterEach, describe, expect, it } from 'vitest';
import { kieSignature } from '../../src/http/kieCallback.ts';
import type { Job } from '../../src/services/jobs/job.ts';
import { until } from '../support/wait.ts';
import { startWorld, WEBHOOK_KEY, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const videos = (w: World) => w.discord.channelMessages(w.discord.channelIdOf()).filter((m) => m.attachments.some((a) => a.filename.endsWith('.mp4')));

/** The stored job of a Kie task. */
async function jobOf(w: World, taskId: string): Promise<Job | undefined> {
  for await (const [, job] of w.app.store.collection<Job>('jobs').entries()) if (job.kieTaskId === taskId) return job;
  return undefined;
}

/** A callback signed with the bot's key, whatever its body claims. */
async function callback(w: World, taskId: string, data: Record<string, unknown>): Promise<number> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(`${w.app.http!.url}/kie/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-webhook-timestamp': timestamp, 'x-webhook-signature': kieSignature(WEBHOOK_KEY, taskId, timestamp) },
    body: JSON.stringify({ code: 200, msg: 'success', data: { taskId, ...data } }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('Kie callbacks', () => {
  it('deliver the video right after Kie finishes, with one confirming read; the polls alone would come minutes later', async () => {
    // Learned: tasks take a minute, so the first safety-net poll is 90 s away.
    world = await startWorld({ callbacks: true, learnedMs: 60_000 });
    const w = world;
    w.kie.setDefaultPlan({ waitingMs: 100, queueMs: 100, generateMs: 800 });
    await w.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => videos(w).length === 1, 15_000, 'the video');
    // The one read was the callback's.
    expect(w.kie.count('recordInfo')).toBe(1);
    await until(async () => Object.keys((await w.app.ledger.account(w.guildId)).holds).length === 0, 5_000, 'the capture');
    expect((await w.app.ledger.account(w.guildId)).spentTotal).toBeGreaterThan(0);
  });

  it('a forged "success" for a running task delivers nothing early and charges nothing; a burst of repeats costs one more read; unknown tasks change nothing', async () => {
    world = await startWorld({ callbacks: true, learnedMs: 60_000 });
    const w = world;
    w.kie.setDefaultPlan({ waitingMs: 100, queueMs: 100, generateMs: 60_000 });
    const sent = await w.sora({ prompt: 'a lighthouse in a storm' });
    // The reply shows the job running at Kie once its task id is stored.
    await until(() => JSON.stringify(w.discord.originalFor(sent.token)?.embeds ?? []).includes('at the video service'), 10_000, 'the job running');
    const taskId = w.kie.created()[0]!.taskId;

    const forged = { state: 'success', resultJson: JSON.stringify({ resultUrls: ['http://127.0.0.1:9/forged.mp4'] }) };
    expect(await callback(w, taskId, forged)).toBe(200);
    await until(async () => (await jobOf(w, taskId))?.checks === 1, 5_000, 'the confirming read');
    expect(w.kie.count('recordInfo')).toBe(1);
    // Repeats after that read could be Kie's genuine callback: they share one more read.
    expect(await Promise.all(Array.from({ length: 5 }, () => callback(w, taskId, forged)))).toEqual([200, 200, 200, 200, 200]);
    expect(await callback(w, 'unknown-task-123456', forged)).toBe(200);
    await until(async () => (await jobOf(w, taskId))?.checks === 2, 5_000, 'the read the repeats share');
    expect(w.kie.count('recordInfo')).toBe(2);
    expect(videos(w)).toHaveLength(0);
    const account = await w.app.ledger.account(w.guildId);
    expect(Object.keys(account.holds)).toHaveLength(1);
    expect(account.spentTotal).toBe(0);
  });

  it("Kie's genuine callback right after an early one delivers at once, with one extra read and no poll", async () => {
    // Learned: tasks take a minute, so no safety-net poll comes during this test; only callbacks cause reads.
    world = await startWorld({ callbacks: true, learnedMs: 60_000 });
    const w = world;
    w.kie.setDefaultPlan({ waitingMs: 100, queueMs: 100, generateMs: 600_000 });
    const sent = await w.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => JSON.stringify(w.discord.originalFor(sent.token)?.embeds ?? []).includes('at the video service'), 10_000, 'the job running');
    const taskId = w.kie.created()[0]!.taskId;

    // Kie's own signed callback, sent while the task still runs (an early or replayed one).
    await w.kie.resendCallback(taskId);
    await until(async () => (await jobOf(w, taskId))?.checks === 1, 5_000, 'the read it causes, which finds the task running');
    expect(w.kie.count('recordInfo')).toBe(1);

    const genuineAt = Date.now();
    await w.kie.completeTask(taskId);
    // The next poll is a minute or more away: only the genuine callback can bring the video now.
    await until(() => videos(w).length === 1, 10_000, 'the video, after the genuine callback');
    const reads = w.kie.requests.filter((r) => r.route === 'recordInfo');
    expect(reads).toHaveLength(2);
    expect(reads[1]!.at).toBeGreaterThanOrEqual(genuineAt);
    expect(w.kie.callbacks.filter((c) => c.taskId === taskId && c.kind === 'complete').map((c) => c.status)).toEqual([200, 200]);
    await until(async () => Object.keys((await w.app.ledger.account(w.guildId)).holds).length === 0, 5_000, 'the capture');
  });
});
