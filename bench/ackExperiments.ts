// Diagnostics for benchmark 1 (not part of `npm run bench`): where the bot's extra acknowledgement
// time comes from, measured by changing one thing at a time. Same burst as bench/ack.ts, rounds
// interleaved across the variants; a burst's p99 is reported per round, then the median over rounds.
//   node bench/ackExperiments.ts [rounds] [label words, comma-separated]
import { round, type Tweak, type Variant } from './ack.ts';
import { median, percentile, say } from './lib.ts';

const all: Array<{ label: string; variant: Variant; tweak?: Tweak }> = [
  { label: 'bare client (baseline)', variant: 'bare' },
  { label: 'bot as shipped', variant: 'ours' },
  { label: 'bot, submit stubbed (defer, then nothing)', variant: 'ours', tweak: { stubSubmit: true } },
  { label: 'bot, deferred before any of its work', variant: 'ours', tweak: { deferFirst: true } },
  { label: 'bot, MALLOC_ARENA_MAX=2', variant: 'ours', tweak: { processEnv: { MALLOC_ARENA_MAX: '2' } } },
  { label: 'bot, --max-semi-space-size=2', variant: 'ours', tweak: { nodeArgs: ['--max-semi-space-size=2'] } },
  { label: 'bare client, 300 warm-up commands', variant: 'bare', tweak: { warmup: 300 } },
  { label: 'bot, 300 warm-up commands', variant: 'ours', tweak: { warmup: 300 } },
];
// Optional filter: only variants whose label contains one of the comma-separated words, e.g. "bare,shipped".
const filter = process.argv[3]?.split(',');
const variants = filter ? all.filter((v) => filter.some((f) => v.label.includes(f))) : all;

const rounds = Number(process.argv[2] ?? 4);
const results = new Map<string, { ack: number[]; p99: number[]; loopMax: number[]; handlerUs: number[] }>(variants.map((v) => [v.label, { ack: [], p99: [], loopMax: [], handlerUs: [] }]));
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
    say(`${v.label} round ${r + 1}: p50 ${percentile(result.ack, 0.5)} ms, p99 ${percentile(result.ack, 0.99)} ms, loop max ${result.loopMaxMs.toFixed(0)} ms`);
  }
}
for (const [label, e] of results) {
  process.stdout.write(
    `${label.padEnd(44)} p50 ${String(percentile(e.ack, 0.5)).padStart(4)} ms  p99 pooled ${String(percentile(e.ack, 0.99)).padStart(4)} ms, median of rounds ${median(e.p99)} ms  per-round p99 ${e.p99.join('/')}  event-loop max ${e.loopMax.map((x) => x.toFixed(0)).join('/')} ms  handler ${percentile(e.handlerUs, 0.5).toFixed(0)} µs p50, ${((e.handlerUs.reduce((a, b) => a + b, 0) / Math.max(1, e.handlerUs.length)) * 200 / 1000).toFixed(1)} ms per burst\n`,
  );
}
