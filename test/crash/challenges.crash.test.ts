// Crash at every write, for the challenge scenarios: every crash point on SQLite (the default
// store); in memory (tests and throw-away runs only) a seeded sample, every point with `npm run test:crash`.
import { afterAll, describe, expect, it } from 'vitest';
import { crashEverywhere, seededSample, StoreFactory, type StoreKind } from './harness.ts';

const FULL = process.env.CRASH_FULL === '1';
import { challengeScenarios } from './scenarios.ts';

describe.each(['memory', 'sqlite'] as StoreKind[])('crash at every write: challenges on %s', (kind) => {
  const stores = new StoreFactory(kind);
  afterAll(() => stores.close());
  for (const scenario of challengeScenarios) {
    it(scenario.name, async () => {
      const { tried } = await crashEverywhere(scenario, stores, { parallel: 6, ...(FULL || kind === 'sqlite' ? {} : { sample: seededSample(8) }) });
      expect(tried).toBeGreaterThan(0);
    }, 600_000);
  }
});
