import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger, type Account, type JournalEntry } from '../../src/services/ledger/ledger.ts';
import { OWNER_EXIT, openStore } from '../../src/services/store.ts';
import { FAKE_PERMISSIONS, FakeDiscord, type FakeMessage } from '../../sandbox/discord.ts';
import type { ChallengeBook } from '../../src/services/challenges/types.ts';
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
    // The start-up model check would add creates to the ones this test counts.
    MODEL_CHECK: 'off',
    DATABASE_URL: databaseUrl,
    POLL_INTERVAL_MS: '50',
    DEFAULT_GUILD_CREDITS: '1000',
    LOG_LEVEL: 'info',
  };
  // The build alone takes 40 s and more on a busy machine.
}, 120_000);

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

/** The Node options of `npm start` (its start script's, but for reading .env): the bot runs as it would there. */
const startArgs = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/).filter((a) => a.startsWith('--') && !a.startsWith('--env-file'));

function startBot(): Bot {
  const child = spawn(process.execPath, [...startArgs, 'dist/src/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

    // Issue 21: a second `npm start` on the same SQLite file exits at once, naming the file, and
    // resumes nothing (both would run the same jobs).
    const intruder = startBot();
    expect(await intruder.exited).toEqual({ code: OWNER_EXIT, signal: null });
    expect(intruder.output).toEqual([`The bot cannot start: another bot process is using the database ${join(dir, 'bot.sqlite')} (it holds the lock ${join(dir, 'bot.sqlite')}.lock); stop that process first: a SQLite database serves one bot process (Postgres or Redis serve several)`]);

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

describe('challenge deadlines after SIGKILL', () => {
  it('closes a challenge whose deadline passed while the bot was dead once, at the restart, and another on time', async () => {
    const guildId = discord.guildIds[0]!;
    const channelId = discord.channelIdOf();
    const admin = { id: '600000000000000009', username: 'admin' };
    const results = () => discord.channelMessages(channelId).filter((m) => m.content.includes(': results**'));
    const start = (title: string, endsIn: string) =>
      discord.sendCommand({
        name: 'challenge',
        user: admin,
        memberPermissions: FAKE_PERMISSIONS.admin,
        options: [{ name: 'start', type: 1, options: [{ name: 'title', type: 3, value: title }, { name: 'theme', type: 3, value: 'x' }, { name: 'ends_in', type: 3, value: endsIn }] }],
      });
    const announced = (title: string) => discord.channelMessages(channelId).some((m) => m.content.includes(`: ${title}**`));

    const first = startBot();
    await until(() => ready(first), 15_000, 'the bot to be ready');
    await start('Passes while dead', '10s');
    await start('Due after the restart', '20s');
    await until(() => announced('Passes while dead') && announced('Due after the restart'), 10_000, 'both announcements');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    // Wait past the first deadline (10 s) while the bot is dead, then start it again.
    await new Promise((r) => setTimeout(r, 11_000));
    expect(results()).toHaveLength(0);
    const second = startBot();
    await until(() => ready(second), 15_000, 'the bot to be ready again');
    const readyAt = Date.now();
    await until(() => results().length === 1, 5_000, 'the overdue results');
    expect(results()[0]!.content).toContain('Passes while dead');
    expect(results()[0]!.createdAt - readyAt).toBeLessThan(5_000);
    await until(() => results().length === 2, 15_000, 'the second results');
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });

    expect(results().filter((m) => m.content.includes('Passes while dead'))).toHaveLength(1);
    const store = await openStore(env.DATABASE_URL!);
    const book = await store.collection<ChallengeBook>('challenges').get(`g:${guildId}`);
    await store.close();
    const onTime = Object.values(book!.challenges).find((c) => c.title === 'Due after the restart')!;
    expect(onTime.state).toBe('closed');
    expect(Math.abs(onTime.closedAt! - onTime.endsAt)).toBeLessThanOrEqual(2_000);
    const posted = results().find((m) => m.content.includes('Due after the restart'))!;
    expect(Math.abs(posted.createdAt - onTime.endsAt)).toBeLessThanOrEqual(2_000);
  }, 60_000);
});
