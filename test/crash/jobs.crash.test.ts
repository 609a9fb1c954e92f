// Crash at every write, for the job scenarios: on memory and SQLite every crash point; on real
// Postgres and Redis a seeded sample in `npm test`, every crash point with `npm run test:crash`.
import { afterAll, describe, expect, it } from 'vitest';
import { crashEverywhere, seededSample, StoreFactory, type StoreKind } from './harness.ts';
import { jobScenarios } from './scenarios.ts';

const FULL = process.env.CRASH_FULL === '1';
const kinds: StoreKind[] = ['memory', 'sqlite', 'postgres', 'redis'];

describe.each(kinds)('crash at every write: jobs on %s', (kind) => {
  const stores = new StoreFactory(kind);
  afterAll(() => stores.close());
  const shared = kind === 'postgres' || kind === 'redis';
  for (const scenario of jobScenarios) {
    it(scenario.name, async () => {
      // One Postgres or Redis server per file: its runs take turns.
      const { tried } = await crashEverywhere(scenario, stores, shared ? { parallel: 1, ...(FULL ? {} : { sample: seededSample(4) }) } : { parallel: 6 });
      expect(tried).toBeGreaterThan(0);
    }, 600_000);
  }
});
