// Baseline for the acknowledgement and many-servers benchmarks: a bare discord.js Client with default
// caches, the Guilds intent and discord.js's REST defaults that only defers (its callbacks are never
// paced by the global limit, the bot's are not either), with the bot's shards when `shards` is given,
// against the same fake Discord.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { profileOnRequest, watchCallbacks, watchGc } from './probes.ts';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const options = JSON.parse(process.env.BENCH_CHILD_OPTIONS ?? '{}') as { env: Record<string, string>; monitorLoop?: boolean; shards?: number };
const env = options.env;
const send = (message: Record<string, unknown>, then?: () => void): void => {
  if (process.connected) process.send!(message, undefined, {}, () => then?.());
  else then?.();
};
process.on('disconnect', () => process.exit(0));

const shards = options.shards === undefined ? {} : { shards: Array.from({ length: options.shards }, (_, i) => i), shardCount: options.shards };
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: env.DISCORD_API_URL! }, ...shards });
const received: Record<string, number> = {};
const handlerUs: number[] = [];
client.on(Events.InteractionCreate, (interaction) => {
  const start = performance.now();
  callbacks.received();
  if (interaction.isChatInputCommand()) void interaction.deferReply().catch(() => undefined);
  handlerUs.push((performance.now() - start) * 1000);
  received[interaction.id] = Date.now();
});
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
const gcTaken = watchGc();
const callbacks = watchCallbacks();
const memory = () => ({ rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed, maxRss: process.resourceUsage().maxRSS * 1024 });
let clientReadyAt = 0;
const ready = new Promise<void>((resolve) =>
  client.once(Events.ClientReady, () => {
    clientReadyAt = Date.now();
    resolve();
  }),
);
await client.login(env.DISCORD_TOKEN);
await ready;
send({ type: 'ready', clientReadyAt, guilds: client.guilds.cache.size, memory: memory() });
if (options.monitorLoop) loopDelay.enable();

process.on('message', (raw) => {
  const type = (raw as { type: string }).type;
  if (profileOnRequest(raw as { type: string; file?: string }, send)) return;
  if (type === 'stats') {
    send({ type: 'stats', memory: memory(), received, handlerUs: handlerUs.splice(0), gc: gcTaken(), callbacks: callbacks.take(), loop: { maxMs: loopDelay.max / 1e6, p99Ms: loopDelay.percentile(99) / 1e6, meanMs: loopDelay.mean / 1e6 } });
    loopDelay.reset();
  }
  if (type === 'gc') {
    // Only with --expose-gc: what the process keeps once garbage is collected.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    send({ type: 'gc', collected: gc !== undefined, memory: memory() });
  }
  if (type === 'stop') {
    void client.destroy().then(() => send({ type: 'stopped', stopMs: 0, completed: true }, () => process.exit(0)));
  }
});
