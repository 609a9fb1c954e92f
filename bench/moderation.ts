// Moderation: how long a server's rules take to judge one prompt, whatever the patterns (issue 24).
// Ours: src/services/moderation/ruleset.ts (AutoMod regexes on re2js, linear time). The catastrophic-
// backtracking pattern `^(a+)+$` (an AutoMod regex a server could write) judges a 6,000-character
// prompt of 'a's ending in '!'; the verdict is what the pattern says (it does not match: allowed),
// never a time-out. Baselines in the same run: the same check with a harmless regex (`cat`), and
// JavaScript's own backtracking RegExp on the same pattern with inputs of only 20–24 characters,
// whose time doubles with every character (6,000 would never finish).
import { performance } from 'node:perf_hooks';
import { RuleSet } from '../src/services/moderation/ruleset.ts';
import type { AutoModRule } from '../src/services/moderation/types.ts';
import { fmt, main, median, met, percentile, ratio, rng, say, type BenchResult, type Row } from './lib.ts';

const PROMPT_CHARS = 6_000;
const RUNS = 50;
const GOAL_MS = 50;
const where = { roleIds: [], channelId: '1' };

const rule = (over: Partial<AutoModRule>): AutoModRule => ({ id: '1', name: 'r', enabled: true, triggerType: 1, keywords: [], regexes: [], allow: [], exemptRoles: [], exemptChannels: [], ...over });

function time(rules: RuleSet, text: string, runs = RUNS): { medianMs: number; maxMs: number; p95Ms: number; verdict: string } {
  const samples: number[] = [];
  let verdict = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const v = rules.judge(text, where);
    samples.push(performance.now() - t0);
    verdict = v.ok ? 'allowed' : `refused (${v.pattern})`;
  }
  return { medianMs: median(samples), maxMs: Math.max(...samples), p95Ms: percentile(samples, 0.95), verdict };
}

/** A full server: 1,000 words, six AutoMod keyword rules of 1,000 keywords, 10 regexes and 100 allow-list entries each. */
function fullServer(): RuleSet {
  const random = rng(24);
  const word = () => Array.from({ length: 4 + Math.floor(random() * 8) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const forms = [(w: string) => w, (w: string) => `*${w}`, (w: string) => `${w}*`, (w: string) => `*${w}*`];
  const keywords = (n: number) => Array.from({ length: n }, (_, i) => forms[i % 4]!(`zq${word()}`));
  // Backtracking traps and ordinary patterns, none matching the two prompts: every rule runs in full.
  const regexes = ['^(a+)+$', '(a|aa)+zz', '(x+x+)+y', '(\\w+\\s?)*#$', 'b[a4]dw[o0]rd', '(?i)c(a|4)tt+', '\\d{3}-\\d{4}', '(.*a){12}qq', '[^ ]+@[^ ]+', 'z{2,}q'];
  const rules = Array.from({ length: 6 }, (_, i) => rule({ id: String(i), name: `rule ${i}`, keywords: keywords(1_000), regexes, allow: keywords(100) }));
  return new RuleSet(keywords(1_000), rules);
}

/** A running bot's engine is warm: the first checks of a process (JIT) are measured apart. */
function warmUp(): number {
  const t0 = performance.now();
  const rules = new RuleSet(['*warm*'], [rule({ keywords: ['*up*'], regexes: ['w(a|4)rm', '(x+x+)+y'], allow: ['upwards'] })]);
  for (let i = 0; i < 200; i++) rules.judge(`warming up the engine, round ${i} of 200, upwards and onwards`, where);
  return performance.now() - t0;
}

async function run(): Promise<BenchResult> {
  const cold = time(new RuleSet([], [rule({ regexes: ['^(a+)+$'] })]), `${'a'.repeat(PROMPT_CHARS - 1)}!`, 1);
  const warmMs = warmUp();
  const prompt = `${'a'.repeat(PROMPT_CHARS - 1)}!`;
  const words = `${'a quiet lake at dawn with mist over the water '.repeat(Math.ceil(PROMPT_CHARS / 46))}`.slice(0, PROMPT_CHARS);
  const bad = time(new RuleSet([], [rule({ regexes: ['^(a+)+$'] })]), prompt);
  const harmless = time(new RuleSet([], [rule({ regexes: ['cat'] })]), prompt);
  const t0 = performance.now();
  const full = fullServer();
  const compileMs = performance.now() - t0;
  const fullBad = time(full, prompt);
  const fullWords = time(full, words);
  say(`catastrophic: ${JSON.stringify(bad)}; harmless: ${JSON.stringify(harmless)}; full: ${JSON.stringify(fullBad)} / ${JSON.stringify(fullWords)}`);

  // JavaScript's backtracking engine on the same pattern: tiny inputs only.
  const backtracking: Array<{ chars: number; ms: number }> = [];
  for (const chars of [20, 22, 24]) {
    const text = `${'a'.repeat(chars - 1)}!`;
    const t0 = performance.now();
    /^(a+)+$/i.test(text);
    backtracking.push({ chars, ms: performance.now() - t0 });
  }
  const worst = backtracking.at(-1)!;

  const rows: Row[] = [
    {
      measure: `8. moderation: catastrophic regex ^(a+)+$ on a ${PROMPT_CHARS.toLocaleString('en-US')}-char prompt: max of ${RUNS} checks (verdict: ${bad.verdict}) vs the harmless regex cat`,
      ours: `${fmt(bad.maxMs, 2)} ms (median ${fmt(bad.medianMs, 2)})`,
      baseline: `${fmt(harmless.maxMs, 2)} ms (median ${fmt(harmless.medianMs, 2)})`,
      ratio: ratio(bad.medianMs, harmless.medianMs),
      goal: `≤ ${GOAL_MS} ms`,
      met: met(bad.maxMs <= GOAL_MS && bad.verdict === 'allowed'),
    },
    {
      measure: `8. moderation: full server (1,000 words; 6 AutoMod rules × 1,000 keywords, 10 regexes incl. 4 backtracking traps, 100 allow entries), nothing matches, on the same prompt, max of ${RUNS} (verdict: ${fullBad.verdict})`,
      ours: `${fmt(fullBad.maxMs, 2)} ms (median ${fmt(fullBad.medianMs, 2)})`,
      baseline: `${fmt(harmless.medianMs, 2)} ms (one harmless regex, median)`,
      ratio: ratio(fullBad.medianMs, harmless.medianMs),
      goal: `≤ ${GOAL_MS} ms`,
      met: met(fullBad.maxMs <= GOAL_MS),
    },
    {
      measure: `8. moderation: full server on a ${PROMPT_CHARS.toLocaleString('en-US')}-char prompt of ordinary words, max of ${RUNS} (verdict: ${fullWords.verdict})`,
      ours: `${fmt(fullWords.maxMs, 2)} ms (median ${fmt(fullWords.medianMs, 2)})`,
      baseline: `${fmt(harmless.medianMs, 2)} ms (one harmless regex, median)`,
      ratio: ratio(fullWords.medianMs, harmless.medianMs),
      goal: `≤ ${GOAL_MS} ms`,
      met: met(fullWords.maxMs <= GOAL_MS),
    },
    {
      measure: `8. moderation: the same ^(a+)+$ on JavaScript's backtracking RegExp, ${worst.chars} chars (not ${PROMPT_CHARS.toLocaleString('en-US')}: it doubles per char)`,
      ours: `${fmt(bad.medianMs, 2)} ms for ${PROMPT_CHARS.toLocaleString('en-US')} chars (re2js)`,
      baseline: backtracking.map((b) => `${b.chars}: ${fmt(b.ms, 1)} ms`).join(', '),
      ratio: ratio(bad.medianMs, worst.ms, 3),
      goal: 'never use RegExp for a server’s patterns',
      met: '—',
    },
  ];
  return {
    name: 'moderation',
    rows,
    notes: [
      `Moderation: ${RUNS} checks per row, timed one by one; rules are compiled once per change, outside the timing. The process's very first check (cold JIT) took ${fmt(cold.maxMs, 1)} ms; then 200 small checks (${fmt(warmMs, 0)} ms) warm the engine up, as a running bot's is.`,
      `Compiling the full server's rules (done once per change of its words or AutoMod rules, not per prompt) took ${fmt(compileMs, 1)} ms.`,
      `Verdict rule: a regex's verdict is what the pattern says on the whole text (re2js, linear time); there is no time-out and no truncation (the checked text is bounded to ${(10_000).toLocaleString('en-US')} characters before any rule runs).`,
    ],
  };
}

await main(run);
