// Crash at every write, for the challenge scenarios, on memory and SQLite.
import { afterAll, describe, expect, it } from 'vitest';
import { crashEverywhere, StoreFactory, type StoreKind } from './harness.ts';
import { challengeScenarios } from './scenarios.ts';

describe.each(['memory', 'sqlite'] as StoreKind[])('crash at every write: challenges on %s', (kind) => {
  const stores = new StoreFactory(kind);
  afterAll(() => stores.close());
  for (const scenario of challengeScenarios) {
    it(scenario.name, async () => {
      const { tried } = await crashEverywhere(scenario, stores, { parallel: 6 });
      expect(tried).toBeGreaterThan(0);
    }, 600_000);
  }
});
