// `npm run start:sharded` as a real process tree: the manager (src/sharded.ts) and the bot
// processes it forks, with every JSON log line of all of them collected.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './servers.ts';
import { until } from './wait.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ShardedBot {
  readonly manager: ChildProcess;
  /** Every log line written so far, parsed (non-JSON lines are kept as { text }). */
  readonly lines: Array<Record<string, unknown>>;
  /** Pids of bot process `index`, in the order they were started. */
  pids(index: number): number[];
  /** Waits until bot process `index` has been started `times` times. */
  waitForStarts(index: number, times: number, timeoutMs?: number): Promise<number>;
  /** Waits until bot process `index` has said 'bot ready' `times` times (it takes commands). */
  waitForReady(index: number, times?: number, timeoutMs?: number): Promise<void>;
  /** Resolves with the manager's exit code when it exits on its own. */
  readonly stopped: Promise<number | null>;
  /** SIGTERM to the manager; resolves with its exit code once it and its processes are gone. */
  stop(): Promise<number | null>;
}

export function startShardedBot(env: Record<string, string>): ShardedBot {
  const manager = spawn(process.execPath, ['src/sharded.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const collect = (chunk: Buffer) => {
    for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
      try {
        lines.push(JSON.parse(text) as Record<string, unknown>);
      } catch {
        lines.push({ text });
      }
    }
  };
  manager.stdout!.on('data', collect);
  manager.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => manager.once('exit', (code) => resolve(code)));
  const pids = (index: number) => lines.filter((l) => l.msg === 'bot process started' && l.process === index).map((l) => Number(l.pid));
  return {
    manager,
    lines,
    pids,
    stopped: exited,
    async waitForStarts(index, times, timeoutMs = 30_000) {
      await until(() => pids(index).length >= times || manager.exitCode !== null, timeoutMs, `bot process ${index} started ${times} time(s)`);
      if (manager.exitCode !== null) throw new Error(`the manager exited (${manager.exitCode}):\n${lines.slice(-20).map((l) => JSON.stringify(l)).join('\n')}`);
      return pids(index)[times - 1]!;
    },
    async waitForReady(index, times = 1, timeoutMs = 30_000) {
      const ready = () => lines.filter((l) => l.msg === 'bot ready' && l.process === index).length;
      await until(() => ready() >= times || manager.exitCode !== null, timeoutMs, `bot process ${index} ready`).catch((error: unknown) => {
        throw new Error(`${(error as Error).message}; its last lines:\n${lines.filter((l) => l.process === index || l.process === undefined).slice(-15).map((l) => JSON.stringify(l)).join('\n')}`);
      });
      if (manager.exitCode !== null) throw new Error(`the manager exited (${manager.exitCode})`);
    },
    async stop() {
      if (manager.exitCode === null) manager.kill('SIGTERM');
      return exited;
    },
  };
}

/** Two free loopback ports in a row: sharded process k listens on HTTP_PORT + k. */
export async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port < 65_535 && (await isFree(port + 1))) return port;
  }
}

async function isFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
