// 5. Kie's create limit: 200 /sora at once (20 guilds) to the real bot, in real time, against a fake
// Kie that enforces Kie's 20 creates per 10 s with real HTTP 429s. Checked on the fake's records:
// the most creates in any 10 s window, creates refused, jobs failed, and that every member who had
// to wait for a slot saw "Queued" in the reply before the job was sent. Baseline: the same 200
// creates sent at once without pacing (KieClient with the limiter opened up and no retries).
import { KieClient } from '../src/services/kie/client.ts';
import { Limiter } from '../src/services/kie/limiter.ts';
import { FakeDiscord, snowflake, type RecordedRequest } from '../sandbox/discord.ts';
import { FakeKie } from '../sandbox/kie.ts';
import { botEnv, fmt, KIE_KEY, main, memberId, met, percentile, say, seedLearned, spawnChild, stopChild, tempDir, until, type BenchResult } from './lib.ts';

const JOBS = 200;
const GUILDS = 20;
const WINDOW_MS = 10_000;
const KIE_LIMIT = 20;

/**
 * What is left of the 0.5 s margin at Kie: the closest any 21 consecutive create requests came, less
 * Kie's 10 s. Below 0 Kie answers 429; the smaller it is, the closer a slower store gets to that.
 */
function marginLeftMs(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let closest = Infinity;
  for (let i = 0; i + KIE_LIMIT < sorted.length; i++) closest = Math.min(closest, sorted[i + KIE_LIMIT]! - sorted[i]!);
  return closest - WINDOW_MS;
}

function maxInWindow(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= WINDOW_MS) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

async function baseline(): Promise<{ accepted: number; refused: number; maxWindow: number }> {
  const kie = await FakeKie.start({ apiKey: KIE_KEY });
  try {
    const client = new KieClient({ baseUrl: kie.url, apiKey: KIE_KEY, createRetries: 0, createLimiter: new Limiter({ limit: 1_000_000, windowMs: 1 }) });
    const results = await Promise.allSettled(
      Array.from({ length: JOBS }, (_, i) => client.createTask('kling-3.0/video', { prompt: `unpaced ${i}`, duration: '5', sound: true, mode: 'std', aspect_ratio: '16:9' })),
    );
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    return { accepted, refused: JOBS - accepted, maxWindow: maxInWindow(kie.requests.filter((r) => r.route === 'createTask').map((r) => r.at)) };
  } finally {
    await kie.close();
  }
}

export async function run(): Promise<BenchResult> {
  const base = await baseline();
  say(`create limit baseline (no pacing): ${base.accepted} accepted, ${base.refused} refused with 429`);

  const guilds = Array.from({ length: GUILDS }, (_, i) => ({ id: snowflake(), name: `Busy guild ${i}` }));
  const discord = await FakeDiscord.start({ guilds });
  const kie = await FakeKie.start({ apiKey: KIE_KEY, plan: { waitingMs: 500, queueMs: 500, generateMs: 2_000 } });
  const tmp = tempDir('create');
  const databaseUrl = `sqlite://${tmp.dir}/bot.sqlite`;
  await seedLearned(databaseUrl, { 'kling-3.0/video': Array(20).fill(3_000) });
  const child = spawnChild('child/bot.ts', { env: botEnv({ discord, kieUrl: kie.url }, databaseUrl, { POLL_INTERVAL_MS: '1000' }) });
  try {
    await child.next('ready', 30_000);
    await discord.waitForIdentify();
    const prompts = Array.from({ length: JOBS }, (_, i) => `busy evening clip ${i}`);
    const sent = await Promise.all(
      prompts.map((p, i) =>
        discord.sendCommand({ name: 'sora', guildId: guilds[i % GUILDS]!.id, user: { id: memberId(i), username: `m${i}` }, options: [{ name: 'prompt', type: 3, value: p }] }),
      ),
    );
    const t0 = Math.min(...sent.map((s) => s.dispatchedAt));
    await until(() => kie.created().length >= JOBS, 180_000, `${JOBS} creates`, 250).catch((e: unknown) => say(String(e)));
    const withVideo = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(token) && (r.files?.length ?? 0) > 0;
    const deliveredCount = () => sent.filter((s) => discord.requests.some(withVideo(s.token))).length;
    await until(() => deliveredCount() === JOBS, 30_000, 'every video delivered', 250).catch((e: unknown) => say(String(e)));
    const stopped = await stopChild(child);

    const created = kie.created();
    const createTimes = created.map((c) => c.at);
    const maxWindow = maxInWindow(createTimes);
    const refused = kie.count('createTask') - created.length;
    const marginLeft = marginLeftMs(kie.requests.filter((r) => r.route === 'createTask').map((r) => r.at));
    const spanS = (Math.max(...createTimes) - t0) / 1000;
    const failed = sent.filter((s) => (discord.originalFor(s.token)?.payloads ?? []).some((p) => JSON.stringify(p).includes('could not be made'))).length;
    const refusals = sent.filter((s) => (discord.interaction(s.token)?.followUpIds.length ?? 0) > 0).length;

    // Members who waited for a slot: their task was created after the first window's worth.
    const firstWindow = [...createTimes].sort((a, b) => a - b)[KIE_LIMIT - 1] ?? 0;
    let waiting = 0;
    let queuedFirst = 0;
    const toQueued: number[] = [];
    for (let i = 0; i < JOBS; i++) {
      const s = sent[i]!;
      const task = created.find((c) => c.input['prompt'] === prompts[i]);
      const queuedEdit = discord.requests.find((r) => r.method === 'PATCH' && r.path.includes(s.token) && JSON.stringify(r.json ?? '').includes('Queued'));
      if (queuedEdit) toQueued.push(queuedEdit.at - s.dispatchedAt);
      if (!task || task.at <= firstWindow) continue;
      waiting += 1;
      if (queuedEdit && queuedEdit.at <= task.at) queuedFirst += 1;
    }
    say(
      `create limit ours: ${created.length} created over ${fmt(spanS, 1)} s, max ${maxWindow} in any 10 s, ${refused} refused, margin left at Kie ${fmt(marginLeft)} ms, ${deliveredCount()} delivered, ${failed} failed, ${refusals} refusals; "Queued" shown before the create to ${queuedFirst}/${waiting} waiting members; dispatch → "Queued" p50 ${fmt(percentile(toQueued, 0.5))} ms, p99 ${fmt(percentile(toQueued, 0.99))} ms; stop ${stopped ? fmt(stopped.stopMs) : '?'} ms`,
    );
    const allCreated = created.length === JOBS;
    return {
      name: 'createLimit',
      rows: [
        {
          measure: `5. ${JOBS} jobs at once: most Kie creates in any 10 s`,
          ours: `${maxWindow}${allCreated ? '' : ` (only ${created.length} created)`}`,
          baseline: `${base.maxWindow} sent (unpaced)`,
          ratio: '—',
          goal: `≤ ${KIE_LIMIT}`,
          met: met(maxWindow <= KIE_LIMIT && allCreated),
        },
        {
          measure: `5. creates refused by Kie (429) | jobs failed`,
          ours: `${refused} | ${failed}`,
          baseline: `${base.refused} | ${base.refused} (unpaced, no retry)`,
          ratio: '—',
          goal: '0 | 0',
          met: met(refused === 0 && failed === 0 && refusals === 0),
        },
        {
          measure: `5. margin left at Kie: closest ${KIE_LIMIT + 1} creates, less 10 s (ms)`,
          ours: fmt(marginLeft),
          baseline: '500 (the margin)',
          ratio: '—',
          goal: '> 0',
          met: met(marginLeft > 0),
        },
        {
          measure: `5. waiting members whose reply said "Queued" before their create`,
          ours: `${queuedFirst}/${waiting}`,
          baseline: '—',
          ratio: '—',
          goal: 'all',
          met: met(waiting > 0 && queuedFirst === waiting),
        },
        {
          measure: `5. dispatch → last create, s | dispatch → "Queued" reply p99, ms`,
          ours: `${fmt(spanS, 1)} | ${fmt(percentile(toQueued, 0.99))}`,
          baseline: `${fmt((Math.ceil(JOBS / KIE_LIMIT) - 1) * (WINDOW_MS / 1000), 0)} (Kie's floor) | —`,
          ratio: '—',
          goal: '—',
          met: '—',
        },
      ],
      notes: [
        `Create limit: real time, real limiter (20 per 10 s + 0.5 s margin) against the fake's real 429 window; jobs 0.5 s waiting + 0.5 s queuing + 2 s generating at Kie, then delivered: ${deliveredCount()}/${JOBS} videos delivered, ${failed} failed, ${refusals} refused. Dispatch → "Queued" reply p50 ${fmt(percentile(toQueued, 0.5))} ms, max ${fmt(Math.max(...toQueued))} ms (discord.js paces REST at 50 requests/s). Baseline: the same ${JOBS} creates fired at once through KieClient with its limiter opened and createRetries 0: ${base.accepted} accepted, ${base.refused} refused with HTTP 429.`,
      ],
    };
  } finally {
    child.kill();
    await discord.close();
    await kie.close();
    tmp.remove();
  }
}

if (import.meta.main) await main(run);
