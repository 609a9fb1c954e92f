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

describe('npm run models', () => {
  it('prints the registry with the last-seen state; --check asks Kie for free and records live and paused', async () => {
    fake = await FakeKie.start({ apiKey: KEY });
    fake.pauseModel('sora-2-text-to-video');
    dir = mkdtempSync(join(tmpdir(), 'models-cli-'));
    const env = {
      DISCORD_TOKEN: 'discord-token-for-the-cli-test',
      DISCORD_APPLICATION_ID: '100000000000000001',
      KIE_API_KEY: KEY,
      KIE_API_URL: fake.url,
      DATABASE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      MODELS_ENABLED: 'sora-2,kling-3.0,veo-3.1',
    };

    const before = await run([], env);
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^family\s+\| Kie model ids\s+\| options/m);
    expect(before.stdout).toMatch(/^kling-3\.0 .*kling-3\.0\/video.*unknown \(not seen yet\)/m);
    expect(before.stdout).toContain('veo3_fast, veo3 (Veo API)');

    const checked = await run(['--check'], env);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^sora-2 .*paused since .*sora-2-text-to-video: paused/m);
    expect(checked.stdout).toMatch(/^kling-3\.0 .*live since .*kling-3\.0\/video: live/m);
    expect(checked.stdout).toContain('Checked: 4 live, 1 paused, 0 unknown');
    expect(fake.created()).toHaveLength(0);

    // The answers were recorded: a later run without --check shows them from the store.
    const after = await run([], env);
    expect(after.stdout).toMatch(/^sora-2 .*paused since/m);
    expect(after.stdout).toMatch(/^veo-3\.1 .*live since/m);
    expect(`${before.stdout}${checked.stdout}${after.stdout}${checked.stderr}`).not.toContain(KEY);
  });
});
