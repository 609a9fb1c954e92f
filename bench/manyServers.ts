// 7. Many servers: the bot (compiled, as `npm start` runs it) with 10,000 servers of 30 channels (each
// with permission overwrites), 40 roles, 50 emojis and 10 members over 4 shards in its one process,
// against a bare discord.js client with default caches (compiled too) logged in to the same kind of
// fake Discord. Each side runs in its own process against a fresh fake Discord in this process, which
// builds each server's GUILD_CREATE as it sends it. Measured: RSS once every server is available;
// READY (the first shard's) → every server available (discord.js's clientReady); the ack p99 of 200
// /sora at once, one in each of 200 of those servers; heap and RSS after a forced GC.
import { FakeDiscord, type FakeUser } from '../sandbox/discord.ts';
import { FakeKie } from '../sandbox/kie.ts';
import { describeBurst, type BurstProbes } from './child/probes.ts';
import { botEnv, compileToJs, fmt, KIE_KEY, main, median, memberId, met, percentile, ratio, say, seedLearned, sleep, spawnChild, startNodeArgs, stopChild, tempDir, until, type BenchResult } from './lib.ts';

const SERVERS = Number(process.env.MANY_SERVERS ?? 10_000);
const SHARDS = 4;
const SHAPE = { channels: 30, roles: 40, emojis: 50, members: 10, rolesPerMember: 3 };
const BURST = 200;
const BURSTS = 7;
const WARMUP = 10;
const RUNS = Number(process.env.MANY_SERVERS_RUNS ?? 1);
const MB = 1024 * 1024;
/** Diagnostics: Node options added to the bot's (not the bare client's), e.g. MANY_SERVERS_BOT_ARGS='--no-memory-reducer'. */
const botNodeArgs = (process.env.MANY_SERVERS_BOT_ARGS ?? '').split(' ').filter(Boolean);

type Side = 'ours' | 'bare';
interface Memory {
  rss: number;
  heapUsed: number;
  maxRss: number;
}
interface SideResult {
  guilds: number;
  readyToAvailableMs: number;
  rssMb: number;
  maxRssMb: number;
  gcRssMb: number;
  gcHeapMb: number;
  burstP99: number[];
  burstP50: number[];
  acks: number[];
  /** Per burst, inside the process: GC, and when the last interaction arrived, its defer was created and written. */
  inside: string[];
}

const prompt = (i: number) => ({ name: 'prompt', type: 3, value: `a paper boat on a rain-soaked street, shot ${i}, slow dolly-in` });

async function once(side: Side, script: string, tmp: string, run: number): Promise<SideResult> {
  const discord = await FakeDiscord.start({ guilds: [], synthetic: { count: SERVERS, ...SHAPE }, recommendedShards: SHARDS, maxConcurrency: SHARDS });
  const kie = await FakeKie.start({ apiKey: KIE_KEY, plan: { waitingMs: 300, queueMs: 300, generateMs: 1500 } });
  const databaseUrl = `sqlite://${tmp}/many-${side}-${run}.sqlite`;
  await seedLearned(databaseUrl, { 'kling-3.0/video': Array(20).fill(2_100) });
  const env = botEnv({ discord, kieUrl: kie.url }, databaseUrl, { POLL_INTERVAL_MS: '500', SHARDS: String(SHARDS) });
  // The bot as `npm start` runs it (its Node options too); the bare client with Node's defaults.
  const child = spawnChild(script, { env, shards: SHARDS, stopTimeoutMs: 1_000 }, { nodeArgs: ['--expose-gc', ...(side === 'ours' ? [...startNodeArgs(), ...botNodeArgs] : [])] });
  try {
    const ready = await child.next<{ type: 'ready'; clientReadyAt: number; guilds: number }>('ready', 300_000);
    const identified = discord.requests.filter((r) => r.kind === 'gateway' && r.op === 2).map((r) => r.at);
    const readyToAvailableMs = ready.clientReadyAt - Math.min(...identified);
    // Let start-up garbage settle as it would in a running bot, then read the memory.
    await sleep(2_000);
    const settled = await child.ask<{ type: 'stats'; memory: Memory }>({ type: 'stats' }, 'stats');

    // 200 of the servers, spread over all four shards; members act in them.
    const servers = Array.from({ length: BURST }, (_, i) => discord.synthetic!.materialize(Math.floor((i * SERVERS) / BURST)));
    const send = (i: number, user: FakeUser) => discord.sendCommand({ name: 'sora', guildId: servers[i % BURST]!, user, options: [prompt(i)] });
    for (let i = 0; i < WARMUP; i++) {
      const warm = await send(i, { id: memberId(990_000 + i), username: 'w' });
      await until(() => discord.interaction(warm.token)?.acknowledgedAt != null, 10_000, 'warm-up ack');
    }
    await sleep(500);
    const burstP99: number[] = [];
    const burstP50: number[] = [];
    const acks: number[] = [];
    const inside: string[] = [];
    let previous: string[] = [];
    const queuedOut = (tokens: string[]) => {
      const edited = new Set(discord.requests.filter((r) => r.method === 'PATCH' && JSON.stringify(r.json ?? '').includes('Queued')).map((r) => r.path.split('/')[3]));
      return tokens.filter((t) => edited.has(t)).length;
    };
    for (let b = 0; b < BURSTS; b++) {
      const backlog = side === 'ours' && b > 0 ? `${queuedOut(previous)}/${previous.length} of the previous burst's "Queued" replies out; ` : '';
      await child.ask({ type: 'stats' }, 'stats');
      // BENCH_PROFILE=<dir>: a CPU profile of either side during each burst (see bench/profile.ts).
      const profileDir = process.env.BENCH_PROFILE;
      if (profileDir) await child.ask({ type: 'profileStart' }, 'profileStarted');
      const sent = await Promise.all(Array.from({ length: BURST }, (_, i) => send(i, { id: memberId(b * 1_000 + i), username: `m${i}` })));
      await until(() => sent.every((s) => discord.interaction(s.token)?.acknowledgedAt != null), 20_000, 'every defer callback');
      const ack = sent.map((s) => discord.interaction(s.token)!.acknowledgedAt! - s.dispatchedAt);
      if (profileDir) await child.ask({ type: 'profileStop', file: `${profileDir}/many-${side}-burst-${b}.cpuprofile` } as never, 'profileStopped');
      const probes = await child.ask<{ type: 'stats' } & BurstProbes>({ type: 'stats' }, 'stats');
      const dispatched = Math.min(...sent.map((x) => x.dispatchedAt));
      const lastAck = Math.max(...sent.map((x) => discord.interaction(x.token)!.acknowledgedAt!));
      const during = (r: { at: number }) => r.at >= dispatched && r.at <= lastAck;
      const others = discord.requests.filter((r) => r.kind === 'http' && during(r) && !r.path.endsWith('/callback')).length;
      previous = sent.map((x) => x.token);
      inside.push(`${backlog}${others} other requests at the fake Discord and ${kie.requests.filter(during).length} at the fake Kie meanwhile; ${describeBurst(probes, dispatched, lastAck)}`);
      burstP99.push(percentile(ack, 0.99));
      burstP50.push(percentile(ack, 0.5));
      acks.push(...ack);
      await sleep(1_500);
    }
    const gc = await child.ask<{ type: 'gc'; memory: Memory }>({ type: 'gc' }, 'gc');
    await stopChild(child);
    return {
      guilds: ready.guilds,
      readyToAvailableMs,
      rssMb: settled.memory.rss / MB,
      maxRssMb: settled.memory.maxRss / MB,
      gcRssMb: gc.memory.rss / MB,
      gcHeapMb: gc.memory.heapUsed / MB,
      burstP99,
      burstP50,
      acks,
      inside,
    };
  } finally {
    child.kill();
    await discord.close();
    await kie.close();
  }
}

export async function run(): Promise<BenchResult> {
  const tmp = tempDir('many');
  try {
    const [bot, bare] = compileToJs(`${tmp.dir}/js`, ['bot', 'bare']);
    const results: Record<Side, SideResult[]> = { ours: [], bare: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const side of r % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
        const result = await once(side, side === 'ours' ? bot! : bare!, tmp.dir, r);
        results[side].push(result);
        say(
          `many servers ${side} run ${r + 1}: ${fmt(result.guilds)} servers available ${fmt(result.readyToAvailableMs)} ms after READY; RSS ${fmt(result.rssMb, 1)} MB (peak ${fmt(result.maxRssMb, 1)}), after GC RSS ${fmt(result.gcRssMb, 1)} MB, heap ${fmt(result.gcHeapMb, 1)} MB; ack p50/p99 per burst ${result.burstP50.join('/')} / ${result.burstP99.join('/')} ms; inside the process per burst: ${result.inside.join('; ')}`,
        );
      }
    }
    const m = (side: Side, f: (r: SideResult) => number) => median(results[side].map(f));
    const rss = [m('ours', (r) => r.rssMb), m('bare', (r) => r.rssMb)] as const;
    const avail = [m('ours', (r) => r.readyToAvailableMs), m('bare', (r) => r.readyToAvailableMs)] as const;
    const p99 = [median(results.ours.flatMap((r) => r.burstP99)), median(results.bare.flatMap((r) => r.burstP99))] as const;
    const p50 = [median(results.ours.flatMap((r) => r.burstP50)), median(results.bare.flatMap((r) => r.burstP50))] as const;
    const heap = [m('ours', (r) => r.gcHeapMb), m('bare', (r) => r.gcHeapMb)] as const;
    const all = results.ours.every((r) => r.guilds === SERVERS) && results.bare.every((r) => r.guilds === SERVERS);
    const label = `${fmt(SERVERS)} servers (${SHAPE.channels} channels, ${SHAPE.roles} roles, ${SHAPE.emojis} emojis each), ${SHARDS} shards in one process`;
    return {
      name: 'manyServers',
      rows: [
        {
          measure: `7. ${label}: RSS once every server is available, MB${all ? '' : ' (NOT ALL AVAILABLE)'}`,
          ours: fmt(rss[0], 1),
          baseline: `${fmt(rss[1], 1)} (default caches)`,
          ratio: ratio(rss[0], rss[1]),
          goal: '≤ 0.35× and ≤ 350 MB',
          met: met(all && rss[0] <= 0.35 * rss[1] && rss[0] <= 350),
        },
        { measure: '7. same: READY → every server available, ms', ours: fmt(avail[0]), baseline: fmt(avail[1]), ratio: ratio(avail[0], avail[1]), goal: '≤ 1.2× baseline', met: met(avail[0] <= 1.2 * avail[1]) },
        { measure: `7. same: ack, ${BURST} /sora at once across ${BURST} of those servers: p50, ms`, ours: fmt(p50[0]), baseline: fmt(p50[1]), ratio: ratio(p50[0], p50[1]), goal: '—', met: '—' },
        { measure: `7. same: ack p99, ms (median of ${BURSTS * RUNS} bursts)`, ours: fmt(p99[0]), baseline: fmt(p99[1]), ratio: ratio(p99[0], p99[1]), goal: '≤ 1.25× baseline', met: met(p99[0] <= 1.25 * p99[1]) },
        { measure: '7. same: heap after a forced GC, MB', ours: fmt(heap[0], 1), baseline: fmt(heap[1], 1), ratio: ratio(heap[0], heap[1]), goal: '—', met: '—' },
      ],
      notes: [
        `Many servers: ${label}, ${SHAPE.members} members with ${SHAPE.rolesPerMember} roles each, sent by the fake Discord in this process (max_concurrency ${SHARDS}: the shards IDENTIFY at once); both sides compiled to JavaScript, each a fresh process with --expose-gc, the bot with the start script's Node options (${startNodeArgs().join(' ')}), the bare client with Node's defaults; ${RUNS} run(s) per side, alternating which goes first. READY → available ours ${results.ours.map((r) => fmt(r.readyToAvailableMs)).join(', ')} ms, bare ${results.bare.map((r) => fmt(r.readyToAvailableMs)).join(', ')} ms. RSS ours ${results.ours.map((r) => fmt(r.rssMb, 1)).join(', ')} MB (peak ${results.ours.map((r) => fmt(r.maxRssMb, 1)).join(', ')}), bare ${results.bare.map((r) => fmt(r.rssMb, 1)).join(', ')} MB (peak ${results.bare.map((r) => fmt(r.maxRssMb, 1)).join(', ')}); after a forced GC RSS ours ${results.ours.map((r) => fmt(r.gcRssMb, 1)).join(', ')}, bare ${results.bare.map((r) => fmt(r.gcRssMb, 1)).join(', ')} MB. Ack per-burst p99 ours ${results.ours.flatMap((r) => r.burstP99).join(', ')} ms, bare ${results.bare.flatMap((r) => r.burstP99).join(', ')} ms (after ${WARMUP} warm-up commands; pooled p99 ours ${percentile(results.ours.flatMap((r) => r.acks), 0.99)}, bare ${percentile(results.bare.flatMap((r) => r.acks), 0.99)} ms).`,
      ],
    };
  } finally {
    tmp.remove();
  }
}

if (import.meta.main) await main(run);
