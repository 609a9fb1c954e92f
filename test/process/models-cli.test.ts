// `npm run models` as the operator runs it: a child process reading its settings from the
// environment, against the fake Kie over HTTP and a SQLite store the bot would use.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeKie } from '../../sandbox/kie.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'kie-key-for-the-cli-test';

let fake: FakeKie | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/models-cli.ts', ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('npm run models', () => {
  it('runs with only KIE_API_KEY and DATABASE_URL, prints a table that fits 120 columns; --check asks Kie for free and records live and paused; --wide has every detail', async () => {
    fake = await FakeKie.start({ apiKey: KEY });
    fake.pauseModel('sora-2-text-to-video');
    dir = mkdtempSync(join(tmpdir(), 'models-cli-'));
    // No Discord token or application id: an operator's tool needs only the Kie key (and the store).
    const env = { KIE_API_KEY: KEY, KIE_API_URL: fake.url, DATABASE_URL: `sqlite://${join(dir, 'bot.sqlite')}` };

    const before = await run([], env);
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^family\s+\| lengths\s+\| aspects\s+\| prices \(credits\)\s+\| state/m);
    // Prices as a range per quality, every enabled family (all of them: MODELS_ENABLED is unset).
    expect(before.stdout).toMatch(/^sora-2-pro +\| 10\/15 s +\| 9:16 16:9 +\| standard 90–135, high 200–400 +\| not seen yet$/m);
    expect(before.stdout).toMatch(/^seedance-2 +\| 4–15 s /m);
    expect(before.stdout).toContain('npm run models -- --wide');
    expect(widest(before.stdout)).toBeLessThanOrEqual(120);

    const checked = await run(['--check'], env);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^sora-2 .*\| paused, retry \d\d:\d\dZ +\| paused\+live$/m);
    expect(checked.stdout).toMatch(/^kling-3\.0 .*\| live +\| live$/m);
    expect(checked.stdout).toContain('paused: sora-2-text-to-video');
    expect(checked.stdout).toMatch(/Checked: \d+ live, 1 paused, 0 unknown/);
    expect(widest(checked.stdout)).toBeLessThanOrEqual(120);
    expect(fake.created()).toHaveLength(0);

    // The answers were recorded: a later run without --check shows them from the store; --wide has it all.
    const wide = await run(['--wide'], { ...env, MODELS_ENABLED: 'sora-2,kling-3.0,veo-3.1' });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toMatch(/^family\s+\| Kie model ids\s+\| options/m);
    expect(wide.stdout).toMatch(/^sora-2 .*paused since /m);
    expect(wide.stdout).toMatch(/^kling-3\.0 .*kling-3\.0\/video.*standard 5s=100.*live since/m);
    expect(wide.stdout).toContain('veo3_fast, veo3 (Veo API)');
    expect(`${before.stdout}${checked.stdout}${wide.stdout}${checked.stderr}`).not.toContain(KEY);
  });

  it('names KIE_API_KEY when it is missing, and nothing about Discord', async () => {
    const result = await run([], { DATABASE_URL: 'memory://' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('KIE_API_KEY is required');
    expect(result.stderr).not.toContain('DISCORD');
  });
});
