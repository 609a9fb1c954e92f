// Shared pieces of the benchmarks: result rows and the one table, statistics, a seeded random
// source, temp folders, the bot's configuration against the fakes, and child processes over IPC.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/services/store.ts';

export const KIE_KEY = 'bench-kie-key-0123456789abcdef';
export const benchDir = fileURLToPath(new URL('.', import.meta.url));

/** One line of the table. Strings, already formatted: each benchmark knows its units. */
export interface Row {
  measure: string;
  ours: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: 'yes' | 'no' | '—';
}

export interface BenchResult {
  name: string;
  rows: Row[];
  /** Free text for the report: settings, evidence, anything odd seen during the run. */
  notes: string[];
}

// ---- output ---------------------------------------------------------------------------------

const headers = ['measure', 'ours', 'baseline', 'ratio', 'goal', 'met?'] as const;
const cells = (r: Row): string[] => [r.measure, r.ours, r.baseline, r.ratio, r.goal, r.met];

export function textTable(rows: Row[]): string {
  const all = [[...headers], ...rows.map(cells)];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('-+-'), ...all.slice(1).map(line)].join('\n');
}

export function markdownTable(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`)].join('\n');
}

/** Progress and details go to stderr, so stdout carries only the table. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * Entry point of each bench file: run it, print its own table when started alone, or hand the
 * result to bench/run.ts (which starts every benchmark in a fresh process) through a file.
 */
export async function main(run: () => Promise<BenchResult>): Promise<void> {
  const result = await run();
  const out = process.env.BENCH_RESULT_FILE;
  if (out) {
    writeFileSync(out, JSON.stringify(result));
    return;
  }
  process.stdout.write(`\n${textTable(result.rows)}\n\n${markdownTable(result.rows)}\n`);
  if (result.notes.length > 0) process.stdout.write(`\n${result.notes.map((n) => `- ${n}`).join('\n')}\n`);
}

// ---- numbers --------------------------------------------------------------------------------

/** Nearest-rank percentile, p in [0, 1]. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
export const median = (values: number[]): number => percentile(values, 0.5);

export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ratio(ours: number, baseline: number, digits = 2): string {
  return baseline === 0 || !Number.isFinite(ours / baseline) ? 'n/a' : `${(ours / baseline).toFixed(digits)}×`;
}

export const met = (ok: boolean): 'yes' | 'no' => (ok ? 'yes' : 'no');

/** Mulberry32: a small seeded generator, so every run uses the same jobs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal from two uniforms (Box–Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

// ---- time and files -------------------------------------------------------------------------

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(condition: () => boolean, timeoutMs: number, what: string, everyMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `bench-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Discord-shaped ids for made-up members. */
export const memberId = (i: number): string => String(400_000_000_000_000_000n + BigInt(i));

// ---- the bot's configuration ----------------------------------------------------------------

export interface FakeEndpoints {
  discord: { token: string; applicationId: string; apiUrl: string };
  kieUrl: string;
}

/** Environment for `configSchema.parse`, as the e2e tests build it, plus the benchmark's own. */
export function botEnv(fakes: FakeEndpoints, databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: fakes.discord.token,
    DISCORD_APPLICATION_ID: fakes.discord.applicationId,
    DISCORD_API_URL: fakes.discord.apiUrl,
    KIE_API_KEY: KIE_KEY,
    KIE_API_URL: fakes.kieUrl,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
    DEFAULT_MODEL: 'kling-3.0',
    DEFAULT_GUILD_CREDITS: '10000000',
    MAX_ACTIVE_JOBS_PER_MEMBER: '20',
    MAX_ACTIVE_JOBS_PER_GUILD: '1000',
    // As in the e2e tests: the start-up model check's creates would share the measured create slots.
    MODEL_CHECK: 'off',
    ...extra,
  };
}

/** What a running bot would have learned: completion samples per Kie model, as world.ts seeds them. */
export async function seedLearned(databaseUrl: string, samples: Record<string, number[]>): Promise<void> {
  const store = await openStore(databaseUrl);
  const meta = store.collection<number[]>('meta');
  for (const [model, values] of Object.entries(samples)) await meta.set(`completion:${model}`, values);
  await store.close();
}

/**
 * The bench children compiled to JavaScript by tsc, as `npm start` runs the bot (prestart builds),
 * so Node does not load its TypeScript stripper at run time. Returns the compiled bench/child/<name>.js
 * of each name asked for (default: the bot).
 */
export function compileToJs(outDir: string): string;
export function compileToJs(outDir: string, names: string[]): string[];
export function compileToJs(outDir: string, names?: string[]): string | string[] {
  const tsc = join(benchDir, '..', 'node_modules', 'typescript', 'bin', 'tsc');
  // tsc reports type errors but still emits; only a missing output is fatal here.
  spawnSync(process.execPath, [tsc, '-p', join(benchDir, 'tsconfig.jsbuild.json'), '--outDir', outDir], { stdio: 'ignore' });
  const scripts = (names ?? ['bot']).map((name) => join(outDir, 'bench', 'child', `${name}.js`));
  for (const script of scripts) if (!existsSync(script)) throw new Error(`tsc did not emit ${script}`);
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}');
  symlinkSync(join(benchDir, '..', 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return names ? scripts : scripts[0]!;
}

/** The Node options `npm start` runs the bot with (package.json's start script, but for reading .env). */
export function startNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(benchDir, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return (pkg.scripts.start ?? '').split(/\s+/).filter((arg) => arg.startsWith('--') && !arg.startsWith('--env-file'));
}

// ---- child processes ------------------------------------------------------------------------

export interface ChildMessage {
  type: string;
}

export interface Child {
  readonly process: ChildProcess;
  send(message: ChildMessage): void;
  /** The next message of this type (already received ones included). */
  next<T extends ChildMessage = ChildMessage>(type: string, timeoutMs?: number): Promise<T>;
  /** Sends `request` and waits for the reply of type `replyType`. */
  ask<T extends ChildMessage = ChildMessage>(request: ChildMessage, replyType: string, timeoutMs?: number): Promise<T>;
  readonly exited: Promise<number | null>;
  kill(): void;
}

/** Runs `bench/<script>` in its own Node (the one running us) with `options` in its environment. */
export function spawnChild(script: string, options: unknown, runtime: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Child {
  // BENCH_NODE_ARGS adds Node options to every benchmark child, to try runtime settings (see the README, Performance).
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const path = isAbsolute(script) ? script : join(benchDir, script);
  const proc = spawn(process.execPath, [...extra, ...(runtime.nodeArgs ?? []), path], {
    env: { ...process.env, ...runtime.env, BENCH_CHILD_OPTIONS: JSON.stringify(options), BENCH_RESULT_FILE: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: ChildMessage[] = [];
  const waiters: Array<{ type: string; resolve: (m: ChildMessage) => void }> = [];
  proc.on('message', (raw) => {
    const message = raw as ChildMessage;
    const i = waiters.findIndex((w) => w.type === message.type);
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(message);
    else inbox.push(message);
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const next = <T extends ChildMessage>(type: string, timeoutMs = 60_000): Promise<T> => {
    const i = inbox.findIndex((m) => m.type === type);
    if (i >= 0) return Promise.resolve(inbox.splice(i, 1)[0] as T);
    return new Promise<T>((resolve, reject) => {
      const waiter = { type, resolve: (m: ChildMessage) => (clearTimeout(timer), resolve(m as T)) };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`${script}: no "${type}" message within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.push(waiter);
      void exited.then((code) => {
        if (waiters.includes(waiter)) {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`${script} exited (code ${code}) before sending "${type}"`));
        }
      });
    });
  };
  return {
    process: proc,
    send: (message) => {
      if (proc.connected) proc.send(message);
    },
    next,
    ask(request, replyType, timeoutMs) {
      const reply = next(replyType, timeoutMs);
      if (proc.connected) proc.send(request);
      return reply as never;
    },
    exited,
    kill: () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    },
  };
}

/** Asks a bot child to stop and waits for it to exit; kills it if it does not. */
export async function stopChild(child: Child, timeoutMs = 15_000): Promise<{ stopMs: number; completed: boolean } | undefined> {
  try {
    const reply = await child.ask<{ type: 'stopped'; stopMs: number; completed: boolean }>({ type: 'stop' }, 'stopped', timeoutMs);
    await Promise.race([child.exited, sleep(5_000)]);
    return { stopMs: reply.stopMs, completed: reply.completed };
  } catch {
    return undefined;
  } finally {
    child.kill();
    await child.exited;
  }
}
