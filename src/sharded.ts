import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { ShardingManager, type Shard } from 'discord.js';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONFIG_EXIT, ConfigError, loadConfigOrExit, secretsOf } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { layoutOf, processCount, storeProblem } from './services/sharding/layout.ts';

/** Exit code of a process that refused its settings (main.ts): starting it again cannot help. */
/** Discord lets each identify bucket start one session per 5 s. */
const IDENTIFY_WINDOW_MS = 5_500;
const RESPAWN_MIN_MS = 500;
const RESPAWN_MAX_MS = 30_000;
/** A process that ran this long before dying is restarted at once again (the backoff resets). */
const STABLE_MS = 60_000;

/**
 * `npm run start:sharded`: discord.js's ShardingManager runs the bot in several processes, each the
 * full bot (main.ts → createApp) for `SHARDS_PER_PROCESS` of the `SHARDS` Discord shards. Each
 * manager "shard" is one process here: discord.js hands it its index (SHARDS) and the total shard
 * count (SHARD_COUNT), and config.ts turns them into the shard ids it holds. A process that dies is
 * started again (with a backoff if it keeps dying), and resumes its guilds' jobs from the store.
 */
export async function runSharded(): Promise<void> {
  const config = loadConfigOrExit();
  const refuseStore = (count: number) => {
    const problem = storeProblem(count, config.SHARDS_PER_PROCESS, config.DATABASE_URL);
    if (!problem) return;
    process.stderr.write(`${new ConfigError([`SHARDS is invalid: ${problem}`]).message}\n`);
    process.exit(CONFIG_EXIT);
  };
  if (typeof config.SHARDS === 'number') refuseStore(config.SHARDS);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) }).child({ role: 'manager' });
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  let gateway: RESTGetAPIGatewayBotResult;
  try {
    gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    logger.error({ err: error }, 'cannot ask Discord how many shards to run (is DISCORD_TOKEN right?)');
    process.exit(1);
  }
  const count = config.SHARDS === undefined || config.SHARDS === 'auto' ? gateway.shards : config.SHARDS;
  const perProcess = config.SHARDS_PER_PROCESS;
  refuseStore(count);
  const processes = processCount(count, perProcess);
  const maxConcurrency = gateway.session_start_limit.max_concurrency || 1;
  // Sessions in one identify bucket (shard id % max_concurrency) start 5 s apart: with more shards
  // than buckets, the next process waits until this one's shards have identified.
  const delay = count <= maxConcurrency ? 0 : IDENTIFY_WINDOW_MS * Math.ceil(perProcess / maxConcurrency);

  const entry = fileURLToPath(new URL(`./main${import.meta.filename.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
  const manager = new ShardingManager(entry, { totalShards: count, shardList: [...Array(processes).keys()], token: config.DISCORD_TOKEN, respawn: false, execArgv: process.execArgv, mode: 'process' });
  const supervisor = new Supervisor(manager, logger, perProcess);
  process.on('SIGTERM', () => void supervisor.stop('SIGTERM'));
  process.on('SIGINT', () => void supervisor.stop('SIGINT'));
  logger.info({ shards: count, processes, shardsPerProcess: perProcess, store: config.DATABASE_URL.split(':')[0] }, 'starting the bot in several processes');
  for (let index = 0; index < processes && !supervisor.stopping; index++) {
    const shard = manager.createShard(index);
    supervisor.watch(shard);
    await shard.spawn(-1);
    if (delay > 0 && index < processes - 1) await new Promise((r) => setTimeout(r, delay));
  }
}

/** Restarts processes that die; stops them all on SIGTERM/SIGINT or when one refuses its settings. */
class Supervisor {
  readonly #manager: ShardingManager;
  readonly #log: Logger;
  readonly #perProcess: number;
  readonly #backoff = new Map<number, number>();
  readonly #timers = new Set<NodeJS.Timeout>();
  stopping = false;

  constructor(manager: ShardingManager, logger: Logger, perProcess: number) {
    this.#manager = manager;
    this.#log = logger;
    this.#perProcess = perProcess;
  }

  watch(shard: Shard): void {
    const { ids } = layoutOf(shard.id, this.#manager.totalShards as number, this.#perProcess);
    let startedAt = Date.now();
    // mode 'process': each shard of the manager is a ChildProcess.
    shard.on('spawn', (spawned) => {
      const child = spawned as ChildProcess;
      startedAt = Date.now();
      this.#log.info({ process: shard.id, pid: child.pid, shards: ids }, 'bot process started');
    });
    shard.on('death', (died) => {
      const child = died as ChildProcess;
      if (this.stopping) return;
      if (child.exitCode === CONFIG_EXIT) {
        this.#log.error({ process: shard.id }, 'a bot process refused its settings; stopping every process');
        void this.stop('config', 1);
        return;
      }
      const lived = Date.now() - startedAt;
      const wait = lived >= STABLE_MS ? 0 : Math.min(RESPAWN_MAX_MS, Math.max(RESPAWN_MIN_MS, (this.#backoff.get(shard.id) ?? 0) * 2));
      this.#backoff.set(shard.id, wait);
      this.#log.warn({ process: shard.id, shards: ids, exitCode: child.exitCode, signal: child.signalCode ?? null, restartInMs: wait }, 'bot process died; starting it again');
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        if (!this.stopping) shard.spawn(-1).catch((error: unknown) => this.#log.error({ err: error, process: shard.id }, 'could not start the bot process again'));
      }, wait);
      this.#timers.add(timer);
    });
  }

  /** Asks every process to stop cleanly (they finish in-flight work), then exits. */
  async stop(reason: string, code = 0): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.#log.info({ reason }, 'stopping every bot process');
    for (const timer of this.#timers) clearTimeout(timer);
    const exits = [...this.#manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    });
    const force = setTimeout(() => {
      this.#log.error('bot processes took longer than 15 s to stop; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    await Promise.all(exits);
    process.exit(code);
  }
}

if (import.meta.main) await runSharded();
