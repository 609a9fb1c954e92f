import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, KIE_KEY, type World } from './world.ts';
import { until } from '../support/wait.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld({ startingCredits: 1000 });
});
afterAll(async () => {
  await world.close();
});


describe('secrets', () => {
  it('never puts the Discord token, the Kie key or an interaction token in a payload or a log line', async () => {
    const tokens: string[] = [];
    const text = (token: string) => JSON.stringify(world.discord.originalFor(token) ?? {});

    // A delivered video, through the interaction token and then the bot token.
    const ok = await world.sora({ prompt: 'a calm lake at dawn' });
    tokens.push(ok.token);
    await until(() => text(ok.token).includes('your video is ready'));
    const late = await world.sora({ prompt: 'a busy market' });
    tokens.push(late.token);
    await until(() => text(late.token).includes("'s video"));
    world.discord.expireToken(late.token);
    await until(() => world.discord.channelMessages(world.discord.channelIdOf()).filter((m) => m.attachments.length > 0).length === 2);

    // A failed task, a refused key, a paused model, Discord errors.
    world.kie.setDefaultPlan({ outcome: { fail: { code: '500', msg: 'generation failed' } } });
    const failed = await world.sora({ prompt: 'a storm' });
    tokens.push(failed.token);
    await until(() => text(failed.token).includes('could not be made'));
    world.kie.setDefaultPlan({ outcome: 'success' });
    world.kie.failNext('createTask', { code: 401 });
    const unauthorized = await world.sora({ prompt: 'a forest' });
    tokens.push(unauthorized.token);
    await until(() => text(unauthorized.token).includes('could not be made'));
    world.discord.fail({ method: 'PATCH', path: /\/webhooks\// }, { status: 500, body: { message: '500: Internal Server Error', code: 0 } }, 3);
    const retried = await world.sora({ prompt: 'a desert' });
    tokens.push(retried.token);
    await until(() => text(retried.token).includes('your video is ready'), 20_000);
    const credits = await world.credits('grant', { amount: 5, reason: `token ${world.discord.token}` });
    tokens.push(credits.token);
    await until(() => (world.discord.interaction(credits.token)?.acknowledgedAt ?? null) !== null);

    const secrets = [world.discord.token, KIE_KEY];
    const isAuthHeaderOrIdentify = (r: (typeof world.discord.requests)[number]) => r.kind === 'gateway' && r.op === 2;
    for (const request of world.discord.requests) {
      if (isAuthHeaderOrIdentify(request)) continue;
      const body = request.body.toString('utf8') + JSON.stringify(request.json ?? null);
      for (const secret of secrets) expect(body.includes(secret), `${request.method} ${request.path} leaks a secret`).toBe(false);
    }
    for (const request of world.kie.requests) {
      expect(JSON.stringify(request.body).includes(world.discord.token)).toBe(false);
    }
    expect(world.logs.length).toBeGreaterThan(20);
    for (const line of world.logs) {
      for (const secret of [...secrets, ...tokens]) expect(line.includes(secret), `log line leaks a secret: ${line.slice(0, 200)}`).toBe(false);
    }
  });
});
