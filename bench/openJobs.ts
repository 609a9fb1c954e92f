// 3. Open jobs at scale: 10,000 open jobs in a SQLite file, as a restart after a busy hour would find
// them (job records and open-index entries written through JobStore, their holds through Ledger),
// due over the next minutes to hours. The bot starts on it in a child process (bench/child/bot.ts)
// against the fake Discord and fake Kie in this one. Measured: RSS once everything is scheduled,
// time from createApp() to the "jobs resumed" line, and during a quiet period in which no job is
// due: Kie recordInfo requests, job-record reads from the store, and CPU. Baseline: the same bot on
// an empty store.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { newJobId, type Job } from '../src/services/jobs/job.ts';
import { JobStore } from '../src/services/jobs/jobStore.ts';
import { MemberJobs } from '../src/services/jobs/memberJobs.ts';
import { jobMeta } from '../src/services/jobs/schedule.ts';
import type { Entry } from '../src/services/scheduler.ts';
import { render, translator } from '../src/i18n/index.ts';
import { ModelRegistry } from '../src/services/models/registry.ts';
import { Ledger, type Account, type JournalEntry } from '../src/services/ledger/ledger.ts';
import { openStore } from '../src/services/store.ts';
import { FakeDiscord, snowflake } from '../sandbox/discord.ts';
import { FakeKie } from '../sandbox/kie.ts';
import { botEnv, compileToJs, startNodeArgs, fmt, KIE_KEY, main, median, memberId, met, ratio, rng, say, sleep, spawnChild, stopChild, tempDir, type BenchResult } from './lib.ts';

const JOBS = 10_000;
const GUILDS = 200;
const RUNS = 2;
const QUIET_MS = 8_000;
/** The earliest due time is this far after seeding: nothing comes due during the quiet period. */
const EARLIEST_DUE_MS = 3 * 60_000;
const LATEST_DUE_MS = 3 * 60 * 60_000;
const MB = 1024 * 1024;

const words = 'a slow dolly-in over a rain-soaked neon street at night, reflections shimmering, a paper boat drifting past cyclists, cinematic lighting, 35 mm film grain, soft bokeh, golden hour haze, drone shot rising above the harbour'.split(' ');

export async function seed(databaseUrl: string): Promise<{ seededAt: number; ms: number }> {
  const t0 = Date.now();
  const random = rng(7);
  const registry = new ModelRegistry({ enabled: undefined, priceOverrides: {} });
  const store = await openStore(databaseUrl);
  const jobs = new JobStore(store.collection<Job>('jobs'));
  const open = store.collection<Entry>('open');
  const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: 10_000_000 });
  const guilds = Array.from({ length: GUILDS }, () => ({ id: snowflake(), channelId: snowflake() }));
  const applicationId = snowflake();
  const now = Date.now();
  const families = ['kling-3.0', 'kling-3.0', 'kling-3.0', 'grok-imagine', 'grok-imagine', 'sora-2'];
  const make = (i: number): { job: Job; dueAt: number } => {
    const guild = guilds[i % GUILDS]!;
    const family = families[i % families.length]!;
    const promptWords = 20 + Math.floor(random() * 120);
    const prompt = Array.from({ length: promptWords }, () => words[Math.floor(random() * words.length)]).join(' ');
    const resolved = registry.resolve(family, { prompt, aspect: random() < 0.5 ? 'portrait' : 'landscape', quality: family === 'sora-2' ? undefined : random() < 0.3 ? 'high' : 'standard' });
    if (!resolved.ok) throw new Error(render(resolved.reason, translator('en-US')));
    const r = resolved.request;
    const createdAt = now - Math.floor(random() * 25 * 60_000);
    const delivering = random() < 0.1;
    const job: Job = {
      id: newJobId(),
      guildId: guild.id,
      channelId: guild.channelId,
      memberId: memberId(i % 3_000),
      applicationId,
      interactionToken: Buffer.from(`interaction:${snowflake()}:${randomBytes(48).toString('base64url')}`).toString('base64url'),
      tokenExpiresAt: createdAt + 15 * 60_000,
      replyMessageId: snowflake(),
      attachmentSizeLimit: 10 * MB,
      familyId: r.family.id,
      familyLabel: r.family.label,
      kieModel: r.kieModel,
      input: r.input,
      prompt: r.options.prompt,
      duration: r.options.duration,
      aspect: r.options.aspect,
      quality: r.options.quality,
      price: r.price,
      state: delivering ? 'delivering' : 'running',
      createdAt,
      updatedAt: now - Math.floor(random() * 30_000),
      kieTaskId: randomBytes(16).toString('hex'),
      submittedAt: createdAt + 1_000 + Math.floor(random() * 20_000),
      kieState: delivering ? 'success' : random() < 0.5 ? 'queuing' : 'generating',
      checks: 1 + Math.floor(random() * 15),
      deliveryAttempts: delivering ? 1 + Math.floor(random() * 6) : 0,
      balanceAfterHold: 9_000_000,
      ...(delivering ? { resultUrl: `https://tempfile.aiquickdraw.com/r/${randomBytes(12).toString('hex')}.mp4` } : {}),
    };
    // Log-uniform over the next 3 minutes to 3 hours.
    const dueAt = now + Math.round(EARLIEST_DUE_MS * Math.exp(random() * Math.log(LATEST_DUE_MS / EARLIEST_DUE_MS)));
    return { job, dueAt };
  };
  const CHUNK = 250;
  for (let start = 0; start < JOBS; start += CHUNK) {
    const batch = Array.from({ length: Math.min(CHUNK, JOBS - start) }, (_, k) => make(start + k));
    await Promise.all(
      batch.map(async ({ job, dueAt }) => {
        const hold = await ledger.hold({ guildId: job.guildId, memberId: job.memberId, jobId: job.id, amount: job.price });
        if (!hold.ok) throw new Error('seed hold refused');
        await jobs.put(job);
        await open.set(job.id, { dueAt, ...jobMeta(job) });
      }),
    );
  }
  // A bot that has been running holds its /jobs index already: no one-time rebuild at this start.
  await new MemberJobs(store.collection<string[]>('memberJobs')).markBuilt();
  // Nor a store from before every hold had a schedule entry: the one-time sweep of every account
  // (services/jobs/recovery.ts) is behind it, as it is for any store this version has run on.
  await store.collection<{ at: number }>('lifecycle').set('legacy-holds-swept:all', { at: now });
  await store.close();
  return { seededAt: now, ms: Date.now() - t0 };
}

interface Ready {
  type: 'ready';
  createAppMs: number;
  startMs: number;
  scheduledMs: number | null;
  importMs: number;
  resumed: { open?: number; settled?: number } | undefined;
  memory: { rss: number; maxRss: number; heapUsed: number };
}
interface Stats {
  type: 'stats';
  memory: { rss: number; maxRss: number; heapUsed: number };
  cpu: { user: number; system: number };
  reads: Record<string, number>;
  levels: Record<string, number>;
  problems: string[];
}

interface RunResult {
  scheduledMs: number;
  startMs: number;
  open: number;
  rssMb: number;
  maxRssMb: number;
  heapMb: number;
  gcRssMb: number;
  gcHeapMb: number;
  quietKieReads: number;
  quietJobLoads: number;
  quietStoreReads: number;
  quietCpuMs: number;
  problems: string[];
}

/** How the bot process is run: as shipped (compiled to JavaScript, as `npm start` runs it), or another way. */
interface Runtime {
  script: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
}
const fromSources: Runtime = { script: 'child/bot.ts', nodeArgs: startNodeArgs() };

async function once(databaseUrl: string, runtime: Runtime, quietMs = QUIET_MS): Promise<RunResult> {
  const discord = await FakeDiscord.start({ guilds: [{ id: snowflake() }] });
  const kie = await FakeKie.start({ apiKey: KIE_KEY });
  const child = spawnChild(runtime.script, { env: botEnv({ discord, kieUrl: kie.url }, databaseUrl) }, { nodeArgs: ['--expose-gc', ...(runtime.nodeArgs ?? [])], env: runtime.env ?? {} });
  try {
    const ready = await child.next<Ready>('ready', 60_000);
    // Let start-up garbage settle the way it would in a running bot, then watch a quiet period.
    await sleep(1_000);
    const before = await child.ask<Stats>({ type: 'stats' }, 'stats');
    const kieBefore = kie.count('recordInfo');
    await sleep(quietMs);
    const after = await child.ask<Stats>({ type: 'stats' }, 'stats');
    const kieReads = kie.count('recordInfo') - kieBefore;
    const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
    const gc = await child.ask<{ type: 'gc'; memory: Stats['memory'] }>({ type: 'gc' }, 'gc');
    await stopChild(child);
    return {
      scheduledMs: ready.scheduledMs ?? NaN,
      startMs: ready.createAppMs + ready.startMs,
      open: ready.resumed?.open ?? -1,
      rssMb: after.memory.rss / MB,
      maxRssMb: after.memory.maxRss / MB,
      heapMb: after.memory.heapUsed / MB,
      gcRssMb: gc.memory.rss / MB,
      gcHeapMb: gc.memory.heapUsed / MB,
      quietKieReads: kieReads,
      quietJobLoads: (after.reads['jobs'] ?? 0) - (before.reads['jobs'] ?? 0),
      quietStoreReads: sum(after.reads) - sum(before.reads),
      quietCpuMs: (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000,
      problems: after.problems,
    };
  } finally {
    child.kill();
    await discord.close();
    await kie.close();
  }
}

export async function run(): Promise<BenchResult> {
  const tmp = tempDir('open');
  try {
    const loadedUrl = `sqlite://${tmp.dir}/busy-hour.sqlite`;
    const seeded = await seed(loadedUrl);
    say(`open jobs: seeded ${fmt(JOBS)} open jobs with holds in ${fmt(seeded.ms)} ms`);
    const js = compileToJs(join(tmp.dir, 'js'));
    // As `npm start` runs it: compiled, with the start script's Node options.
    const shipped: Runtime = { script: js, nodeArgs: startNodeArgs() };
    const results: Record<'loaded' | 'empty', RunResult[]> = { loaded: [], empty: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const kind of i % 2 === 0 ? (['loaded', 'empty'] as const) : (['empty', 'loaded'] as const)) {
        const url = kind === 'loaded' ? loadedUrl : `sqlite://${tmp.dir}/empty-${i}.sqlite`;
        const r = await once(url, shipped);
        results[kind].push(r);
        say(
          `open jobs ${kind} run ${i + 1}: ${r.open} scheduled in ${fmt(r.scheduledMs)} ms (ready after ${fmt(r.startMs)} ms), RSS ${fmt(r.rssMb, 1)} MB (peak ${fmt(r.maxRssMb, 1)}, heap ${fmt(r.heapMb, 1)}; after a full GC: RSS ${fmt(r.gcRssMb, 1)}, heap ${fmt(r.gcHeapMb, 1)}), quiet ${QUIET_MS / 1000} s: ${r.quietKieReads} Kie reads, ${r.quietJobLoads} job loads, ${r.quietStoreReads} store reads, ${fmt(r.quietCpuMs, 1)} ms CPU`,
        );
        for (const p of r.problems.slice(0, 3)) say(`  log: ${p}`);
      }
    }
    // The same, once each, run two other ways: from the .ts sources (type stripping at run time),
    // and as shipped with glibc's arenas capped (an environment setting the README suggests).
    const proposals: Array<{ label: string; runtime: Runtime; loaded?: RunResult; empty?: RunResult }> = [
      { label: 'run from the .ts sources', runtime: fromSources },
      { label: 'as shipped + MALLOC_ARENA_MAX=2', runtime: { ...shipped, env: { MALLOC_ARENA_MAX: '2' } } },
    ];
    for (const [i, p] of proposals.entries()) {
      p.loaded = await once(loadedUrl, p.runtime, 2_000);
      p.empty = await once(`sqlite://${tmp.dir}/empty-p${i}.sqlite`, p.runtime, 2_000);
      say(`open jobs, ${p.label}: RSS loaded ${fmt(p.loaded.rssMb, 1)} MB, empty ${fmt(p.empty.rssMb, 1)} MB; ${p.loaded.open} scheduled in ${fmt(p.loaded.scheduledMs)} ms`);
    }
    const m = (kind: 'loaded' | 'empty', f: (r: RunResult) => number) => median(results[kind].map(f));
    const rss = [m('loaded', (r) => r.rssMb), m('empty', (r) => r.rssMb)] as const;
    const sched = [m('loaded', (r) => r.scheduledMs), m('empty', (r) => r.scheduledMs)] as const;
    const quiet = (kind: 'loaded' | 'empty') => Math.max(...results[kind].map((r) => r.quietKieReads + r.quietJobLoads));
    const cpu = [m('loaded', (r) => r.quietCpuMs), m('empty', (r) => r.quietCpuMs)] as const;
    const allScheduled = results.loaded.every((r) => r.open === JOBS);
    const retainedKb = ((m('loaded', (r) => r.gcHeapMb) - m('empty', (r) => r.gcHeapMb)) * 1024) / JOBS;
    return {
      name: 'openJobs',
      rows: [
        { measure: `3. ${fmt(JOBS)} open jobs: bot RSS once all scheduled (as npm start runs it), MB`, ours: fmt(rss[0], 1), baseline: `${fmt(rss[1], 1)} (empty store)`, ratio: ratio(rss[0], rss[1]), goal: '≤ 150 MB', met: met(rss[0] <= 150) },
        ...proposals.map((p) => ({
          measure: `3. same, bot ${p.label}, MB`,
          ours: fmt(p.loaded!.rssMb, 1),
          baseline: `${fmt(p.empty!.rssMb, 1)} (empty store)`,
          ratio: ratio(p.loaded!.rssMb, p.empty!.rssMb),
          goal: '≤ 150 MB',
          met: met(p.loaded!.rssMb <= 150 && p.loaded!.open === JOBS),
        })),
        {
          measure: `3. ${fmt(JOBS)} open jobs: createApp() → all scheduled, ms`,
          ours: `${fmt(sched[0])}${allScheduled ? '' : ' (NOT ALL)'}`,
          baseline: `${fmt(sched[1])} (empty store)`,
          ratio: ratio(sched[0], sched[1], 1),
          goal: '≤ 2,000 ms',
          met: met(sched[0] <= 2_000 && allScheduled),
        },
        {
          measure: `3. quiet ${QUIET_MS / 1000} s, none due: Kie reads + job-record loads`,
          ours: String(quiet('loaded')),
          baseline: `${quiet('empty')} (empty store)`,
          ratio: '—',
          goal: '0',
          met: met(quiet('loaded') === 0),
        },
        { measure: `3. quiet ${QUIET_MS / 1000} s: bot CPU time, ms`, ours: fmt(cpu[0], 1), baseline: `${fmt(cpu[1], 1)} (empty store)`, ratio: ratio(cpu[0], cpu[1]), goal: '—', met: '—' },
      ],
      notes: [
        `Open jobs: ${fmt(JOBS)} jobs (90% running at Kie, 10% delivering with a Discord retry pending; Kling/Grok/Sora mix, prompts 20–140 words) in ${GUILDS} guilds with their holds, due log-uniformly 3 min–3 h ahead; medians of ${RUNS} bot processes each. Peak RSS (maxRSS) loaded: ${results.loaded.map((r) => fmt(r.maxRssMb, 1)).join(', ')} MB; empty: ${results.empty.map((r) => fmt(r.maxRssMb, 1)).join(', ')} MB. Ready (gateway logged in) after ${results.loaded.map((r) => fmt(r.startMs)).join(', ')} ms loaded vs ${results.empty.map((r) => fmt(r.startMs)).join(', ')} ms empty. Store reads of any kind in the quiet period: ${results.loaded.map((r) => r.quietStoreReads).join(', ')}.`,
        `Open jobs, memory after the measurement and a forced full GC (child run with --expose-gc): loaded RSS ${results.loaded.map((r) => fmt(r.gcRssMb, 1)).join(', ')} MB, heap ${results.loaded.map((r) => fmt(r.gcHeapMb, 1)).join(', ')} MB; empty RSS ${results.empty.map((r) => fmt(r.gcRssMb, 1)).join(', ')} MB, heap ${results.empty.map((r) => fmt(r.gcHeapMb, 1)).join(', ')} MB: the schedule keeps about ${fmt(retainedKb, 2)} KB of heap per open job.`,
      ],
    };
  } finally {
    tmp.remove();
  }
}

if (import.meta.main) await main(run);
