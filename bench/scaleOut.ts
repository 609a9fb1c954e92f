// 6. Scale-out: `/sora` throughput of `npm run start:sharded` with 1 process and with 2 processes,
// on the same fakes and the same shared store (a real Redis from Debian's package, on loopback).
// Both runs hold 2 Discord shards (SHARDS=2): SHARDS_PER_PROCESS=2 makes one process,
// SHARDS_PER_PROCESS=1 two. Baseline: one process. 20 guilds × 10 `/sora`, all sent at once;
// measured from the first command sent to the last acknowledgement and to the last video delivered.
// Two settings: Kie's limits lifted on both sides (the fake and KIE_CREATE_LIMIT/KIE_READ_LIMIT), so
// the bot is what is measured; and Kie's real read limit (10 per s per account, shared by the
// processes) with creates still lifted (at Kie's real 20 creates per 10 s, 200 jobs take 100 s
// whatever runs them: measure 5).
import { ModelRegistry } from '../src/services/models/registry.ts';
import { FakeDiscord, type FakeMessage, type SentInteraction } from '../sandbox/discord.ts';
import { FakeKie } from '../sandbox/kie.ts';
import { startRedis, type TestServer } from '../test/support/servers.ts';
import { startShardedBot } from '../test/support/shardedBot.ts';
import { KIE_KEY, botEnv, fmt, main, median, met, percentile, ratio, say, seedLearned, until, type BenchResult, type Row } from './lib.ts';

const GUILDS = Array.from({ length: 20 }, (_, k) => String((2_000_000_000n + BigInt(k)) << 22n));
const PER_GUILD = 10;
const JOBS = GUILDS.length * PER_GUILD;
const TRIALS = 2;
const TASK = { waitingMs: 100, queueMs: 100, generateMs: 300 };
const TASK_MS = TASK.waitingMs + TASK.queueMs + TASK.generateMs;

type Limits = 'lifted' | 'reads';

interface Trial {
  processes: number;
  limits: Limits;
  ackedPerS: number;
  deliveredPerS: number;
  ackP99Ms: number;
  exact: boolean;
  detail: string;
}

const hasVideo = (m: FakeMessage | undefined) => m?.attachments.some((a) => a.filename.endsWith('.mp4')) ?? false;

async function trial(processes: 1 | 2, limits: Limits, discord: FakeDiscord, kie: FakeKie): Promise<Trial> {
  const server: TestServer = await startRedis();
  const models = new ModelRegistry().kieModels();
  await seedLearned(server.url, Object.fromEntries(models.map((m) => [m, Array(10).fill(TASK_MS)])));
  const running = startShardedBot(
    botEnv({ discord, kieUrl: kie.url }, server.url, {
      SHARDS: '2',
      SHARDS_PER_PROCESS: String(3 - processes),
      KIE_CREATE_LIMIT: '100000/1s',
      KIE_READ_LIMIT: limits === 'lifted' ? '100000/1s' : '10/1s',
      POLL_INTERVAL_MS: '50',
      POLL_CONCURRENCY: '32',
    }),
  );
  try {
    for (let p = 0; p < processes; p++) await running.waitForReady(p, 1, 60_000);
    const createdBefore = kie.created().length;
    // When each reply first carries its video, by the interaction that made the reply.
    const delivered = new Map<string, number>();
    const stop = discord.onChange((event) => {
      if (event.kind !== 'message-update' && event.kind !== 'message-create') return;
      if (!hasVideo(event.message) || !event.message.interactionId) return;
      if (!delivered.has(event.message.interactionId)) delivered.set(event.message.interactionId, Date.now());
    });
    const t0 = Date.now();
    const sent: SentInteraction[] = await Promise.all(
      GUILDS.flatMap((guildId, g) =>
        Array.from({ length: PER_GUILD }, (_, i) =>
          discord.sendCommand({
            name: 'sora',
            guildId,
            user: { id: String(500000000000000000n + BigInt(g * PER_GUILD + i)), username: `m${g}-${i}` },
            options: [{ name: 'prompt', type: 3, value: `scale-out ${processes} ${limits} guild ${g} video ${i}` }],
          }),
        ),
      ),
    );
    await until(() => sent.every((s) => discord.interaction(s.interactionId)?.acknowledgedAt != null), 60_000, 'every /sora acknowledged', 5);
    const acked = sent.map((s) => discord.interaction(s.interactionId)!.acknowledgedAt!);
    const ackMs = sent.map((s, i) => acked[i]! - s.dispatchedAt);
    const lastAck = Math.max(...acked) - Math.min(...sent.map((s) => s.dispatchedAt));
    await until(() => sent.every((s) => delivered.has(s.interactionId)), 120_000, 'every video delivered', 5);
    const elapsed = Math.max(...sent.map((s) => delivered.get(s.interactionId)!)) - t0;
    stop();
    const created = kie.created().length - createdBefore;
    const videos = sent.filter((s) => hasVideo(discord.originalFor(s.token))).length;
    const exact = created === JOBS && videos === JOBS;
    return {
      processes,
      limits,
      ackedPerS: JOBS / (lastAck / 1000),
      deliveredPerS: JOBS / (elapsed / 1000),
      ackP99Ms: percentile(ackMs, 0.99),
      exact,
      detail: `all acknowledged in ${fmt(lastAck)} ms (p50 ${fmt(median(ackMs))} ms, p99 ${fmt(percentile(ackMs, 0.99))} ms), all delivered in ${fmt(elapsed)} ms, ${created} Kie creates, ${videos} videos`,
    };
  } finally {
    await running.stop();
    await server.stop();
  }
}

export async function run(): Promise<BenchResult> {
  const discord = await FakeDiscord.start({ guilds: GUILDS.map((id) => ({ id })), recommendedShards: 2, maxConcurrency: 16, callbackWindowMs: 60_000 });
  const kie = await FakeKie.start({ apiKey: KIE_KEY, plan: TASK, createRateLimit: false });
  const trials: Trial[] = [];
  const plan: Array<[1 | 2, Limits]> = [];
  for (let t = 0; t < TRIALS; t++) for (const processes of t % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)) plan.push([processes, 'lifted']);
  plan.push([2, 'reads'], [1, 'reads']);
  try {
    for (const [processes, limits] of plan) {
      const result = await trial(processes, limits, discord, kie);
      trials.push(result);
      say(`scale-out ${processes} process(es), Kie limits ${limits}: ${fmt(result.deliveredPerS, 1)} jobs/s delivered, ${fmt(result.ackedPerS, 1)} acks/s; ${result.detail}${result.exact ? '' : ' NOT EXACT'}`);
    }
  } finally {
    await discord.close();
    await kie.close();
  }
  const of = (n: number, limits: Limits, pick: (t: Trial) => number) => median(trials.filter((t) => t.processes === n && t.limits === limits).map(pick));
  const compare = (measure: string, limits: Limits, pick: (t: Trial) => number, digits: number, goal: Pick<Row, 'goal' | 'met'> = { goal: '—', met: '—' }): Row => ({
    measure,
    ours: fmt(of(2, limits, pick), digits),
    baseline: fmt(of(1, limits, pick), digits),
    ratio: ratio(of(2, limits, pick), of(1, limits, pick)),
    ...goal,
  });
  const rows: Row[] = [
    compare(`6. scale-out: ${JOBS} /sora at once over 20 guilds on Redis, Kie's limits lifted: videos delivered per s (2 processes vs 1)`, 'lifted', (t) => t.deliveredPerS, 1),
    compare('6. same: commands acknowledged per s (2 processes vs 1)', 'lifted', (t) => t.ackedPerS, 1),
    compare('6. same: ack p99, ms (2 processes vs 1)', 'lifted', (t) => t.ackP99Ms, 0, { goal: '< 3,000 ms', met: met(of(2, 'lifted', (t) => t.ackP99Ms) < 3_000) }),
    compare("6. same at Kie's read limit (10/s, shared): videos delivered per s (2 processes vs 1)", 'reads', (t) => t.deliveredPerS, 1, {
      goal: '≤ 10/s',
      met: met(of(2, 'reads', (t) => t.deliveredPerS) <= 10),
    }),
    {
      measure: '6. every job created once and delivered once, every trial',
      ours: trials.filter((t) => t.processes === 2).every((t) => t.exact) ? 'exact' : 'WRONG',
      baseline: trials.filter((t) => t.processes === 1).every((t) => t.exact) ? 'exact' : 'WRONG',
      ratio: '—',
      goal: 'exact',
      met: met(trials.every((t) => t.exact)),
    },
  ];
  return {
    name: 'scaleOut',
    rows,
    notes: [
      `Scale-out: Kie's limits lifted, median of ${TRIALS} trials per setting in alternating order; at Kie's read limit, one trial each. Every trial on a fresh Redis. The fake Discord and fake Kie run in the benchmark's process on the same machine as the bot processes, the manager and Redis. Kie tasks take ${TASK_MS} ms. Trials: ${trials.map((t) => `${t.processes} process(es), limits ${t.limits}: ${t.detail}`).join('; ')}.`,
    ],
  };
}

if (import.meta.main) await main(run);
