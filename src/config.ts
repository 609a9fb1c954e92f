import { z } from 'zod';
import { layoutOf, storeProblem, type ShardLayout } from './services/sharding/layout.ts';

/**
 * The only place that reads the environment. Every other module receives a `Config` (or a part of
 * it) through its constructor, so tests build configs as plain objects.
 */

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const nonNegativeInt = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const commaList = z
  .string()
  .optional()
  .transform((v) =>
    v === undefined || v.trim() === ''
      ? undefined
      : v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
  );

/** `{"sora-2-pro": {"high:15": 400}}`: credits per option combination, overriding the registry. */
const priceOverrides = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return {};
    try {
      const parsed = z.record(z.string(), z.record(z.string(), z.number().positive())).safeParse(JSON.parse(v));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: 'custom', message: 'must be JSON like {"sora-2":{"standard:10":30}} with positive numbers' });
    return z.NEVER;
  });

/**
 * `20/10s`: at most 20 calls in any 10 seconds, plus a margin for network jitter (half a second for
 * creates, 50 ms for reads, as Kie's windows are 10 s and 1 s).
 */
const rateLimit = (fallback: string, marginMs: number, what: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx) => {
      const m = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*s\s*$/.exec(v);
      const limit = Number(m?.[1]);
      const windowMs = Math.round(Number(m?.[2]) * 1000);
      if (m && limit >= 1 && windowMs >= 1) return { limit, windowMs, marginMs };
      ctx.addIssue({ code: 'custom', message: `must look like ${fallback} (${what} per seconds)` });
      return z.NEVER;
    });

const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord id (digits only)');
const blankAsUnset = z.literal('').transform(() => undefined);
/** The base Kie can reach; kept without a trailing slash so `<PUBLIC_URL>/kie/callback` joins cleanly. */
const publicUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://bot.example.com' })
  .refine((v) => !URL.canParse(v) || (new URL(v).search === '' && new URL(v).hash === ''), 'must have no query or fragment')
  .transform((v) => v.replace(/\/+$/, ''));

// ---- Operators (issue 23): who adds credits, which servers are served, the Kie account watch ----
const snowflakeList = (what: string) =>
  commaList.superRefine((ids, ctx) => {
    for (const id of ids ?? []) if (!/^\d{15,22}$/.test(id)) ctx.addIssue({ code: 'custom', message: `"${id.slice(0, 30)}" is not a Discord ${what} id (digits only)` });
  });
const lowerEnum = <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined), z.enum(values, { error: `must be ${values.join(' or ')}` }).default(fallback));
const operatorSettings = {
  OPERATOR_IDS: snowflakeList('user'),
  // `operators`: only operators add credits; `admins`: any server's Manage Server (a bot for one community).
  CREDIT_GRANTS: lowerEnum(['operators', 'admins'], 'operators'),
  OPERATOR_CONTACT: z.string().trim().max(300, 'must be at most 300 characters').optional().transform((v) => (v === '' ? undefined : v)),
  ALLOWED_GUILDS: snowflakeList('server'),
  LEAVE_OTHER_GUILDS: lowerEnum(['true', 'false'], 'false').transform((v) => v === 'true'),
  OPERATOR_GUILD_ID: snowflake.optional().or(blankAsUnset),
  OPERATOR_CHANNEL_ID: snowflake.optional().or(blankAsUnset),
  KIE_LOW_BALANCE: nonNegativeInt(2000),
};

const settings = z.object({
  DISCORD_TOKEN: z.string().min(1),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional().or(z.literal('').transform(() => undefined)),
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  KIE_API_KEY: z.string().min(1),
  KIE_API_URL: z.url().default('https://api.kie.ai'),
  KIE_TIMEOUT_MS: positiveInt(30_000),
  DATABASE_URL: z.string().min(1).default('sqlite://data/bot.sqlite'),
  POLL_INTERVAL_MS: positiveInt(5_000),
  JOB_TIMEOUT_MS: positiveInt(30 * 60_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_MODEL: z.string().min(1).optional().or(z.literal('').transform(() => undefined)),
  MODELS_ENABLED: commaList,
  MODEL_PRICES: priceOverrides,
  DEFAULT_GUILD_CREDITS: nonNegativeInt(0),
  DAILY_SPEND_CEILING: z.coerce.number().int().positive().optional().or(z.literal('').transform(() => undefined)),
  MAX_ACTIVE_JOBS_PER_MEMBER: positiveInt(2),
  MAX_ACTIVE_JOBS_PER_GUILD: positiveInt(10),
  POLL_CONCURRENCY: positiveInt(8),
  // 0 picks a free port (tests); '' is unset, not 0.
  HTTP_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65_535).optional()),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: publicUrl.optional().or(blankAsUnset),
  KIE_WEBHOOK_HMAC_KEY: z.string().min(1).optional().or(blankAsUnset),
  // Asks Kie at start and hourly which enabled models are live (free: an empty-input create). `off` disables.
  MODEL_CHECK: z
    .preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined), z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'))
    .transform((v) => v === 'on'),
  KIE_CREATE_LIMIT: rateLimit('20/10s', 500, 'creates'),
  KIE_READ_LIMIT: rateLimit('10/1s', 50, 'reads'),
  // `auto` or a number; read in the transform below (in a process the ShardingManager started,
  // discord.js's own SHARDS and SHARD_COUNT say which process it is and how many shards there are).
  SHARDS: z.string().optional(),
  SHARDS_PER_PROCESS: positiveInt(1),
  SHARDING_MANAGER: z.string().optional(),
  SHARD_COUNT: z.coerce.number().int().positive().optional(),
  ...operatorSettings,
});

export const configSchema = settings.transform(({ SHARDING_MANAGER, SHARD_COUNT, SHARDS, ...c }, ctx) => {
  // The HTTP server runs when HTTP_PORT is set; callbacks need it, so PUBLIC_URL alone starts it on 8080.
  const httpPort = c.HTTP_PORT ?? (c.PUBLIC_URL === undefined ? undefined : 8080);
  const fail = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  };
  let shards: 'auto' | number | undefined;
  let sharding: ShardLayout | undefined;
  if (SHARDING_MANAGER === 'true') {
    const index = Number(SHARDS);
    const layout = SHARD_COUNT === undefined || !Number.isInteger(index) || index < 0 ? undefined : layoutOf(index, SHARD_COUNT, c.SHARDS_PER_PROCESS);
    if (!layout || layout.ids.length === 0) return fail('SHARDS', 'this process was started by the sharding manager without a valid process index and SHARD_COUNT');
    sharding = layout;
  } else if (SHARDS !== undefined && SHARDS.trim() !== '') {
    shards = SHARDS.trim() === 'auto' ? 'auto' : Number(SHARDS);
    if (shards !== 'auto' && !(Number.isInteger(shards) && shards >= 1)) return fail('SHARDS', 'must be auto or a positive whole number');
  }
  // `npm run start:sharded` checks this before it starts anything; `npm start` is one process whatever SHARDS says.
  const problem = sharding && storeProblem(sharding.count, c.SHARDS_PER_PROCESS, c.DATABASE_URL);
  if (problem) return fail('SHARDS', problem);
  return {
    ...c,
    SHARDS: shards,
    SHARDING: sharding,
    // Each process of a sharded bot runs its own HTTP server: process k listens on HTTP_PORT + k.
    HTTP_PORT: httpPort === undefined || httpPort === 0 || !sharding ? httpPort : httpPort + sharding.process,
  };
});

export type Config = z.infer<typeof configSchema>;

const requiredHints: Record<string, string> = {
  DISCORD_TOKEN: 'the bot token: Developer Portal → your application → Bot → Reset Token',
  DISCORD_APPLICATION_ID: 'Developer Portal → your application → General Information → Application ID',
  KIE_API_KEY: 'your Kie.ai API key: kie.ai → API Key',
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The bot cannot start: ${problems.length} setting${problems.length === 1 ? ' is' : 's are'} missing or invalid.\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSet them in the environment or in a .env file (see .env.example and the README).',
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the given environment; throws one ConfigError naming every bad variable (values never echoed). */
/** Exit code of a process whose settings are refused (EX_CONFIG). */
export const CONFIG_EXIT = 78;

/**
 * For the entry points (`npm start`, `start:sharded`, `npm run models`): the settings, or the
 * problems on stderr (and `hint` after them) and exit 78.
 */
export function loadConfigOrExit(hint?: string): Config {
  return loadOrExit(() => loadConfig(), hint);
}

function loadOrExit<T>(load: () => T, hint?: string): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    if (hint) process.stderr.write(`${hint}\n`);
    process.exit(CONFIG_EXIT);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseSettings(configSchema, env);
}

function parseSettings<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const value = env[name];
    if (value === undefined || value.trim() === '') {
      return `${name} is required${requiredHints[name] ? ` (${requiredHints[name]})` : ''}`;
    }
    return `${name} is invalid: ${issue.message}`;
  });
  throw new ConfigError([...new Set(problems)]);
}

/** Values that must never appear in a log line, a reply or an error. */
export function secretsOf(config: Pick<Config, 'KIE_API_KEY'> & Partial<Pick<Config, 'DISCORD_TOKEN' | 'DATABASE_URL' | 'KIE_WEBHOOK_HMAC_KEY'>>): string[] {
  return [config.DISCORD_TOKEN ?? '', config.KIE_API_KEY, config.KIE_WEBHOOK_HMAC_KEY ?? '', ...databasePassword(config.DATABASE_URL)].filter((s) => s.length >= 4);
}

/** A Postgres or Redis URL may carry a password; log lines never show it. */
function databasePassword(databaseUrl: string | undefined): string[] {
  try {
    const password = databaseUrl ? new URL(databaseUrl).password : '';
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

// ---- `npm run models` (issue 23): an operator's tool that needs only the Kie key and the store ----
export const modelsCliSchema = settings.pick({
  KIE_API_KEY: true,
  KIE_API_URL: true,
  KIE_TIMEOUT_MS: true,
  DATABASE_URL: true,
  MODELS_ENABLED: true,
  MODEL_PRICES: true,
  KIE_CREATE_LIMIT: true,
  KIE_READ_LIMIT: true,
});
export type ModelsCliConfig = z.infer<typeof modelsCliSchema>;

/** The settings `npm run models` reads, or the problems on stderr and exit 78. */
export function loadModelsCliConfigOrExit(env: Record<string, string | undefined> = process.env): ModelsCliConfig {
  return loadOrExit(() => parseSettings(modelsCliSchema, env));
}
