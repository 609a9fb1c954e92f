// The real bot (createApp) in a process of its own, so its RSS and CPU are its own and the fakes
// (in the parent) do not share its event loop. Driven by the parent over IPC:
//   → ready {timings, memory}   ← stats → stats {memory, cpu, store reads, log counts}   ← stop → stopped
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { profileOnRequest, watchCallbacks, watchGc } from './probes.ts';
import { Writable } from 'node:stream';
import Keyv from 'keyv';
import { configSchema, secretsOf } from '../../src/config.ts';
import { createApp } from '../../src/index.ts';
import { createLogger } from '../../src/logger.ts';
import { Jobs } from '../../src/services/jobs/service.ts';
import { KieClient } from '../../src/services/kie/client.ts';
import { Limiter, type LimiterOptions } from '../../src/services/kie/limiter.ts';
import { PollPlanner } from '../../src/services/jobs/pollPlan.ts';

export interface BotChildOptions {
  /** Environment for configSchema.parse. */
  env: Record<string, string>;
  /** Replaces the KieClient's create/read limiters (time-scaled benchmarks scale them too). */
  kieLimits?: { create: LimiterOptions; read: LimiterOptions };
  /** Baseline only: every check of every job this long after the previous one (the planner is bypassed). */
  fixedPollMs?: number;
  /** How long `stop` may take before the child exits anyway. */
  stopTimeoutMs?: number;
  /** Diagnostics only (bench/ackExperiments.ts): the command defers, then waits forever instead of submitting. */
  stubSubmit?: boolean;
  /** Diagnostics only: /sora is deferred by a listener ahead of the bot's, before any of its own work. */
  deferFirst?: boolean;
  /** Sample the event loop's delay (a 5 ms timer: costs CPU, so only where it is reported). */
  monitorLoop?: boolean;
}

const importedMs = performance.now();
const options = JSON.parse(process.env.BENCH_CHILD_OPTIONS ?? '{}') as BotChildOptions;
const send = (message: Record<string, unknown>, then?: () => void): void => {
  if (process.connected) process.send!(message, undefined, {}, () => then?.());
  else then?.();
};
process.on('disconnect', () => process.exit(0));

// Store reads by collection: the way to see whether the bot touches job records it does not need.
const reads: Record<string, number> = {};
const keyvProto = Keyv.prototype as unknown as { get: (...args: unknown[]) => unknown; getMany: (...args: unknown[]) => unknown };
const originalGet = keyvProto.get;
const originalGetMany = keyvProto.getMany;
keyvProto.get = function (this: { namespace?: string }, ...args: unknown[]) {
  const ns = this.namespace ?? '?';
  reads[ns] = (reads[ns] ?? 0) + (Array.isArray(args[0]) ? args[0].length : 1);
  return originalGet.apply(this, args);
};
keyvProto.getMany = function (this: { namespace?: string }, ...args: unknown[]) {
  const ns = this.namespace ?? '?';
  reads[ns] = (reads[ns] ?? 0) + (Array.isArray(args[0]) ? args[0].length : 1);
  return originalGetMany.apply(this, args);
};

if (options.stubSubmit) Jobs.prototype.submit = () => new Promise(() => undefined);

if (options.fixedPollMs !== undefined) {
  const every = options.fixedPollMs;
  PollPlanner.prototype.firstCheckAt = (_model: string, submittedAt: number) => submittedAt + every;
  PollPlanner.prototype.nextCheckAt = (_model: string, _submittedAt: number, now: number) => now + every;
}

// Logs are written and discarded as in production at LOG_LEVEL=info; a few lines are watched.
let resumedAt: number | undefined;
let resumed: unknown;
const levels: Record<string, number> = {};
const problems: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line === '') continue;
      const level = /"level":(\d+)/.exec(line)?.[1] ?? '?';
      levels[level] = (levels[level] ?? 0) + 1;
      if (line.includes('"jobs resumed"')) {
        resumedAt = performance.now();
        resumed = JSON.parse(line);
      }
      if (Number(level) >= 40 && problems.length < 30) problems.push(line.slice(0, 400));
    }
    done();
  },
});

const config = configSchema.parse(options.env);
const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config), destination: sink });
const kie = options.kieLimits
  ? new KieClient({
      baseUrl: config.KIE_API_URL,
      apiKey: config.KIE_API_KEY,
      logger,
      createLimiter: new Limiter(options.kieLimits.create),
      readLimiter: new Limiter(options.kieLimits.read),
      // As createApp does: with PUBLIC_URL set, every create asks Kie for a callback.
      ...(config.PUBLIC_URL === undefined ? {} : { callbackUrl: `${config.PUBLIC_URL}/kie/callback` }),
    })
  : undefined;

const memory = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, maxRss: process.resourceUsage().maxRSS * 1024 };
};

const t0 = performance.now();
const app = await createApp(config, { logger, ...(kie ? { kie } : {}) });
const t1 = performance.now();
// When discord.js said every shard is ready (every server's GUILD_CREATE in), on the system clock.
let clientReadyAt = 0;
app.client.once('clientReady', () => {
  clientReadyAt = Date.now();
});
await app.start();
const t2 = performance.now();

// When each interaction reached the bot's listeners (ours runs first, this one right after it), and
// the event loop's delay over the process's life, to split an acknowledgement into its parts.
if (options.deferFirst) {
  app.client.prependListener('interactionCreate', (interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== 'sora') return;
    const deferred = interaction.deferReply();
    // The bot's own deferReply() later just waits for this one.
    interaction.deferReply = (() => deferred) as typeof interaction.deferReply;
  });
}
const received: Record<string, number> = {};
/** µs the listeners ahead of ours spent synchronously on each interaction (the bot's handler up to its first await). */
const handlerUs: number[] = [];
let handlerStart = 0;
app.client.prependListener('interactionCreate', () => {
  handlerStart = performance.now();
  callbacks.received();
});
app.client.on('interactionCreate', (interaction) => {
  handlerUs.push((performance.now() - handlerStart) * 1000);
  received[interaction.id] = Date.now();
});
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
const gcTaken = watchGc();
const callbacks = watchCallbacks();
if (options.monitorLoop) loopDelay.enable();
const loop = () => ({ maxMs: loopDelay.max / 1e6, p99Ms: loopDelay.percentile(99) / 1e6, meanMs: loopDelay.mean / 1e6 });

send({
  type: 'ready',
  importMs: importedMs,
  createAppMs: t1 - t0,
  startMs: t2 - t1,
  /** From the createApp() call to the "jobs resumed" line (every open job is scheduled then). */
  scheduledMs: resumedAt === undefined ? null : resumedAt - t0,
  resumed,
  clientReadyAt,
  guilds: app.client.guilds.cache.size,
  memory: memory(),
});

process.on('message', (raw) => {
  const message = raw as { type: string; file?: string };
  if (profileOnRequest(message, send)) {
    // A CPU profile started or written.
  } else if (message.type === 'gc') {
    // Only with --expose-gc: what the process keeps once garbage is collected.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    send({ type: 'gc', collected: gc !== undefined, memory: memory() });
  } else if (message.type === 'stats') {
    send({ type: 'stats', memory: memory(), cpu: process.cpuUsage(), reads: { ...reads }, levels: { ...levels }, problems: [...problems], received, loop: loop(), handlerUs: handlerUs.splice(0), gc: gcTaken(), callbacks: callbacks.take() });
    loopDelay.reset();
  } else if (message.type === 'stop') {
    const started = performance.now();
    const timeout = options.stopTimeoutMs ?? 10_000;
    void Promise.race([app.stop().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout).unref())]).then((completed) => {
      send({ type: 'stopped', stopMs: performance.now() - started, completed, levels: { ...levels }, problems: [...problems] }, () => process.exit(0));
    });
  }
});
