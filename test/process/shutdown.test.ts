import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger, type Account, type JournalEntry } from '../../src/services/ledger/ledger.ts';
import { openStore } from '../../src/services/store.ts';
import { FakeDiscord, type FakeMessage } from '../../sandbox/discord.ts';
import { FakeKie } from '../../sandbox/kie.ts';
import { until } from '../support/wait.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'kie-process-key-abcdef0123456789';

let discord: FakeDiscord;
let kie: FakeKie;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  // The same build `npm start` runs (prestart compiles src/ to dist/).
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  discord = await FakeDiscord.start();
  kie = await FakeKie.start({ apiKey: KEY });
  dir = mkdtempSync(join(tmpdir(), 'bot-proc-'));
  const databaseUrl = `sqlite://${join(dir, 'bot.sqlite')}`;
  const seed = await openStore(databaseUrl);
  await seed.collection<number[]>('meta').set('completion:sora-2-text-to-video', Array(10).fill(300));
  await seed.close();
  env = {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    KIE_API_KEY: KEY,
    KIE_API_URL: kie.url,
    DATABASE_URL: databaseUrl,
    POLL_INTERVAL_MS: '50',
    DEFAULT_GUILD_CREDITS: '1000',
    LOG_LEVEL: 'info',
  };
});

afterAll(async () => {
  await discord.close();
  await kie.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Bot {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startBot(): Bot {
  const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output, exited };
}


const ready = (bot: Bot) => bot.output.some((l) => l.includes('"bot ready"'));
const delivered = (m: FakeMessage | undefined) => (m?.payloads ?? []).filter((p) => JSON.stringify(p).includes('your video is ready')).length;

describe('graceful shutdown', () => {
  it('exits 0 within 10 s on SIGTERM with jobs in flight, and the next start finishes each job once', async () => {
    kie.setDefaultPlan({ waitingMs: 100, queueMs: 100, generateMs: 3000 });
    const first = startBot();
    await until(() => ready(first), 15_000, 'the bot to be ready');

    const members = ['600000000000000001', '600000000000000002', '600000000000000003'].map((id) => ({ id, username: id.slice(-1) }));
    const sent = await Promise.all(members.map((user, i) => discord.sendCommand({ name: 'sora', user, options: [{ name: 'prompt', type: 3, value: `job ${i}` }] })));
    await until(() => kie.created().length === 3, 10_000, 'three Kie tasks');

    const stopAt = Date.now();
    first.child.kill('SIGTERM');
    const exit = await first.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopAt).toBeLessThan(10_000);
    expect(first.output.some((l) => l.includes('"bot stopped"'))).toBe(true);
    expect(sent.every((s) => delivered(discord.originalFor(s.token)) === 0)).toBe(true);

    const second = startBot();
    await until(() => sent.every((s) => delivered(discord.originalFor(s.token)) === 1), 20_000, 'all three videos');
    second.child.kill('SIGINT');
    expect(await second.exited).toEqual({ code: 0, signal: null });

    expect(sent.map((s) => delivered(discord.originalFor(s.token)))).toEqual([1, 1, 1]);
    expect(kie.created()).toHaveLength(3);
    const store = await openStore(env.DATABASE_URL!);
    const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 1000 });
    const account = await ledger.account(discord.guildIds[0]!);
    await store.close();
    expect(account.holds).toEqual({});
    expect(account.spentTotal).toBe(90);
    expect(account.balance).toBe(910);
    const unhandled = [...first.output, ...second.output].filter((l) => /unhandled|"level":(50|60)/.test(l));
    expect(unhandled).toEqual([]);
  });
});
