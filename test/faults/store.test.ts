// The database cannot be opened or written at start: createApp rejects with a StoreError that says
// which file and why, and `node src/main.ts` exits non-zero with one clear line on stderr.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.ts';
import { createApp } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import { StoreError } from '../../src/services/store.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'fake-bot-token.store-fault.abc';
const KEY = 'kie-store-fault-key-0123456789';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bot-store-fault-'));
});
afterAll(() => {
  if (existsSync(join(dir, 'read-only'))) chmodSync(join(dir, 'read-only'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** Valid-looking settings whose Discord and Kie point at loopback ports nobody serves. */
const env = (databaseUrl: string): Record<string, string> => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_APPLICATION_ID: '100000000000000001',
  DISCORD_API_URL: 'http://127.0.0.1:9/api',
  KIE_API_KEY: KEY,
  KIE_API_URL: 'http://127.0.0.1:9',
  DATABASE_URL: databaseUrl,
  LOG_LEVEL: 'info',
  MODEL_CHECK: 'off',
});

interface BadStore {
  name: string;
  url: () => string;
  says: RegExp;
  /** Also checked through a real `node src/main.ts` (each spawn costs about half a second). */
  spawn?: boolean;
}

const badStores: BadStore[] = [
  {
    name: 'a parent folder is a file',
    url: () => {
      writeFileSync(join(dir, 'not-a-folder'), 'x');
      return `sqlite://${join(dir, 'not-a-folder', 'bot.sqlite')}`;
    },
    says: /cannot create the folder for the database .*not-a-folder.*: part of that path is a file, not a folder/,
    spawn: true,
  },
  {
    name: 'the database path is a folder',
    url: () => {
      mkdirSync(join(dir, 'a-folder'), { recursive: true });
      return `sqlite://${join(dir, 'a-folder')}`;
    },
    says: /cannot open the database .*a-folder: SQLITE_CANTOPEN/,
  },
  {
    name: 'the file is not a SQLite database',
    url: () => {
      writeFileSync(join(dir, 'garbage.sqlite'), Buffer.alloc(4096, 'not a database '));
      return `sqlite://${join(dir, 'garbage.sqlite')}`;
    },
    says: /cannot open the database .*garbage\.sqlite for writing: SQLITE_NOTADB/,
  },
  {
    name: 'the folder is read-only',
    url: () => {
      // root ignores file modes; sysfs refuses new files even to root.
      if (process.getuid?.() === 0 && existsSync('/sys/kernel')) return 'sqlite:///sys/kie-bot-fault-test.sqlite';
      const readOnly = join(dir, 'read-only');
      mkdirSync(readOnly, { recursive: true });
      chmodSync(readOnly, 0o555);
      return `sqlite://${join(readOnly, 'bot.sqlite')}`;
    },
    says: /cannot open the database .*: SQLITE_CANTOPEN/,
    spawn: true,
  },
];

describe('the database cannot be opened or written at start', () => {
  it.each(badStores)('createApp rejects with a StoreError when $name', async ({ url, says }) => {
    const config = configSchema.parse(env(url()));
    const logger = createLogger({ level: 'silent', secrets: [] });
    const error = await createApp(config, { logger }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(says);
  });

  it.each(badStores.filter((s) => s.spawn))('node src/main.ts exits non-zero with one clear line on stderr when $name', async ({ url, says }) => {
    const child = spawn(join(root, 'node_modules/.bin/node'), ['src/main.ts'], { cwd: root, env: env(url()), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(73);
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The bot cannot start: /);
    expect(lines[0]).toMatch(says);
    expect(stdout).toBe('');
    expect(`${stdout}${stderr}`).not.toContain(TOKEN);
    expect(`${stdout}${stderr}`).not.toContain(KEY);
  });
});
