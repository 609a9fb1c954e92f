// `npm run sandbox`: the real bot against the Discord and Kie stand-ins, with a page to use it.
// No accounts, no .env; nothing leaves 127.0.0.1. Settings come from SANDBOX_* variables (README).
import { startSandbox } from './start.ts';

const env = process.env;

function intSetting(name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`${name} must be a whole number from ${min} to ${max}; got "${raw}".\n`);
    process.exit(78);
  }
  return value;
}

const port = intSetting('SANDBOX_PORT', 3000, 0, 65535);
const memory = env.SANDBOX_MEMORY === '1' || env.SANDBOX_MEMORY === 'true';
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const logLevel = logLevels.find((l) => l === env.SANDBOX_LOG_LEVEL) ?? 'warn';

const startedAt = Date.now();
let sandbox;
try {
  sandbox = await startSandbox({
    port,
    databaseUrl: memory ? 'memory://' : 'sqlite://data/sandbox.sqlite',
    taskSeconds: intSetting('SANDBOX_TASK_SECONDS', 15, 1, 600),
    startingCredits: intSetting('SANDBOX_CREDITS', 500, 0, 1_000_000),
    logLevel,
  });
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    process.stderr.write(`Port ${port} is in use. Try another one: SANDBOX_PORT=3001 npm run sandbox\n`);
    process.exit(1);
  }
  throw error;
}

process.stdout.write(
  [
    '',
    `  Sandbox ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: open ${sandbox.url}`,
    '',
    '  The real bot runs against stand-ins for Discord and Kie.ai on 127.0.0.1; no accounts, nothing is paid.',
    `  Store: ${memory ? 'memory (forgotten on exit)' : 'data/sandbox.sqlite'} · videos take about ${intSetting('SANDBOX_TASK_SECONDS', 15, 1, 600)} s · Ctrl+C stops.`,
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => process.exit(1), 9_000);
  force.unref();
  sandbox
    .close()
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
