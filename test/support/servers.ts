// Real Postgres and Redis servers for the store contract tests: Debian's packages (postgresql,
// redis-server; .ci/run installs them), on loopback, on a free port, with their data in a temporary
// folder that is removed on stop. A server that cannot start is a failed test with the reason, never
// a skipped one.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServer {
  /** A DATABASE_URL for the server (Postgres: database `bot`, user `bot`, password `test-secret-pw`). */
  url: string;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
  /** Stops the server, keeping its data and port, as an outage would. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port. */
  resume(): Promise<void>;
}

export const POSTGRES_PASSWORD = 'test-secret-pw';

export class ServerStartError extends Error {
  constructor(what: string, why: string) {
    super(`${what} could not start for the store contract tests: ${why}`);
    this.name = 'ServerStartError';
  }
}

/** Debian keeps each major version's binaries in /usr/lib/postgresql/<major>/bin; the newest wins. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres'))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new ServerStartError('Postgres', `no server binaries under ${root} (install them: apt-get install -y postgresql, or run .ci/run)`);
  return join(root, newest, 'bin');
}

/** Postgres refuses to run as root: as root the server runs as the `postgres` user the package creates. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || uid <= 0) throw new ServerStartError('Postgres', 'running as root and there is no `postgres` user to run the server as (apt-get install -y postgresql creates it)');
  return { uid, gid };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPostgres(): Promise<TestServer> {
  const bin = postgresBin();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'bot-pg-'));
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, POSTGRES_PASSWORD);
  chmodSync(dir, 0o700);
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'bot', '--pwfile', pwfile, '-A', 'scram-sha-256', '--no-sync', '-E', 'UTF8', '--no-instructions'], {
    encoding: 'utf8',
    cwd: dir,
    ...asUser,
  });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new ServerStartError('Postgres', `initdb failed: ${(init.stderr || init.error?.message || '').trim()}`);
  }
  const port = await freePort();
  const args = ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', dir, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'];
  const launch = async () => {
    const child = spawn(join(bin, 'postgres'), args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...asUser });
    try {
      await waitForPort(child, port, 'Postgres', collect(child));
    } catch (error) {
      await stopChild(child, 'SIGINT');
      throw error;
    }
    return child;
  };
  let child: ChildProcess | undefined;
  try {
    child = await launch();
    // The port opens a moment before the server accepts logins.
    const psql = (sql: string) => spawnSync(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'bot', '-d', 'postgres', '-Atc', sql], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: POSTGRES_PASSWORD } });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const result = psql('CREATE DATABASE bot');
      if (result.status === 0) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new ServerStartError('Postgres', `cannot create the test database: ${result.stderr.trim()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    if (child) await stopChild(child, 'SIGINT');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://bot:${POSTGRES_PASSWORD}@127.0.0.1:${port}/bot`,
    async stop() {
      if (child) await stopChild(child, 'SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
    async halt() {
      if (child) await stopChild(child, 'SIGINT');
    },
    async resume() {
      child = await launch();
    },
  };
}

export async function startRedis(): Promise<TestServer> {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const binary = which.stdout.trim();
  if (which.status !== 0 || !binary) throw new ServerStartError('Redis', 'redis-server is not installed (apt-get install -y redis-server, or run .ci/run)');
  const dir = mkdtempSync(join(tmpdir(), 'bot-redis-'));
  const port = await freePort();
  const launch = async () => {
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await waitForPort(child, port, 'Redis', collect(child));
    } catch (error) {
      await stopChild(child, 'SIGTERM');
      throw error;
    }
    return child;
  };
  let child: ChildProcess;
  try {
    child = await launch();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
    async halt() {
      await stopChild(child, 'SIGTERM');
    },
    async resume() {
      child = await launch();
    },
  };
}

function collect(child: ChildProcess): () => string {
  let text = '';
  const add = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-2_000);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => text.trim();
}

async function waitForPort(child: ChildProcess, port: number, what: string, output: () => string): Promise<void> {
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (spawnError) throw new ServerStartError(what, spawnError.message);
    if (child.exitCode !== null) throw new ServerStartError(what, `exited with code ${child.exitCode}: ${output()}`);
    if (await accepts(port)) return;
    if (Date.now() > deadline) throw new ServerStartError(what, `no answer on 127.0.0.1:${port} after 20 s: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
