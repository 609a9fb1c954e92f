// Crash at every write, for the job scenarios: on SQLite (the default store) every crash point; in
// memory (tests and throw-away runs only) and on real Postgres and Redis a seeded sample in
// `npm test`; every crash point everywhere with `npm run test:crash`.
import { afterAll, describe, expect, it } from 'vitest';
import { crashEverywhere, seededSample, StoreFactory, type StoreKind } from './harness.ts';
import { jobScenarios } from './scenarios.ts';

const FULL = process.env.CRASH_FULL === '1';
const kinds: StoreKind[] = ['memory', 'sqlite', 'postgres', 'redis'];

describe.each(kinds)('crash at every write: jobs on %s', (kind) => {
  const stores = new StoreFactory(kind);
  afterAll(() => stores.close());
  const shared = kind === 'postgres' || kind === 'redis';
  const sample = FULL || kind === 'sqlite' ? {} : { sample: seededSample(shared ? 4 : 8) };
  for (const scenario of jobScenarios) {
    it(scenario.name, async () => {
      // One Postgres or Redis server per file: its runs take turns.
      const { tried } = await crashEverywhere(scenario, stores, { parallel: shared ? 1 : 6, ...sample });
      expect(tried).toBeGreaterThan(0);
    }, 600_000);
  }
});
