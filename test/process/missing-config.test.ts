import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('starting without settings', () => {
  it('names what is missing and points to npm run sandbox', () => {
    const result = spawnSync(process.execPath, ['src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('DISCORD_TOKEN is required');
    expect(result.stderr).toContain('`npm run sandbox` runs the bot against built-in stand-ins');
  });
});
