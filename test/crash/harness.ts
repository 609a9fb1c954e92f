// Crash at every write: a scenario is run once to count its writes, then once per write k with the
// app "killed" right after write k (see crashingStore.ts), and each time a new app starts on the
// same store and runs until nothing is left to do. What must then hold is checked by invariants.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { configSchema } from '../../src/config.ts';
import { createApp, type App } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import type { Entry } from '../../src/services/scheduler.ts';
import type { Account } from '../../src/services/ledger/ledger.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';
import { openStore, type Store } from '../../src/services/store.ts';
import { FakeDiscord, type FakeUser } from '../../sandbox/discord.ts';
import { FakeKie, type FakeKieOptions } from '../../sandbox/kie.ts';
import { KieGate } from '../faults/support.ts';
import { startPostgres, startRedis, type TestServer } from '../support/servers.ts';
import { until } from '../support/wait.ts';
import { borrowedStore, CrashPlan, crashingStore } from './crashingStore.ts';
import { checkInvariants, type Sent } from './invariants.ts';

export const KIE_KEY = 'kie-crash-key-0123456789abcdef';
export const STARTING_CREDITS = 1000;
export type StoreKind = 'memory' | 'sqlite' | 'postgres' | 'redis';

/** Thrown into a scenario's waits once its app has crashed: the scenario stops there. */
export class Crashed extends Error {}

export interface ScenarioContext {
  discord: FakeDiscord;
  kie: FakeKie;
  guildId: string;
  member: FakeUser;
  admin: FakeUser;
  /** The crashing app (before the crash). */
  app: App;
  /** The app's clock is real time plus this offset (ms): a scenario moves it to pass a deadline. */
  clock: { offset: number };
  /** Every /sora (or button) the scenario sent, for the invariants. */
  sent: Sent[];
  /** Waits for `condition`; throws Crashed as soon as the app has crashed. */
  wait(condition: () => boolean | Promise<boolean>, what: string): Promise<void>;
}

export interface Scenario {
  name: string;
  /** Settings of the first (crashing) app only, e.g. a create limit that keeps a job queued. */
  envBefore?: Record<string, string>;
  kie?: Omit<FakeKieOptions, 'apiKey'>;
  /** Moves the clock of the app that starts after the crash (e.g. past a challenge's deadline). */
  offsetAfterMs?: number;
  drive(ctx: ScenarioContext): Promise<void>;
}

export interface CrashResult {
  writes: number;
  crashed: boolean;
}

/** One kind of store for a whole test file: opened fresh (empty) for each run. */
export class StoreFactory {
  #server: TestServer | undefined;
  #dir = mkdtempSync(join(tmpdir(), 'bot-crash-'));
  #runs = 0;
  readonly kind: StoreKind;
  constructor(kind: StoreKind) {
    this.kind = kind;
  }

  async open(): Promise<{ url: string; store: Store }> {
    this.#runs += 1;
    if (this.kind === 'memory') return { url: 'memory://', store: await openStore('memory://') };
    if (this.kind === 'sqlite') {
      const url = `sqlite://${join(this.#dir, `run${this.#runs}.sqlite`)}`;
      return { url, store: await openStore(url) };
    }
    this.#server ??= this.kind === 'postgres' ? await startPostgres() : await startRedis();
    const store = await openStore(this.#server.url);
    await emptyShared(store);
    return { url: this.#server.url, store };
  }

  /** The same data as `open`'s store, opened again (a new process would). */
  async reopen(url: string, previous: Store): Promise<Store> {
    if (this.kind === 'memory') return previous;
    await previous.close();
    return openStore(url);
  }

  async close(): Promise<void> {
    await this.#server?.stop();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

/** Postgres and Redis are shared by every run of a file: each run starts on empty collections. */
async function emptyShared(store: Store): Promise<void> {
  const { backend } = store;
  if (backend.kind === 'redis') await backend.client.flushDb();
  if (backend.kind === 'postgres') {
    const tables = await backend.pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE tablename LIKE 'bot\\_%'");
    if (tables.rows.length > 0) await backend.pool.query(`TRUNCATE ${tables.rows.map((r) => r.tablename).join(', ')}`);
  }
}

const silentLogger = createLogger({ level: 'silent', secrets: [], destination: new Writable({ write: (_c, _e, done) => done() }) });

/**
 * Runs `scenario` with the app crashing right after write `crashAfter` (Infinity: no crash), then
 * a new app on the same store until it is quiescent, and checks the invariants.
 */
export async function runCrashPoint(scenario: Scenario, stores: StoreFactory, crashAfter: number): Promise<CrashResult> {
  const discord = await FakeDiscord.start();
  const kie = await FakeKie.start({ plan: { waitingMs: 10, queueMs: 10, generateMs: 30 }, ...scenario.kie, apiKey: KIE_KEY });
  // Relays in front of the fakes, cut at the crash; the app after it gets new ones (new ports: an old
  // port may have been taken meanwhile by another test).
  const openGates = async () => {
    const opened = { kie: await KieGate.open(), discord: await KieGate.open() };
    opened.kie.targetPort = Number(new URL(kie.url).port);
    opened.discord.targetPort = Number(new URL(discord.apiUrl).port);
    return opened;
  };
  let gates = await openGates();
  const { url, store: opened } = await stores.open();
  let base = opened;
  const clock = { offset: 0 };
  const now = () => Date.now() + clock.offset;
  const sent: Sent[] = [];
  const plan = new CrashPlan(crashAfter);
  let appB: App | undefined;
  try {
    await seedLearnedTimes(base);
    const config = (env: Record<string, string> = {}) =>
      configSchema.parse({
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: `${gates.discord.url}/api`,
        KIE_API_KEY: KIE_KEY,
        KIE_API_URL: gates.kie.url,
        DATABASE_URL: url,
        POLL_INTERVAL_MS: '20',
        JOB_TIMEOUT_MS: '60000',
        KIE_TIMEOUT_MS: '2000',
        LOG_LEVEL: 'silent',
        DEFAULT_GUILD_CREDITS: String(STARTING_CREDITS),
        MODEL_CHECK: 'off',
        ...env,
      });
    const configA = config(scenario.envBefore);
    const appA = await createApp(configA, { logger: silentLogger, store: crashingStore(base, plan), now });
    // SIGKILL: nothing of this process reaches Kie or Discord from the moment of the crash.
    const cut = gates;
    plan.onCrash(() => void Promise.all([cut.kie.down(), cut.discord.down()]));
    const ctx: ScenarioContext = {
      discord,
      kie,
      guildId: discord.guildIds[0]!,
      member: { id: '400000000000000002', username: 'member' },
      admin: { id: '400000000000000001', username: 'admin' },
      app: appA,
      clock,
      sent,
      async wait(condition, what) {
        await until(async () => plan.crashed || (await condition()), 20_000, what);
        if (plan.crashed) throw new Crashed();
      },
    };
    try {
      await appA.start();
      await scenario.drive(ctx);
      if (!plan.crashed) await ctx.wait(() => quiescent(base), 'the app to finish everything');
    } catch (error) {
      if (!plan.crashed) throw error;
    }
    const crashed = plan.crashed;
    // The process is gone: its in-memory work fails against the dead store and is dropped.
    await Promise.race([appA.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
    await appA.client.destroy();
    // The operating system drops a killed process's lock (SQLite); its lease lapses (Postgres, Redis).
    await appA.lease.release().catch(() => undefined);
    if (crashed) {
      base = await stores.reopen(url, base);
      gates = await openGates();
      clock.offset += scenario.offsetAfterMs ?? 0;
      appB = await createApp(config(), { logger: silentLogger, store: borrowedStore(base), now });
      await appB.start();
      await until(() => quiescent(base), 20_000, `quiescence after a crash at write ${crashAfter} of "${scenario.name}"`);
      await appB.stop();
      appB = undefined;
    }
    await checkInvariants({ store: base, discord, sent, guildId: discord.guildIds[0]!, startingCredits: STARTING_CREDITS, where: `${scenario.name}, crash after write ${crashAfter}` });
    return { writes: plan.writes, crashed };
  } finally {
    await appB?.stop().catch(() => undefined);
    await base.close().catch(() => undefined);
    await Promise.all([gates.kie.down(), gates.discord.down()]);
    await discord.close();
    await kie.close();
  }
}

/** Nothing scheduled, no credits held: every job and challenge has run to its end. */
export async function quiescent(store: Store): Promise<boolean> {
  for (const name of ['open', 'challenge_close'] as const) {
    for await (const _ of store.collection<Entry>(name).entries()) return false;
  }
  for await (const [, account] of store.collection<Account>('accounts').entries()) {
    if ('holds' in account && Object.keys(account.holds).length > 0) return false;
  }
  return true;
}

/** What a running bot would have learned: tasks of every model finish in about 60 ms. */
async function seedLearnedTimes(store: Store): Promise<void> {
  const meta = store.collection<number[]>('meta');
  for (const model of new ModelRegistry().kieModels()) await meta.set(`completion:${model}`, Array(10).fill(60));
}

/**
 * Every crash point of `scenario`: counts its writes, then crashes after each one (or after the
 * `sample` of them given), `parallel` runs at a time. Returns the crash points tried.
 */
export async function crashEverywhere(scenario: Scenario, stores: StoreFactory, options: { parallel?: number; sample?: (writes: number) => number[] } = {}): Promise<{ writes: number; tried: number }> {
  const { writes } = await runCrashPoint(scenario, stores, Infinity);
  const points = options.sample ? options.sample(writes) : Array.from({ length: writes }, (_, i) => i + 1);
  const queue = [...points];
  const failures: string[] = [];
  const worker = async () => {
    for (let k = queue.shift(); k !== undefined; k = queue.shift()) {
      try {
        await runCrashPoint(scenario, stores, k);
      } catch (error) {
        failures.push(`crash after write ${k}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 3 }, worker));
  if (failures.length > 0) throw new Error(`${scenario.name} on ${stores.kind}: ${failures.length} of ${points.length} crash points failed:\n${failures.join('\n')}`);
  // The figure the README quotes.
  process.stdout.write(`crash at every write: "${scenario.name}" on ${stores.kind}: ${points.length} crash points tried (of ${writes} writes), all passed\n`);
  return { writes, tried: points.length };
}

/** A seeded sample of crash points: the same ones every run, spread over the whole scenario. */
export function seededSample(count: number, seed = 21): (writes: number) => number[] {
  return (writes) => {
    if (writes <= count) return Array.from({ length: writes }, (_, i) => i + 1);
    let state = seed;
    const picked = new Set<number>([1, writes]);
    while (picked.size < count) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      picked.add(1 + (state % writes));
    }
    return [...picked].sort((a, b) => a - b);
  };
}
