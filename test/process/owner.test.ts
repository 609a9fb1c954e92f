// Issue 21, finding 7: one owner per server. Three `npm start` processes in turn on one shared
// store, each started while the one before still runs: a second owner waits for the lease instead
// of resuming the same jobs. The first hands over by going silent (Redis: frozen with SIGSTOP, as a
// long pause or a suspended machine would; Postgres: SIGKILL), the second by a clean stop. Jobs open
// at each handover are delivered exactly once and charged exactly once, and the frozen process,
// woken, exits without writing. (SQLite's two processes: test/process/shutdown.test.ts.)
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger, type Account, type JournalEntry } from '../../src/services/ledger/ledger.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';
import { OWNER_EXIT, openStore } from '../../src/services/store.ts';
import { FakeDiscord, type FakeMessage, type SentInteraction } from '../../sandbox/discord.ts';
import { FakeKie } from '../../sandbox/kie.ts';
import { startPostgres, startRedis, type TestServer } from '../support/servers.ts';
import { until } from '../support/wait.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'kie-owner-key-0123456789abcdef';
const PRICE = 30; // sora-2, 10 s: the default model and length

interface Line {
  at: number;
  text: string;
  json: Record<string, unknown> | undefined;
}

interface Bot {
  child: ChildProcess;
  lines: Line[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** When a log line with this `msg` first arrived (undefined: not yet). */
  said(msg: string): Line | undefined;
}

function startBot(env: Record<string, string>): Bot {
  const child = spawn(process.execPath, ['src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  const collect = (chunk: Buffer) => {
    for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      lines.push({ at: Date.now(), text, json });
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, lines, exited, said: (msg) => lines.find((l) => l.json?.msg === msg) };
}

const delivered = (m: FakeMessage | undefined) => (m?.payloads ?? []).filter((p) => JSON.stringify(p).includes('your video is ready')).length;

describe.each([
  { backend: 'redis', silent: 'SIGSTOP' },
  { backend: 'postgres', silent: 'SIGKILL' },
] as const)('two bot processes on one $backend store', ({ backend, silent }) => {
  let server: TestServer;
  let discord: FakeDiscord;
  let kie: FakeKie;
  const bots: Bot[] = [];

  beforeAll(async () => {
    server = backend === 'redis' ? await startRedis() : await startPostgres();
    discord = await FakeDiscord.start();
    // Tasks run until the test ends them, so every job is still open when its owner goes away.
    kie = await FakeKie.start({ apiKey: KEY, plan: { waitingMs: 100, queueMs: 100, generateMs: 600_000 } });
    const seed = await openStore(server.url);
    for (const model of new ModelRegistry().kieModels()) await seed.collection<number[]>('meta').set(`completion:${model}`, Array(10).fill(300));
    await seed.close();
  }, 60_000);

  afterAll(async () => {
    for (const bot of bots) {
      if (bot.child.exitCode === null && bot.child.signalCode === null) {
        bot.child.kill('SIGCONT');
        bot.child.kill('SIGKILL');
      }
    }
    await Promise.all(bots.map((b) => b.exited));
    await discord?.close();
    await kie?.close();
    await server?.stop();
  }, 30_000);

  it('makes the next process wait for the lease, hands over when the owner goes silent or stops, and finishes every open job exactly once', async () => {
    const env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      KIE_API_KEY: KEY,
      KIE_API_URL: kie.url,
      MODEL_CHECK: 'off',
      DATABASE_URL: server.url,
      POLL_INTERVAL_MS: '50',
      DEFAULT_GUILD_CREDITS: '1000',
      LOG_LEVEL: 'info',
    };
    const start = () => {
      const bot = startBot(env);
      bots.push(bot);
      return bot;
    };
    const waiting = (bot: Bot) => bot.said('another bot process serves these servers; waiting until it stops') !== undefined;
    const ready = (bot: Bot) => bot.said('bot ready') !== undefined;
    const explain = (bot: Bot) => `\n${bot.lines.slice(-15).map((l) => l.text).join('\n')}`;
    const sent: SentInteraction[] = [];
    const sora = async (from: number, count: number) => {
      for (let i = from; i < from + count; i++) {
        sent.push(await discord.sendCommand({ name: 'sora', user: { id: String(700000000000000000n + BigInt(i)), username: `m${i}` }, options: [{ name: 'prompt', type: 3, value: `video ${i}` }] }));
      }
      await until(() => kie.created().length === from + count, 15_000, `${from + count} Kie tasks`);
    };

    const a = start();
    await until(() => ready(a), 30_000, 'the first process to be ready').catch((e: unknown) => Promise.reject(new Error(`${(e as Error).message}${explain(a)}`)));
    await sora(0, 3);

    // The second process finds the servers taken and waits; it resumes nothing meanwhile.
    const b = start();
    await until(() => waiting(b), 30_000, 'the second process to wait').catch((e: unknown) => Promise.reject(new Error(`${(e as Error).message}${explain(b)}`)));
    expect(b.said('jobs resumed')).toBeUndefined();
    expect(b.said('another bot process serves these servers; waiting until it stops')!.json!.holders).toEqual([expect.stringMatching(new RegExp(`^pid ${a.child.pid} on .* \\(every server\\)$`))]);

    const silentAt = Date.now();
    a.child.kill(silent);
    await until(() => ready(b), 30_000, 'the second process to take over').catch((e: unknown) => Promise.reject(new Error(`${(e as Error).message}${explain(b)}`)));
    const tookOver = b.said('took over these servers')!;
    // Measured, not asserted: the lease's TTL (Redis, 5 s) or at once (Postgres: the lock goes with the connection).
    console.info(`${backend}: the second process took over ${tookOver.at - silentAt} ms after the first went silent (${silent}); it had waited ${String(tookOver.json!.waitedMs)} ms`);
    expect(tookOver.at).toBeGreaterThanOrEqual(silentAt);
    expect(Number(b.said('jobs resumed')!.json!.open)).toBe(3);
    for (const task of kie.created().slice(0, 3)) await kie.completeTask(task.taskId);
    await until(() => sent.every((s) => delivered(discord.originalFor(s.token)) >= 1), 30_000, 'the first three videos');
    await sora(3, 2);

    const c = start();
    await until(() => waiting(c), 30_000, 'the third process to wait');
    expect(c.said('another bot process serves these servers; waiting until it stops')!.json!.holders).toEqual([expect.stringContaining(`pid ${b.child.pid} on `)]);
    if (silent === 'SIGSTOP') {
      // Woken after its lease ran out, the first process stops at once and writes nothing.
      a.child.kill('SIGCONT');
      expect(await a.exited).toEqual({ code: OWNER_EXIT, signal: null });
      expect(a.lines.map((l) => l.text).join('\n')).toContain('The bot stopped: it no longer owns its servers');
    } else {
      expect((await a.exited).signal).toBe('SIGKILL');
    }

    const stopAt = Date.now();
    b.child.kill('SIGTERM');
    expect(await b.exited).toEqual({ code: 0, signal: null });
    await until(() => ready(c), 30_000, 'the third process to take over').catch((e: unknown) => Promise.reject(new Error(`${(e as Error).message}${explain(c)}`)));
    console.info(`${backend}: the third process took over ${c.said('took over these servers')!.at - stopAt} ms after the second was told to stop (SIGTERM)`);
    expect(c.said('jobs resumed')!.at).toBeGreaterThan(b.said('bot stopped')!.at);
    expect(Number(c.said('jobs resumed')!.json!.open)).toBe(2);
    for (const task of kie.created().slice(3)) await kie.completeTask(task.taskId);

    await until(() => sent.every((s) => delivered(discord.originalFor(s.token)) >= 1), 30_000, 'all five videos').catch((e: unknown) => Promise.reject(new Error(`${(e as Error).message}${explain(c)}`)));
    c.child.kill('SIGTERM');
    expect(await c.exited).toEqual({ code: 0, signal: null });

    // Each job: one Kie task, one video, one charge.
    expect(sent.map((s) => delivered(discord.originalFor(s.token)))).toEqual([1, 1, 1, 1, 1]);
    expect(kie.created()).toHaveLength(5);
    expect(discord.channelMessages(discord.channelIdOf()).filter((m) => m.attachments.some((f) => f.filename.endsWith('.mp4')))).toHaveLength(5);
    const store = await openStore(server.url);
    const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 1000 });
    const account = await ledger.account(discord.guildIds[0]!);
    await store.close();
    expect(account.holds).toEqual({});
    expect(account.spentTotal).toBe(5 * PRICE);
    expect(account.balance).toBe(1000 - 5 * PRICE);
    const errors = [...b.lines, ...c.lines].filter((l) => /unhandled|"level":(50|60)/.test(l.text));
    expect(errors).toEqual([]);
  }, 120_000);
});
