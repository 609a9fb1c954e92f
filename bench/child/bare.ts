// Baseline for the acknowledgement benchmark: a bare discord.js Client that only defers, with the
// same intents and REST settings as the bot, against the same fake Discord.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const options = JSON.parse(process.env.BENCH_CHILD_OPTIONS ?? '{}') as { env: Record<string, string>; monitorLoop?: boolean };
const env = options.env;
const send = (message: Record<string, unknown>, then?: () => void): void => {
  if (process.connected) process.send!(message, undefined, {}, () => then?.());
  else then?.();
};
process.on('disconnect', () => process.exit(0));

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: env.DISCORD_API_URL! } });
const received: Record<string, number> = {};
const handlerUs: number[] = [];
client.on(Events.InteractionCreate, (interaction) => {
  const start = performance.now();
  if (interaction.isChatInputCommand()) void interaction.deferReply().catch(() => undefined);
  handlerUs.push((performance.now() - start) * 1000);
  received[interaction.id] = Date.now();
});
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
await client.login(env.DISCORD_TOKEN);
await ready;
send({ type: 'ready' });
if (options.monitorLoop) loopDelay.enable();

process.on('message', (raw) => {
  const type = (raw as { type: string }).type;
  if (type === 'stats') {
    send({ type: 'stats', received, handlerUs: handlerUs.splice(0), loop: { maxMs: loopDelay.max / 1e6, p99Ms: loopDelay.percentile(99) / 1e6, meanMs: loopDelay.mean / 1e6 } });
    loopDelay.reset();
  }
  if (type === 'stop') {
    void client.destroy().then(() => send({ type: 'stopped', stopMs: 0, completed: true }, () => process.exit(0)));
  }
});
