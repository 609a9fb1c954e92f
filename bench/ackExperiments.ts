// Diagnostics for benchmark 1 (not part of `npm run bench`): where the bot's extra acknowledgement
// time comes from, measured by changing one thing at a time. Same burst as bench/ack.ts, rounds
// interleaved across the variants; a burst's p99 is reported per round, then the median over rounds.
//   node bench/ackExperiments.ts [rounds] [label words, comma-separated]
import { round, useShipped, type Tweak, type Variant } from './ack.ts';
import { describeBurst } from './child/probes.ts';
import { median, percentile, say, startNodeArgs, tempDir } from './lib.ts';

/** The start script's Node options with the young generation's two set otherwise (none: V8's default). */
const youngGeneration = (...options: string[]) => [...startNodeArgs().filter((a) => !a.includes('semi-space-size')), ...options];

const all: Array<{ label: string; variant: Variant; tweak?: Tweak }> = [
  { label: 'bare client (baseline)', variant: 'bare' },
  { label: 'bot as shipped', variant: 'ours' },
  { label: 'bot, submit stubbed (defer, then nothing)', variant: 'ours', tweak: { stubSubmit: true } },
  { label: 'bot, deferred before any of its work', variant: 'ours', tweak: { deferFirst: true } },
  { label: 'bot, deferred first and submit stubbed', variant: 'ours', tweak: { deferFirst: true, stubSubmit: true } },
  { label: 'bot, MALLOC_ARENA_MAX=2', variant: 'ours', tweak: { processEnv: { MALLOC_ARENA_MAX: '2' } } },
  { label: 'bot, young generation at most 8 MB', variant: 'ours', tweak: { nodeArgs: youngGeneration('--max-semi-space-size=8') } },
  { label: 'bot, young generation as V8 sizes it', variant: 'ours', tweak: { nodeArgs: youngGeneration() } },
  { label: 'bot, without the start-up collection', variant: 'ours', tweak: { nodeArgs: startNodeArgs().filter((a) => a !== '--expose-gc') } },
  { label: 'bot, Node defaults', variant: 'ours', tweak: { nodeArgs: [] } },
  { label: 'bot, no source maps', variant: 'ours', tweak: { nodeArgs: startNodeArgs().filter((a) => a !== '--enable-source-maps') } },
  { label: 'bot, V8 pool of 1 thread', variant: 'ours', tweak: { nodeArgs: [...startNodeArgs(), '--v8-pool-size=1'] } },
  { label: 'bot, single-threaded GC', variant: 'ours', tweak: { nodeArgs: [...startNodeArgs(), '--single-threaded-gc'] } },
  { label: 'bare client, start script options', variant: 'bare', tweak: { nodeArgs: startNodeArgs() } },
  { label: 'bare client, 300 warm-up commands', variant: 'bare', tweak: { warmup: 300 } },
  { label: 'bot, 300 warm-up commands', variant: 'ours', tweak: { warmup: 300 } },
  { label: 'bot, warm-up in every guild', variant: 'ours', tweak: { warmup: 20 } },
  { label: 'bot, warm-up jobs delivered first', variant: 'ours', tweak: { settleMs: 5_000 } },
];
// Optional filter: only variants whose label contains one of the comma-separated words, e.g. "bare,shipped".
const filter = process.argv[3]?.split(',');
const variants = filter ? all.filter((v) => filter.some((f) => v.label.includes(f))) : all;

const rounds = Number(process.argv[2] ?? 4);
// As `npm run bench` runs them: both sides compiled, the bot with the start script's Node options.
const compiled = tempDir('ack-experiments-js');
process.on('exit', () => compiled.remove());
useShipped(compiled.dir);
const results = new Map<string, { ack: number[]; p99: number[]; loopMax: number[]; handlerUs: number[]; gc: string[] }>(variants.map((v) => [v.label, { ack: [], p99: [], loopMax: [], handlerUs: [], gc: [] }]));
await round('bare', 99);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? variants : [...variants].reverse();
  for (const v of order) {
    const result = await round(v.variant, r, v.tweak);
    const entry = results.get(v.label)!;
    entry.ack.push(...result.ack);
    entry.p99.push(percentile(result.ack, 0.99));
    entry.loopMax.push(result.loopMaxMs);
    entry.handlerUs.push(...result.handlerUs);
    entry.gc.push(`${result.gc.count}×/${result.gc.ms.toFixed(0)}`);
    say(`  ${v.label}: ${describeBurst(result, result.dispatchedAt, result.lastAckAt)}; dispatch spread ${result.dispatchSpread} ms; ack p99 ${percentile(result.ack, 0.99)}`);
    say(`${v.label} round ${r + 1}: p50 ${percentile(result.ack, 0.5)} ms, p99 ${percentile(result.ack, 0.99)} ms, loop max ${result.loopMaxMs.toFixed(0)} ms`);
  }
}
for (const [label, e] of results) {
  process.stdout.write(
    `${label.padEnd(44)} p50 ${String(percentile(e.ack, 0.5)).padStart(4)} ms  p99 pooled ${String(percentile(e.ack, 0.99)).padStart(4)} ms, median of rounds ${median(e.p99)} ms  per-round p99 ${e.p99.join('/')}  event-loop max ${e.loopMax.map((x) => x.toFixed(0)).join('/')} ms  GC in burst ${e.gc.join(' ')} ms  handler ${percentile(e.handlerUs, 0.5).toFixed(0)} µs p50, ${((e.handlerUs.reduce((a, b) => a + b, 0) / Math.max(1, e.handlerUs.length)) * 200 / 1000).toFixed(1)} ms per burst\n`,
  );
}
