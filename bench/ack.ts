// 1. Acknowledgement under a burst: 200 /sora at once across 20 guilds, from the fake Discord's
// dispatch to its receipt of the defer callback. Ours: the real bot (createApp) doing its real work
// (hold, store, reply, Kie create through the real limiter, polls, deliveries). Baseline: a bare
// discord.js Client that only defers. Each runs in its own process against a fresh fake Discord
// (in this process, like Discord is elsewhere); rounds alternate which goes first.
import { FakeDiscord, snowflake, type FakeUser } from '../sandbox/discord.ts';
import { FakeKie } from '../sandbox/kie.ts';
import type { Job } from '../src/services/jobs/job.ts';
import { openStore } from '../src/services/store.ts';
import type { BurstProbes } from './child/probes.ts';
import {
  botEnv,
  compileToJs,
  fmt,
  KIE_KEY,
  main,
  memberId,
  mean,
  median,
  met,
  percentile,
  ratio,
  say,
  seedLearned,
  sleep,
  spawnChild,
  startNodeArgs,
  stopChild,
  tempDir,
  until,
  type BenchResult,
  type Row,
} from './lib.ts';

/**
 * Bursts per side right after start, and after WARM_WARMUP commands. A burst right after a start is
 * the noisier of the two (its p99 moves by a third from one burst to the next on a 2-core machine),
 * so it gets twelve: with six, the median of the same code moved by ±20% from run to run.
 */
const ROUNDS = 12;
const WARM_ROUNDS = 8;
const WARM_WARMUP = 200;
const BURST = 200;
const GUILDS = 20;
const WARMUP = 10;

export type Variant = 'ours' | 'bare';

/** Diagnostics (bench/ackExperiments.ts): the bot with a changed setting or stubbed step. */
export interface Tweak {
  env?: Record<string, string>;
  stubSubmit?: boolean;
  deferFirst?: boolean;
  /** Node options and process environment of the bot process (runtime settings, not bot config). */
  nodeArgs?: string[];
  processEnv?: Record<string, string>;
  /** Warm-up commands before the burst (default WARMUP), sent in waves of 10. */
  warmup?: number;
  /** Pause between the warm-up and the burst (default 500 ms): longer lets the warm-up's jobs finish. */
  settleMs?: number;
}

export interface RoundResult {
  ack: number[];
  /** Fake's dispatch → the interaction reaching the bot's listeners. */
  toBot: number[];
  /** Reaching the listeners → the fake receiving the defer callback. */
  inBot: number[];
  /** µs of synchronous work in the interaction listener (handler up to its first await), per interaction. */
  handlerUs: number[];
  /** The bot process's event-loop delay during the burst. */
  loopMaxMs: number;
  /** Garbage collection in the bot process from the burst's start to its last acknowledgement. */
  gc: BurstProbes['gc'] & { maxMs: number };
  /** Inside the process (ms since the epoch): interactions received, defer callbacks created, connections opened, headers written. */
  callbacks: BurstProbes['callbacks'];
  /** The fake's clock: the first dispatch, and the last defer callback it received. */
  dispatchedAt: number;
  lastAckAt: number;
  /** From the first dispatch to the last. */
  dispatchSpread: number;
  queuedReplies: number;
  refusals: number;
  stop?: { stopMs: number; completed: boolean } | undefined;
  /** After the stop: jobs left in each state, and how many creates reached Kie. */
  states: Record<string, number>;
  created: number;
}

/**
 * Set by run(): both sides compiled to JavaScript and the bot with the start script's Node options,
 * as `npm start` runs it. Diagnostics (ackExperiments.ts) run the .ts sources with their own options.
 */
let shipped: { bot: string; bare: string } | undefined;

/** Both sides compiled into `dir`, run as `npm start` runs the bot (run() does this; diagnostics may too). */
export function useShipped(dir: string): void {
  const [bot, bare] = compileToJs(dir, ['bot', 'bare']);
  shipped = { bot: bot!, bare: bare! };
}

const prompt = (i: number) => ({ name: 'prompt', type: 3, value: `a paper boat on a rain-soaked street, shot ${i}, slow dolly-in` });

export async function round(variant: Variant, index: number, tweak: Tweak = {}): Promise<RoundResult> {
  const guilds = Array.from({ length: GUILDS }, (_, i) => ({ id: snowflake(), name: `Bench guild ${i}` }));
  const discord = await FakeDiscord.start({ guilds });
  const kie = await FakeKie.start({ apiKey: KIE_KEY, plan: { waitingMs: 300, queueMs: 300, generateMs: 1500 } });
  const tmp = tempDir('ack');
  const databaseUrl = `sqlite://${tmp.dir}/bot.sqlite`;
  const env = botEnv({ discord, kieUrl: kie.url }, databaseUrl, { POLL_INTERVAL_MS: '500', ...tweak.env });
  await seedLearned(databaseUrl, { 'kling-3.0/video': Array(20).fill(2_100) });
  const script = shipped ? shipped[variant === 'ours' ? 'bot' : 'bare'] : variant === 'ours' ? 'child/bot.ts' : 'child/bare.ts';
  const nodeArgs = tweak.nodeArgs ?? (shipped && variant === 'ours' ? startNodeArgs() : []);
  const child = spawnChild(script, { env, stopTimeoutMs: 1_000, monitorLoop: true, ...(tweak.stubSubmit ? { stubSubmit: true } : {}), ...(tweak.deferFirst ? { deferFirst: true } : {}) }, { nodeArgs, env: tweak.processEnv ?? {} });
  try {
    await child.next('ready', 30_000);
    await discord.waitForIdentify();
    const users: FakeUser[] = Array.from({ length: BURST }, (_, i) => ({ id: memberId(index * 1_000 + i), username: `m${i}` }));

    // Warm-up in waves of 10, so the burst does not meet code that has never run.
    const warmup = tweak.warmup ?? WARMUP;
    for (let i = 0; i < warmup; i += 10) {
      const wave = await Promise.all(
        Array.from({ length: Math.min(10, warmup - i) }, (_, k) =>
          discord.sendCommand({ name: 'sora', guildId: guilds[(i + k) % GUILDS]!.id, user: { id: memberId(900_000 + i + k), username: 'w' }, options: [prompt(i + k)] }),
        ),
      );
      await until(() => wave.every((w) => discord.interaction(w.token)?.acknowledgedAt != null), 5_000, 'warm-up acks');
      await sleep(100);
    }
    await sleep(tweak.settleMs ?? 500);
    await child.ask({ type: 'stats' }, 'stats');
    // BENCH_PROFILE=<dir>: a CPU profile of either side during each measured burst (see bench/profile.ts).
    const profileDir = process.env.BENCH_PROFILE;
    if (profileDir) await child.ask({ type: 'profileStart' }, 'profileStarted');

    const sent = await Promise.all(
      Array.from({ length: BURST }, (_, i) => discord.sendCommand({ name: 'sora', guildId: guilds[i % GUILDS]!.id, user: users[i]!, options: [prompt(i)] })),
    );
    await until(() => sent.every((s) => discord.interaction(s.token)?.acknowledgedAt != null), 10_000, 'every defer callback');
    const ack = sent.map((s) => discord.interaction(s.token)!.acknowledgedAt! - s.dispatchedAt);
    if (profileDir) await child.ask({ type: 'profileStop', file: `${profileDir}/ack-${variant}-round-${index}.cpuprofile` } as never, 'profileStopped');
    const stats = await child.ask<{ type: 'stats'; received: Record<string, number>; loop: { maxMs: number }; handlerUs: number[] } & Pick<RoundResult, 'gc' | 'callbacks'>>({ type: 'stats' }, 'stats');
    const toBot = sent.map((s) => (stats.received[s.interactionId] ?? NaN) - s.dispatchedAt);
    const inBot = sent.map((s) => discord.interaction(s.token)!.acknowledgedAt! - (stats.received[s.interactionId] ?? NaN));
    const dispatchSpread = Math.max(...sent.map((s) => s.dispatchedAt)) - Math.min(...sent.map((s) => s.dispatchedAt));

    let queuedReplies = 0;
    let refusals = 0;
    if (variant === 'ours' && !tweak.stubSubmit) {
      // The work behind the defer really ran: every member sees the queued reply (or a refusal).
      const queuedPaths = new Set<string>();
      let scanned = 0;
      const scan = () => {
        for (; scanned < discord.requests.length; scanned++) {
          const r = discord.requests[scanned]!;
          if (r.method === 'PATCH' && JSON.stringify(r.json ?? '').includes('Queued')) queuedPaths.add(r.path);
        }
      };
      const queued = (token: string) => [...queuedPaths].some((path) => path.includes(token));
      const refused = (token: string) => (discord.interaction(token)?.followUpIds.length ?? 0) > 0;
      await until(() => (scan(), sent.every((s) => queued(s.token) || refused(s.token))), 20_000, 'queued replies', 100).catch((e: unknown) => say(String(e)));
      queuedReplies = sent.filter((s) => queued(s.token)).length;
      refusals = sent.filter((s) => refused(s.token)).length;
    }
    const stop = await stopChild(child);
    const states: Record<string, number> = {};
    if (variant === 'ours') {
      const store = await openStore(databaseUrl);
      for await (const [, job] of store.collection<Job>('jobs').entries()) states[job.state] = (states[job.state] ?? 0) + 1;
      await store.close();
    }
    return { ack, toBot, inBot, handlerUs: stats.handlerUs, loopMaxMs: stats.loop.maxMs, gc: stats.gc, callbacks: stats.callbacks, dispatchedAt: Math.min(...sent.map((s) => s.dispatchedAt)), lastAckAt: Math.max(...sent.map((s) => discord.interaction(s.token)!.acknowledgedAt!)), dispatchSpread, queuedReplies, refusals, stop, states, created: kie.created().length };
  } finally {
    child.kill();
    await discord.close();
    await kie.close();
    tmp.remove();
  }
}

/** A burst right after start (little code warmed up) and one on a bot that has served a few hundred commands. */
const CONDITIONS = [
  { name: 'warm', label: `after ${WARM_WARMUP} commands served`, warmup: WARM_WARMUP, rounds: WARM_ROUNDS },
  { name: 'fresh', label: `just started (${WARMUP} commands served)`, warmup: WARMUP, rounds: ROUNDS },
] as const;

interface Tally {
  samples: Record<Variant, number[]>;
  roundP50: Record<Variant, number[]>;
  roundP99: Record<Variant, number[]>;
  parts: Record<Variant, { toBot: number[]; inBot: number[]; handlerUs: number[]; loopMax: number[]; spread: number[] }>;
  queued: number;
  refusals: number;
  stops: string[];
  leftovers: string[];
}

const tally = (): Tally => ({
  samples: { ours: [], bare: [] },
  roundP50: { ours: [], bare: [] },
  roundP99: { ours: [], bare: [] },
  parts: { ours: { toBot: [], inBot: [], handlerUs: [], loopMax: [], spread: [] }, bare: { toBot: [], inBot: [], handlerUs: [], loopMax: [], spread: [] } },
  queued: 0,
  refusals: 0,
  stops: [],
  leftovers: [],
});

export async function run(): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const compiled = tempDir('ack-js');
  useShipped(compiled.dir);
  // One discarded round first, so the fakes in this process are warm for every measured round.
  await round('bare', 99);
  for (const condition of CONDITIONS) {
    const t = tally();
    for (let r = 0; r < condition.rounds; r++) {
      const order: Variant[] = r % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      for (const variant of order) {
        const result = await round(variant, r, { warmup: condition.warmup });
        t.samples[variant].push(...result.ack);
        t.parts[variant].toBot.push(...result.toBot);
        t.parts[variant].inBot.push(...result.inBot);
        t.parts[variant].loopMax.push(result.loopMaxMs);
        t.parts[variant].handlerUs.push(...result.handlerUs);
        t.parts[variant].spread.push(result.dispatchSpread);
        t.roundP99[variant].push(percentile(result.ack, 0.99));
        t.roundP50[variant].push(percentile(result.ack, 0.5));
        if (variant === 'ours') {
          t.queued += result.queuedReplies;
          t.refusals += result.refusals;
          t.stops.push(result.stop ? `${fmt(result.stop.stopMs)} ms${result.stop.completed ? '' : ' (gave up)'}` : 'no answer');
          t.leftovers.push(`${Object.entries(result.states).map(([k, v]) => `${k} ${v}`).join(', ')}; Kie saw ${result.created} creates`);
        }
        say(
          `ack ${condition.name} round ${r + 1} ${variant}: p50 ${percentile(result.ack, 0.5)} ms, p99 ${percentile(result.ack, 0.99)} ms, max ${Math.max(...result.ack)} ms; dispatch spread ${result.dispatchSpread} ms; to bot p50/p99 ${percentile(result.toBot, 0.5)}/${percentile(result.toBot, 0.99)} ms; in bot p50/p99 ${percentile(result.inBot, 0.5)}/${percentile(result.inBot, 0.99)} ms; bot event-loop delay max ${fmt(result.loopMaxMs, 1)} ms`,
        );
      }
    }
    // Each burst's own p50/p99, then the median over bursts: one hiccup of the VM (it hits the bare
    // client as often as the bot) moves one burst, not the result. Pooled figures are in the notes.
    const p = (v: Variant, q: 0.5 | 0.99) => median(q === 0.5 ? t.roundP50[v] : t.roundP99[v]);
    const pooled = (v: Variant, q: number) => percentile(t.samples[v], q);
    const split = (v: Variant) =>
      `dispatch → bot's listener p50/p99 ${percentile(t.parts[v].toBot, 0.5)}/${percentile(t.parts[v].toBot, 0.99)} ms, listener → callback at the fake p50/p99 ${percentile(t.parts[v].inBot, 0.5)}/${percentile(t.parts[v].inBot, 0.99)} ms, synchronous handler time per interaction p50/p99 ${fmt(percentile(t.parts[v].handlerUs, 0.5))}/${fmt(percentile(t.parts[v].handlerUs, 0.99))} µs (×${BURST} = ${fmt((mean(t.parts[v].handlerUs) * BURST) / 1000, 1)} ms of one burst), event-loop delay max per burst ${t.parts[v].loopMax.map((x) => fmt(x)).join('/')} ms`;
    notes.push(
      `Ack, ${condition.label}: ${condition.rounds} bursts × ${BURST} interactions per side (${GUILDS} guilds, one member per interaction), each burst a fresh fake Discord and a fresh bot process; the table shows the median over bursts of each burst's p50/p99. Per-burst p99 ours: ${t.roundP99.ours.join(', ')} ms; bare: ${t.roundP99.bare.join(', ')} ms. Pooled over all ${condition.rounds * BURST}: p50 ours ${pooled('ours', 0.5)} / bare ${pooled('bare', 0.5)} ms, p99 ours ${pooled('ours', 0.99)} / bare ${pooled('bare', 0.99)} ms (${ratio(pooled('ours', 0.99), pooled('bare', 0.99))}). Where the time goes (fake and bot share the system clock) — ours: ${split('ours')}; bare: ${split('bare')}. The fake needs ${fmt(percentile([...t.parts.ours.spread, ...t.parts.bare.spread], 0.5))} ms to dispatch the 200.`,
      `Ack, ${condition.label}: the work behind the defers ran: ${t.queued}/${condition.rounds * BURST} members got the "Queued" reply, ${t.refusals} got a refusal. app.stop() right after the burst (creates still waiting for Kie slots): ${t.stops.join(', ')} (bench gives it 1 s). Jobs in the store after that, first burst: ${t.leftovers[0] ?? '—'}.`,
    );
    rows.push(
      { measure: `1. ack, ${BURST} /sora at once (${GUILDS} guilds), bot ${condition.label}: p50, ms`, ours: fmt(p('ours', 0.5)), baseline: fmt(p('bare', 0.5)), ratio: ratio(p('ours', 0.5), p('bare', 0.5)), goal: '—', met: '—' },
      {
        measure: `1. ack, same: p99, ms (median of ${condition.rounds} bursts)`,
        ours: fmt(p('ours', 0.99)),
        baseline: fmt(p('bare', 0.99)),
        ratio: ratio(p('ours', 0.99), p('bare', 0.99)),
        goal: '≤ 1.25× baseline',
        met: met(p('ours', 0.99) <= 1.25 * p('bare', 0.99)),
      },
    );
  }
  compiled.remove();
  notes.push(`Ack: both sides compiled to JavaScript; the bot with the start script's Node options (${startNodeArgs().join(' ')}), the bare client with Node's defaults.`);
  return { name: 'ack', rows, notes };
}

if (import.meta.main) await main(run);
