// Diagnostics for the acknowledgement bursts, shared by the bot's and the bare client's children:
// garbage collections between two `stats` requests, and the path of each defer callback inside the
// process (request created, connection opened, headers written), to split a burst's time.
import diagnostics from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Now, in ms since the epoch with performance.now()'s resolution: comparable with the parent's Date.now(). */
const epochNow = (): number => performance.timeOrigin + performance.now();

/** V8's kinds of collection, as perf_hooks reports them. */
const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks', 16: 'minor' };

export function watchGc(): () => { count: number; ms: number; maxMs: number; at: Array<[number, number, string]> } {
  let entries: PerformanceEntry[] = [];
  new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
  return () => {
    const taken = entries;
    entries = [];
    return {
      count: taken.length,
      ms: taken.reduce((sum, e) => sum + e.duration, 0),
      maxMs: Math.max(0, ...taken.map((e) => e.duration)),
      // When each began (ms since the epoch), how long it took and its kind, to set beside the defers' path.
      at: taken.map((e) => [performance.timeOrigin + e.startTime, e.duration, GC_KINDS[((e as { detail?: { kind?: number } }).detail)?.kind ?? 0] ?? 'other']),
    };
  };
}

/** Milestones of interaction callbacks (POST …/callback) since the last take, in ms since the epoch (fractional), and the CPU time spent between the first interaction and each defer written. */
export function watchCallbacks(): { received(): void; take(): Record<string, number[]> } {
  let marks: Record<string, number[]> = { received: [], created: [], connected: [], headersSent: [], cpuAtFirst: [], cpuAtWritten: [] };
  const isCallback = (request: { path?: string; method?: string }) => request.method === 'POST' && (request.path ?? '').includes('/callback');
  diagnostics.subscribe('undici:request:create', (m) => {
    if (isCallback((m as { request: { path?: string; method?: string } }).request)) marks.created!.push(epochNow());
  });
  diagnostics.subscribe('undici:client:connected', () => marks.connected!.push(epochNow()));
  // The process's CPU time (user + system, ms) when the first interaction arrived and when each defer was written.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  diagnostics.subscribe('undici:client:sendHeaders', (m) => {
    if (!isCallback((m as { request: { path?: string; method?: string } }).request)) return;
    marks.headersSent!.push(epochNow());
    marks.cpuAtWritten!.push(cpuMs());
  });
  const empty = () => ({ received: [], created: [], connected: [], headersSent: [], cpuAtFirst: [], cpuAtWritten: [] });
  return {
    received: () => {
      if (marks.received!.length === 0) marks.cpuAtFirst!.push(cpuMs());
      marks.received!.push(epochNow());
    },
    take() {
      const taken = marks;
      marks = empty();
      return taken;
    },
  };
}

/** What `watchGc` and `watchCallbacks` took over one burst, as the children report them. */
export interface BurstProbes {
  gc: { count: number; ms: number; at: Array<[number, number, string]> };
  callbacks: Record<string, number[]>;
}

/**
 * One burst inside the process, in ms from the first dispatch (the fake's clock): when the first
 * interaction arrived, the last defer was created and written, and the fake received the last one;
 * the collections in all, and those before the last defer was written.
 */
export function describeBurst(probes: BurstProbes, dispatchedAt: number, lastAckAt: number): string {
  const { received = [], created = [], connected = [], headersSent = [], cpuAtFirst = [], cpuAtWritten = [] } = probes.callbacks;
  const from = (xs: number[], pick: (xs: number[]) => number) => (xs.length ? (pick(xs) - dispatchedAt).toFixed(0) : '—');
  const lastWritten = Math.max(...headersSent);
  const before = probes.gc.at.filter(([start]) => start < lastWritten);
  return (
    `first received ${from(received, (xs) => Math.min(...xs))}, last received ${from(received, (xs) => Math.max(...xs))}, ` +
    `last defer created ${from(created, (xs) => Math.max(...xs))}, ${connected.length} connections opened, last written ${from(headersSent, (xs) => Math.max(...xs))}, ` +
    `last received by the fake ${(lastAckAt - dispatchedAt).toFixed(0)} ms; CPU from the first interaction to the last defer written ${cpuAtFirst.length && cpuAtWritten.length ? (Math.max(...cpuAtWritten) - cpuAtFirst[0]!).toFixed(1) : '—'} ms; GC ${probes.gc.count}×/${probes.gc.ms.toFixed(0)} ms ` +
    `(${before.length}×/${before.reduce((sum, [, d]) => sum + d, 0).toFixed(0)} ms before the last defer was written${before.length ? `: ${before.map(([, d, kind]) => `${kind} ${d.toFixed(1)}`).join(', ')}` : ''})`
  );
}

let profiler: Session | undefined;

/**
 * `profileStart` / `profileStop {file}` from the parent: a CPU profile of a window (e.g. a burst),
 * written as a .cpuprofile file (bench/profile.ts summarises it). False for any other message.
 */
export function profileOnRequest(message: { type: string; file?: string }, send: (message: Record<string, unknown>) => void): boolean {
  if (message.type === 'profileStart') {
    void (async () => {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.setSamplingInterval', { interval: 100 });
      await profiler.post('Profiler.start');
      send({ type: 'profileStarted' });
    })();
    return true;
  }
  if (message.type === 'profileStop') {
    void (async () => {
      if (profiler && message.file) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(message.file, JSON.stringify(profile));
        profiler.disconnect();
        profiler = undefined;
      }
      send({ type: 'profileStopped' });
    })();
    return true;
  }
  return false;
}
