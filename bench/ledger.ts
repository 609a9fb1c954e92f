// 2. Ledger: 1,000 holds fired at once in one guild, on SQLite (a temp file), on the in-memory
// store, and on real Postgres and Redis servers (Debian's packages, started on loopback as the
// shared-store tests start them; the rows say so when they are not installed). Ours: src/services/ledger.ts (per-guild serialization with group commit). Baseline:
// bench/naiveLedger.ts (per-guild mutex, one read and one write per hold). Every trial uses a fresh
// store; the final balance is checked exact, and on SQLite re-read from a newly opened store.
import { performance } from 'node:perf_hooks';
import { Ledger, type Account, type JournalEntry } from '../src/services/ledger/ledger.ts';
import { openStore, type Store } from '../src/services/store.ts';
import { startPostgres, startRedis, type TestServer } from '../test/support/servers.ts';
import { NaiveLedger } from './naiveLedger.ts';
import { fmt, main, median, met, ratio, rng, say, tempDir, type BenchResult } from './lib.ts';

const HOLDS = 1_000;
/** Ours takes 10–30 ms a trial, so its median needs many trials to be steady; the naive baseline takes seconds. */
const TRIALS = 15;
const NAIVE_TRIALS = 3;
const START = 10_000_000;
const GUILD = '300000000000000001';

type Kind = 'sqlite' | 'memory' | 'postgres' | 'redis';
const LABEL: Record<Kind, string> = { sqlite: 'SQLite file', memory: 'memory', postgres: 'Postgres (loopback)', redis: 'Redis (loopback)' };
type Impl = 'ours' | 'naive';

interface Trial {
  holdsPerSecond: number;
  exact: boolean;
  detail: string;
}

function requests(seed: number, guildId: string) {
  const random = rng(seed);
  return Array.from({ length: HOLDS }, (_, i) => ({
    guildId,
    memberId: String(400_000_000_000_000_000n + BigInt(i % 50)),
    jobId: `job${seed}-${i}`,
    amount: 1 + Math.floor(random() * 400),
  }));
}

function build(impl: Impl, store: Store) {
  const accounts = store.collection<Account>('accounts');
  const journalArchive = store.collection<JournalEntry[]>('journal');
  return impl === 'ours' ? new Ledger({ accounts, journalArchive, defaultCredits: START }) : new NaiveLedger({ accounts, journalArchive, defaultCredits: START });
}

/** The shared servers keep every trial's data: each trial has a guild of its own there. */
let trialCount = 0;

async function trial(kind: Kind, impl: Impl, seed: number, servers: Partial<Record<Kind, TestServer>>): Promise<Trial> {
  const tmp = tempDir('ledger');
  const url = kind === 'sqlite' ? `sqlite://${tmp.dir}/ledger.sqlite` : kind === 'memory' ? 'memory://' : servers[kind]!.url;
  const guild = kind === 'sqlite' || kind === 'memory' ? GUILD : String(BigInt(GUILD) + BigInt(++trialCount));
  const store = await openStore(url);
  try {
    const ledger = build(impl, store);
    const batch = requests(seed, guild);
    const expected = START - batch.reduce((s, r) => s + r.amount, 0);
    const t0 = performance.now();
    const results = await Promise.all(batch.map((r) => ledger.hold(r)));
    const ms = performance.now() - t0;
    const refused = results.filter((r) => !r.ok).length;
    const account = await ledger.account(guild);
    let durable = account;
    if (kind !== 'memory') {
      const reopened = await openStore(url);
      durable = (await reopened.collection<Account>('accounts').get(guild)) ?? account;
      await reopened.close();
    }
    const holds = Object.keys(durable.holds).length;
    const exact = refused === 0 && account.balance === expected && durable.balance === expected && holds === HOLDS;
    return { holdsPerSecond: HOLDS / (ms / 1000), exact, detail: `${fmt(ms, 1)} ms, balance ${durable.balance} (expected ${expected}), ${holds} holds stored, ${refused} refused` };
  } finally {
    await store.close();
    tmp.remove();
  }
}

/** Postgres and Redis from Debian's packages; a server that cannot start is a row saying why. */
async function startServers(): Promise<{ servers: Partial<Record<Kind, TestServer>>; missing: Partial<Record<Kind, string>> }> {
  const servers: Partial<Record<Kind, TestServer>> = {};
  const missing: Partial<Record<Kind, string>> = {};
  for (const [kind, start] of [['postgres', startPostgres], ['redis', startRedis]] as const) {
    try {
      servers[kind] = await start();
    } catch (error) {
      missing[kind] = (error as Error).message;
      say(`ledger ${kind}: not measured: ${missing[kind]}`);
    }
  }
  return { servers, missing };
}

export async function run(): Promise<BenchResult> {
  const out: Record<string, Trial[]> = {};
  const { servers, missing } = await startServers();
  const kinds = (['sqlite', 'memory', 'postgres', 'redis'] as const).filter((k) => !missing[k]);
  try {
    // Warm up the code paths of both implementations once before timing anything.
    for (const impl of ['ours', 'naive'] as const) await trial('memory', impl, 1, servers);
    for (let t = 0; t < TRIALS; t++) {
      for (const kind of kinds) {
        const order: Impl[] = t >= NAIVE_TRIALS ? ['ours'] : t % 2 === 0 ? ['ours', 'naive'] : ['naive', 'ours'];
        for (const impl of order) {
          const result = await trial(kind, impl, 100 + t, servers);
          (out[`${kind}/${impl}`] ??= []).push(result);
          say(`ledger ${kind} ${impl} trial ${t + 1}: ${fmt(result.holdsPerSecond)} holds/s, ${result.detail}${result.exact ? '' : ' NOT EXACT'}`);
        }
      }
    }
  } finally {
    for (const server of Object.values(servers)) await server.stop();
  }
  const rate = (k: string) => median(out[k]!.map((r) => r.holdsPerSecond));
  const exact = (k: string) => out[k]!.every((r) => r.exact);
  const durableGoal = (kind: Kind) => kind !== 'memory';
  const rows = [];
  for (const kind of ['sqlite', 'memory', 'postgres', 'redis'] as const) {
    const measure = `2. ledger: ${fmt(HOLDS)} concurrent holds, one guild, ${LABEL[kind]}: holds/s`;
    if (missing[kind]) {
      rows.push({ measure, ours: 'not measured', baseline: '—', ratio: '—', goal: '≥ 2,000/s', met: 'no' as const });
      continue;
    }
    const ours = rate(`${kind}/ours`);
    const naive = rate(`${kind}/naive`);
    rows.push({
      measure,
      ours: fmt(ours),
      baseline: fmt(naive),
      ratio: ratio(ours, naive, 1),
      goal: durableGoal(kind) ? '≥ 2,000/s' : '—',
      met: durableGoal(kind) ? met(ours >= 2_000) : ('—' as const),
    });
    rows.push({
      measure: `2. ledger (${kind}): final balance exact, every trial`,
      ours: exact(`${kind}/ours`) ? 'exact' : 'WRONG',
      baseline: exact(`${kind}/naive`) ? 'exact' : 'WRONG',
      ratio: '—',
      goal: 'exact',
      met: met(exact(`${kind}/ours`)),
    });
  }
  const spread = (k: string) => {
    const rates = out[k]!.map((r) => r.holdsPerSecond).sort((a, b) => a - b);
    return rates.length > 5 ? `${fmt(rates[0]!)}–${fmt(rates.at(-1)!)}` : rates.map((r) => fmt(r)).join(', ');
  };
  const trials = kinds.map((k) => `${LABEL[k]} ours ${spread(`${k}/ours`)}; naive ${spread(`${k}/naive`)}`).join('; ');
  const notMeasured = Object.entries(missing).map(([k, why]) => ` ${k} not measured: ${why}`).join('');
  return {
    name: 'ledger',
    rows,
    notes: [
      `Ledger: median of ${TRIALS} trials of ours and ${NAIVE_TRIALS} of the naive baseline, each on a fresh store (on Postgres and Redis: a guild of its own on one server, opened anew), amounts 1–400 credits from 50 members, start balance ${fmt(START)}. Trials (holds/s): ${trials}. Timed from the first hold() call to the last promise resolved (each resolves only once durable); the balance is re-read from a newly opened store.${notMeasured}`,
    ],
  };
}

if (import.meta.main) await main(run);
