// The SQLite store shares one connection among its tables by replacing @keyv/sqlite's public
// `query` and `close` fields (it offers no way to pass a connection in). These tests pin what that
// relies on, so that upgrading @keyv/sqlite fails here, not in production with SQLITE_BUSY.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/services/store.ts';
import { openConnection, sharedAdapter } from '../../../src/services/store/sqlite.ts';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-shared-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}

describe('the shared SQLite connection', () => {
  it('is built on the pinned @keyv/sqlite whose query and close are plain fields', async () => {
    const require = createRequire(import.meta.url);
    const manifest = join(dirname(dirname(require.resolve('@keyv/sqlite'))), 'package.json');
    const ours = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    // An exact pin: a new version must be checked against sharedAdapter() before it is taken.
    expect(ours.dependencies['@keyv/sqlite']).toMatch(/^\d+\.\d+\.\d+$/);
    expect((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version).toBe(ours.dependencies['@keyv/sqlite']);
    const adapter = new KeyvSqlite({ uri: 'sqlite://:memory:', table: 'probe' });
    expect(Object.getOwnPropertyDescriptor(adapter, 'query')).toMatchObject({ writable: true });
    expect(Object.getOwnPropertyDescriptor(adapter, 'close')).toMatchObject({ writable: true });
    await adapter.disconnect();
  });

  it('sends every table through the one connection and leaves it open when an adapter disconnects', async () => {
    const db = await openConnection(tempFile());
    const seen: string[] = [];
    const counting = { query: (sql: string, ...params: unknown[]) => (seen.push(sql), db.query(sql, ...params)), close: db.close };
    await counting.query('CREATE TABLE IF NOT EXISTS bot_a(key VARCHAR(255) PRIMARY KEY, value TEXT)');
    await counting.query('CREATE TABLE IF NOT EXISTS bot_b(key VARCHAR(255) PRIMARY KEY, value TEXT)');
    const a = await sharedAdapter('bot_a', counting);
    const b = await sharedAdapter('bot_b', counting);
    await a.set('k', '"a"');
    await b.set('k', '"b"');
    expect(await a.get('k')).toBe('"a"');
    expect(await b.get('k')).toBe('"b"');
    expect(seen.filter((sql) => /bot_a|bot_b/.test(sql)).length).toBeGreaterThanOrEqual(6);
    await a.disconnect();
    expect(await b.get('k')).toBe('"b"');
    await db.close();
  });

  it('lets a restarted store open the file while the old one is still closing, under concurrent writes', async () => {
    const file = tempFile();
    const first = await openStore(`sqlite://${file}`);
    await Promise.all(
      (['jobs', 'open', 'accounts', 'journal', 'meta'] as const).flatMap((name) => Array.from({ length: 20 }, (_, i) => first.collection<number>(name).set(`k${i}`, i))),
    );
    const second = await openStore(`sqlite://${file}`);
    stores.push(second);
    await Promise.all([first.close(), second.collection<number>('jobs').set('k0', 100)]);
    expect(await second.collection<number>('jobs').get('k0')).toBe(100);
    expect(await second.collection<number>('journal').get('k19')).toBe(19);
  });
});
