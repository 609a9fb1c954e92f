// 2. Ledger: 1,000 holds fired at once in one guild, on SQLite (a temp file) and on the in-memory
// store. Ours: src/services/ledger.ts (per-guild serialization with group commit). Baseline:
// bench/naiveLedger.ts (per-guild mutex, one read and one write per hold). Every trial uses a fresh
// store; the final balance is checked exact, and on SQLite re-read from a newly opened store.
import { performance } from 'node:perf_hooks';
import { Ledger, type Account, type JournalEntry } from '../src/services/ledger/ledger.ts';
import { openStore, type Store } from '../src/services/store.ts';
import { NaiveLedger } from './naiveLedger.ts';
import { fmt, main, median, met, ratio, rng, say, tempDir, type BenchResult } from './lib.ts';

const HOLDS = 1_000;
const TRIALS = 3;
const START = 10_000_000;
const GUILD = '300000000000000001';

type Kind = 'sqlite' | 'memory';
type Impl = 'ours' | 'naive';

interface Trial {
  holdsPerSecond: number;
  exact: boolean;
  detail: string;
}

function requests(seed: number) {
  const random = rng(seed);
  return Array.from({ length: HOLDS }, (_, i) => ({
    guildId: GUILD,
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

async function trial(kind: Kind, impl: Impl, seed: number): Promise<Trial> {
  const tmp = tempDir('ledger');
  const url = kind === 'sqlite' ? `sqlite://${tmp.dir}/ledger.sqlite` : 'memory://';
  const store = await openStore(url);
  try {
    const ledger = build(impl, store);
    const batch = requests(seed);
    const expected = START - batch.reduce((s, r) => s + r.amount, 0);
    const t0 = performance.now();
    const results = await Promise.all(batch.map((r) => ledger.hold(r)));
    const ms = performance.now() - t0;
    const refused = results.filter((r) => !r.ok).length;
    const account = await ledger.account(GUILD);
    let durable = account;
    if (kind === 'sqlite') {
      const reopened = await openStore(url);
      durable = (await reopened.collection<Account>('accounts').get(GUILD)) ?? account;
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

export async function run(): Promise<BenchResult> {
  const out: Record<string, Trial[]> = {};
  // Warm up the code paths of both implementations once before timing anything.
  for (const impl of ['ours', 'naive'] as const) await trial('memory', impl, 1);
  for (let t = 0; t < TRIALS; t++) {
    for (const kind of ['sqlite', 'memory'] as const) {
      const order: Impl[] = t % 2 === 0 ? ['ours', 'naive'] : ['naive', 'ours'];
      for (const impl of order) {
        const result = await trial(kind, impl, 100 + t);
        (out[`${kind}/${impl}`] ??= []).push(result);
        say(`ledger ${kind} ${impl} trial ${t + 1}: ${fmt(result.holdsPerSecond)} holds/s, ${result.detail}${result.exact ? '' : ' NOT EXACT'}`);
      }
    }
  }
  const rate = (k: string) => median(out[k]!.map((r) => r.holdsPerSecond));
  const exact = (k: string) => out[k]!.every((r) => r.exact);
  const rows = [];
  for (const kind of ['sqlite', 'memory'] as const) {
    const ours = rate(`${kind}/ours`);
    const naive = rate(`${kind}/naive`);
    rows.push({
      measure: `2. ledger: ${fmt(HOLDS)} concurrent holds, one guild, ${kind === 'sqlite' ? 'SQLite file' : 'memory'}: holds/s`,
      ours: fmt(ours),
      baseline: fmt(naive),
      ratio: ratio(ours, naive, 1),
      goal: kind === 'sqlite' ? '≥ 2,000/s' : '—',
      met: kind === 'sqlite' ? met(ours >= 2_000) : ('—' as const),
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
  const spread = (k: string) => out[k]!.map((r) => fmt(r.holdsPerSecond)).join(', ');
  return {
    name: 'ledger',
    rows,
    notes: [
      `Ledger: median of ${TRIALS} trials, each on a fresh store, amounts 1–400 credits from 50 members, start balance ${fmt(START)}. Trials (holds/s): SQLite ours ${spread('sqlite/ours')}; naive ${spread('sqlite/naive')}; memory ours ${spread('memory/ours')}; naive ${spread('memory/naive')}. Timed from the first hold() call to the last promise resolved (each resolves only once durable).`,
    ],
  };
}

if (import.meta.main) await main(run);
