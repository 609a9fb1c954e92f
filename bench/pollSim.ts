// The polling question without clocks: Kie completion times drawn from its real spread, and the
// check schedules evaluated in virtual time at real scale (seconds, not scaled). Used by
// bench/polling.ts (1) as a cross-check of the end-to-end run free of scaling artefacts, and (2) for
// the lower bound: the best any polling schedule can do, knowing the distribution exactly.
import { PollPlanner } from '../src/services/jobs/pollPlan.ts';
import { normal, rng } from './lib.ts';

/**
 * Seconds from create to success. reference/kie-api.md §7.3: real costTime 56–313 s for live video
 * models (one 785 s outlier); "plan for 1–6 minutes, with outliers above 10 minutes". Modelled as a
 * lognormal body (median 150 s; 90% between ~70 and ~315 s) plus 6% outliers of 10–14 minutes.
 */
export function completionSeconds(random: () => number): number {
  if (random() < 0.06) return 600 + random() * 240;
  return Math.min(480, Math.max(45, 150 * Math.exp(0.45 * normal(random))));
}

export function drawCompletions(n: number, seed: number): number[] {
  const random = rng(seed);
  return Array.from({ length: n }, () => completionSeconds(random));
}

export interface Schedule {
  /** Seconds after create of the first check. */
  first(): number;
  /** Next check after a check at `t` that found the task unfinished. */
  next(t: number): number;
  /** A finished task's time is known: the adaptive planner learns it. */
  learn?(seconds: number): void;
}

export interface Outcome {
  readsPerJob: number;
  meanDelayS: number;
  p95DelayS: number;
}

export function evaluate(completions: number[], schedule: () => Schedule): Outcome {
  let reads = 0;
  const delays: number[] = [];
  for (const c of completions) {
    const s = schedule();
    let t = s.first();
    reads += 1;
    while (t < c) {
      t = s.next(t);
      reads += 1;
    }
    delays.push(t - c);
    s.learn?.(c);
  }
  delays.sort((a, b) => a - b);
  return { readsPerJob: reads / completions.length, meanDelayS: delays.reduce((a, b) => a + b, 0) / delays.length, p95DelayS: delays[Math.floor(0.95 * delays.length)]! };
}

export const fixed = (everyS: number) => (): Schedule => ({ first: () => everyS, next: (t) => t + everyS });

/** src/services/pollPlan.ts as the bot runs it: one planner shared by all jobs, learning as they finish. */
export function planner(learned: number[], minIntervalS = 5, typicalS = 150): () => Schedule {
  const p = new PollPlanner({ minIntervalMs: minIntervalS * 1000 });
  for (const s of learned) void p.learn('m', s * 1000);
  return () => ({
    first: () => p.firstCheckAt('m', 0, typicalS * 1000) / 1000,
    next: (t) => p.nextCheckAt('m', 0, t * 1000, typicalS * 1000) / 1000,
    learn: (s) => void p.learn('m', s * 1000),
  });
}

/**
 * The best polling schedule for a known set of completion times, on a 1 s grid: dynamic programming
 * over "last check at t_i" minimising mean delay + λ·mean reads; λ is searched so that reads per
 * job stay at or under `maxReadsPerJob` (or the mean delay at or under `maxMeanDelayS`). Evaluated on
 * the same completions it was fitted to, so it is a lower bound for any real poller (which cannot
 * know them).
 */
export function bestPolling(completions: number[], limit: { maxReadsPerJob: number } | { maxMeanDelayS: number }, stepS = 1): Outcome & { checks: number } {
  const n = completions.length;
  const horizon = Math.ceil(Math.max(...completions) / stepS) + 1;
  const count = new Float64Array(horizon + 1); // jobs done by t_i
  const sum = new Float64Array(horizon + 1); // their completion times summed
  for (const c of completions) {
    const i = Math.ceil(c / stepS);
    count[i]! += 1;
    sum[i]! += c;
  }
  for (let i = 1; i <= horizon; i++) {
    count[i]! += count[i - 1]!;
    sum[i]! += sum[i - 1]!;
  }
  const solve = (lambda: number) => {
    const value = new Float64Array(horizon + 1);
    const nextOf = new Int32Array(horizon + 1);
    for (let i = horizon; i >= 0; i--) {
      if (count[i] === n) {
        value[i] = 0;
        nextOf[i] = -1;
        continue;
      }
      let best = Infinity;
      let arg = -1;
      const open = n - count[i]!;
      for (let j = i + 1; j <= horizon; j++) {
        const t = j * stepS;
        const delay = t * (count[j]! - count[i]!) - (sum[j]! - sum[i]!);
        const cost = lambda * open + delay + value[j]!;
        if (cost < best) {
          best = cost;
          arg = j;
        }
      }
      value[i] = best;
      nextOf[i] = arg;
    }
    const checks: number[] = [];
    for (let i = nextOf[0]!; i > 0; i = nextOf[i]!) checks.push(i * stepS);
    const s: Schedule = { first: () => checks[0]!, next: (t) => checks.find((c) => c > t) ?? t + stepS };
    return { ...evaluate(completions, () => s), checks: checks.length };
  };
  // Larger λ: fewer reads, longer delay. Keep the feasible end of the interval.
  const fits = (r: Outcome) => ('maxReadsPerJob' in limit ? r.readsPerJob <= limit.maxReadsPerJob : r.meanDelayS <= limit.maxMeanDelayS);
  let lo = 0;
  let hi = 1_000;
  let best = solve('maxReadsPerJob' in limit ? hi : 0);
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    const r = solve(mid);
    const ok = fits(r);
    if (ok) best = r;
    if ('maxReadsPerJob' in limit === ok) hi = mid;
    else lo = mid;
  }
  return best;
}
