import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.ts';
import { createApp } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import { until } from '../support/wait.ts';
import { startWorld, WEBHOOK_KEY, type World } from './world.ts';

let world: World | undefined;
let servers: Server[] = [];
afterEach(async () => {
  await world?.close();
  world = undefined;
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

const httpEnv = { HTTP_PORT: '0', HTTP_HOST: '127.0.0.1' };

async function get(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

describe("the bot's HTTP server", () => {
  it('runs only when HTTP_PORT or PUBLIC_URL is set', async () => {
    world = await startWorld();
    expect(world.app.http).toBeUndefined();
  });

  it('answers /healthz and /readyz once the bot is up, and /metrics counts what the fakes saw over 10 jobs', async () => {
    world = await startWorld({ env: httpEnv });
    const base = world.app.http?.url ?? '';
    expect(await get(`${base}/healthz`)).toEqual({ status: 200, text: 'ok\n' });
    expect(await get(`${base}/readyz`)).toEqual({ status: 200, text: 'ready\n' });

    // Ten jobs: nine delivered, one failed at Kie (refunded).
    world.kie.planNext({});
    for (let i = 0; i < 4; i++) world.kie.planNext({});
    world.kie.planNext({ outcome: { fail: { code: '500', msg: 'Internal generation error' } } });
    const w = world;
    for (let i = 0; i < 10; i++) await w.sora({ prompt: `a lighthouse in a storm ${i}` });
    await until(() => w.discord.channelMessages(w.discord.channelIdOf()).filter((m) => m.attachments.length > 0).length === 9, 20_000, 'nine videos');
    // The capture follows the delivery.
    await until(async () => (await get(`${base}/metrics`)).text.includes('kiebot_ledger_operations_total{operation="capture"} 9'), 10_000, 'the captures');
    await until(async () => (await get(`${base}/metrics`)).text.includes('kiebot_ledger_operations_total{operation="release"} 1'), 10_000, 'the refund');
    const metrics = await get(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('kiebot_ledger_operations_total{operation="hold"} 10');
    expect(metrics.text).toContain(`kiebot_kie_requests_total{endpoint="createTask",outcome="ok"} ${world.kie.count('createTask')}`);
    expect(metrics.text).toContain(`kiebot_kie_requests_total{endpoint="getTask",outcome="ok"} ${world.kie.count('recordInfo')}`);
    expect(metrics.text).toContain('process_resident_memory_bytes');
    // The pipeline reports too: the job finished, its credits, the defer's latency, no job left open.
    expect(metrics.text).toContain('kiebot_jobs_finished_total{outcome="delivered",model="sora-2"} 9');
    expect(metrics.text).toContain('kiebot_jobs_finished_total{outcome="refunded",model="sora-2"} 1');
    expect(metrics.text).toContain('kiebot_kie_credits_spent_total{model="sora-2"} 270');
    expect(metrics.text).toContain('kiebot_ack_latency_seconds_count 10');
    // Kie's completeTime → the edited reply, once per delivered video.
    expect(metrics.text).toContain('kiebot_completion_to_delivery_seconds_count 9');
    // Every line is Prometheus text: a comment, or a series with a number.
    for (const line of metrics.text.trim().split('\n').filter((l) => l !== '')) expect(line).toMatch(/^(# (HELP|TYPE) \S+ .*|[a-zA-Z_:][\w:]*(\{[^}]*\})? (-?[\d.e+-]+|NaN|Nan|\+Inf|-Inf))$/i);
    expect(metrics.text).toContain('kiebot_open_jobs 0');
    // Without PUBLIC_URL no callback is asked for.
    expect(world.kie.created()[0]?.body['callBackUrl']).toBeUndefined();
  });

  it('/readyz says 503 once the store no longer answers', async () => {
    world = await startWorld({ env: httpEnv });
    await world.app.store.close();
    expect(await get(`${world.app.http?.url ?? ''}/readyz`)).toEqual({ status: 503, text: 'not ready: the store does not answer\n' });
  });

  it('/readyz says 503 while the Discord gateway is not ready, and /healthz 200', async () => {
    // A Discord that accepts connections and never answers: the login stays pending.
    const silent = createServer(() => {});
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const config = configSchema.parse({
      DISCORD_TOKEN: 'discord-token-for-tests',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_API_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      KIE_API_KEY: 'kie-key-for-tests',
      KIE_API_URL: 'http://127.0.0.1:9',
      DATABASE_URL: 'memory://',
      MODEL_CHECK: 'off',
      ...httpEnv,
    });
    const app = await createApp(config, { logger: createLogger({ level: 'silent', secrets: [] }) });
    const starting = app.start().catch(() => undefined);
    await until(() => app.http?.url !== '', 5_000, 'the HTTP server');
    const base = app.http?.url ?? '';
    expect(await get(`${base}/healthz`)).toEqual({ status: 200, text: 'ok\n' });
    expect(await get(`${base}/readyz`)).toEqual({ status: 503, text: 'not ready: the Discord gateway is not ready\n' });
    await app.stop();
    // The pending login ends only when its request fails.
    silent.closeAllConnections();
    await starting;
  });

  it('asks Kie for callbacks at <PUBLIC_URL>/kie/callback when PUBLIC_URL is set', async () => {
    world = await startWorld({ env: { ...httpEnv, PUBLIC_URL: 'https://bot.example.com/' } });
    await world.sora({ prompt: 'a lighthouse in a storm' });
    const w = world;
    await until(() => w.kie.created().length === 1, 10_000, 'the create');
    expect(world.kie.created()[0]?.body['callBackUrl']).toBe('https://bot.example.com/kie/callback');
  });

  it('with callbacks on, the fake Kie signs its callbacks and the bot verifies them; the job is delivered', async () => {
    world = await startWorld({ callbacks: true });
    const w = world;
    const base = w.app.http?.url ?? '';
    await w.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => w.discord.channelMessages(w.discord.channelIdOf()).some((m) => m.attachments.length > 0), 15_000, 'the video');
    await until(() => w.kie.callbacks.length === 1, 10_000, 'the callback');
    expect(w.kie.created()[0]?.body['callBackUrl']).toBe(`${base}/kie/callback`);
    expect(w.kie.callbacks[0]?.status).toBe(200);
    expect((await get(`${base}/metrics`)).text).toContain('kiebot_callbacks_total{result="ok"} 1');
    expect(w.logs.join('\n')).not.toContain(WEBHOOK_KEY);
  });

  it('callbacks signed with another key are refused with 401 and the job is still delivered by polling', async () => {
    world = await startWorld({ callbacks: { key: 'not-the-key-the-bot-has' } });
    const w = world;
    // Done before the first safety-net poll (3 × the learned 300 ms), which then finds it.
    w.kie.setDefaultPlan({ waitingMs: 50, queueMs: 50, generateMs: 150 });
    await w.sora({ prompt: 'a lighthouse in a storm' });
    await until(() => w.discord.channelMessages(w.discord.channelIdOf()).some((m) => m.attachments.length > 0), 15_000, 'the video');
    await until(() => w.kie.callbacks.length === 1 && w.kie.callbacks[0]?.status !== undefined, 10_000, 'the callback');
    expect(w.kie.callbacks[0]?.status).toBe(401);
    expect(w.parsedLogs().some((l) => l['msg'] === 'Kie callback refused: signature missing, wrong or stale' && l['level'] === 40)).toBe(true);
  });
});
