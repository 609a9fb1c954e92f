import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretsOf } from '../src/config.ts';

const required = { DISCORD_TOKEN: 'discord-token-value', DISCORD_APPLICATION_ID: '123456789012345678', KIE_API_KEY: 'kie-key-value' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...required, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config: the HTTP server and Kie callbacks', () => {
  it('runs no HTTP server by default', () => {
    const config = loadConfig(required);
    expect(config.HTTP_PORT).toBeUndefined();
    expect(config.HTTP_HOST).toBe('0.0.0.0');
    expect(config.PUBLIC_URL).toBeUndefined();
    expect(config.KIE_WEBHOOK_HMAC_KEY).toBeUndefined();
  });

  it('starts the server on HTTP_PORT when it is set', () => {
    expect(loadConfig({ ...required, HTTP_PORT: '9100', HTTP_HOST: '127.0.0.1' })).toMatchObject({ HTTP_PORT: 9100, HTTP_HOST: '127.0.0.1' });
  });

  it('starts the server on 8080 when only PUBLIC_URL is set, and keeps the URL without a trailing slash', () => {
    const config = loadConfig({ ...required, PUBLIC_URL: 'https://bot.example.com/' });
    expect(config.HTTP_PORT).toBe(8080);
    expect(config.PUBLIC_URL).toBe('https://bot.example.com');
    expect(loadConfig({ ...required, PUBLIC_URL: 'https://bot.example.com', HTTP_PORT: '3000' }).HTTP_PORT).toBe(3000);
  });

  it('treats empty values as unset, as .env.example leaves them', () => {
    const config = loadConfig({ ...required, HTTP_PORT: '', PUBLIC_URL: '', KIE_WEBHOOK_HMAC_KEY: '' });
    expect(config.HTTP_PORT).toBeUndefined();
    expect(config.PUBLIC_URL).toBeUndefined();
    expect(config.KIE_WEBHOOK_HMAC_KEY).toBeUndefined();
  });

  it('names a bad PUBLIC_URL or HTTP_PORT without echoing the value', () => {
    const found = problems({ PUBLIC_URL: 'ftp://secret-host.example', HTTP_PORT: '70000' });
    expect(found.some((p) => p.startsWith('PUBLIC_URL is invalid'))).toBe(true);
    expect(found.some((p) => p.startsWith('HTTP_PORT is invalid'))).toBe(true);
    expect(found.join('\n')).not.toContain('secret-host');
    expect(problems({ PUBLIC_URL: 'not a url' }).some((p) => p.startsWith('PUBLIC_URL is invalid'))).toBe(true);
    expect(problems({ PUBLIC_URL: 'https://bot.example.com/?a=1' }).some((p) => p.startsWith('PUBLIC_URL is invalid'))).toBe(true);
  });

  it('counts the webhook key among the secrets that logs redact', () => {
    const config = loadConfig({ ...required, KIE_WEBHOOK_HMAC_KEY: 'hmac-key-value' });
    expect(secretsOf(config)).toEqual(['discord-token-value', 'kie-key-value', 'hmac-key-value']);
  });
});

describe('config: MODEL_CHECK', () => {
  it('is on by default and when blank; off turns it off; anything else is refused', () => {
    expect(loadConfig(required).MODEL_CHECK).toBe(true);
    expect(loadConfig({ ...required, MODEL_CHECK: '' }).MODEL_CHECK).toBe(true);
    expect(loadConfig({ ...required, MODEL_CHECK: 'OFF' }).MODEL_CHECK).toBe(false);
    expect(problems({ MODEL_CHECK: 'maybe' })).toEqual(['MODEL_CHECK is invalid: must be on or off']);
  });
});

describe('config: sharding and the Kie create limit', () => {
  it('leaves sharding off by default and paces creates at Kie’s 20 per 10 s', () => {
    const config = loadConfig(required);
    expect(config.SHARDS).toBeUndefined();
    expect(config.SHARDS_PER_PROCESS).toBe(1);
    expect(config.SHARDING).toBeUndefined();
    expect(config.KIE_CREATE_LIMIT).toEqual({ limit: 20, windowMs: 10_000, marginMs: 500 });
    expect(config.KIE_READ_LIMIT).toEqual({ limit: 10, windowMs: 1_000, marginMs: 50 });
  });

  it('reads SHARDS=auto|N, SHARDS_PER_PROCESS and KIE_CREATE_LIMIT', () => {
    expect(loadConfig({ ...required, SHARDS: 'auto' }).SHARDS).toBe('auto');
    expect(loadConfig({ ...required, SHARDS: '4', SHARDS_PER_PROCESS: '2' })).toMatchObject({ SHARDS: 4, SHARDS_PER_PROCESS: 2 });
    expect(loadConfig({ ...required, KIE_CREATE_LIMIT: '40/10s' }).KIE_CREATE_LIMIT).toEqual({ limit: 40, windowMs: 10_000, marginMs: 500 });
    expect(problems({ SHARDS: 'many' })).toEqual(['SHARDS is invalid: must be auto or a positive whole number']);
    expect(problems({ SHARDS: '0' })).toEqual(['SHARDS is invalid: must be auto or a positive whole number']);
    expect(problems({ KIE_CREATE_LIMIT: '20 per 10' })).toEqual(['KIE_CREATE_LIMIT is invalid: must look like 20/10s (creates per seconds)']);
    expect(loadConfig({ ...required, KIE_READ_LIMIT: '30/1s' }).KIE_READ_LIMIT).toEqual({ limit: 30, windowMs: 1_000, marginMs: 50 });
    expect(problems({ KIE_READ_LIMIT: '0/1s' })).toEqual(['KIE_READ_LIMIT is invalid: must look like 10/1s (reads per seconds)']);
  });

  it('in a process the sharding manager started: its shards from the manager’s index and count, and HTTP_PORT + index', () => {
    const manager = { SHARDING_MANAGER: 'true', SHARD_COUNT: '4', SHARDS_PER_PROCESS: '2', DATABASE_URL: 'redis://127.0.0.1:6379' };
    const config = loadConfig({ ...required, ...manager, SHARDS: '1', HTTP_PORT: '9100' });
    expect(config.SHARDING).toEqual({ process: 1, processes: 2, ids: [2, 3], count: 4 });
    expect(config.SHARDS).toBeUndefined();
    expect(config.HTTP_PORT).toBe(9101);
    expect(loadConfig({ ...required, ...manager, SHARDS: '0', HTTP_PORT: '9100' }).HTTP_PORT).toBe(9100);
    expect(problems({ ...manager, SHARDS: '1', DATABASE_URL: 'sqlite://data/bot.sqlite' })[0]).toMatch(/one process only/);
  });
});

describe('config: operators, allowed servers and the Kie account watch', () => {
  it('defaults: only operators add credits, every server is served, the watch warns below 2000 credits', () => {
    const config = loadConfig(required);
    expect(config).toMatchObject({ CREDIT_GRANTS: 'operators', LEAVE_OTHER_GUILDS: false, KIE_LOW_BALANCE: 2000 });
    expect(config.OPERATOR_IDS).toBeUndefined();
    expect(config.ALLOWED_GUILDS).toBeUndefined();
    expect(config.OPERATOR_GUILD_ID).toBeUndefined();
    expect(config.OPERATOR_CONTACT).toBeUndefined();
  });

  it('reads the lists and the choices, in any case', () => {
    const config = loadConfig({
      ...required,
      OPERATOR_IDS: ' 111111111111111111, 222222222222222222 ',
      CREDIT_GRANTS: 'Admins',
      ALLOWED_GUILDS: '333333333333333333',
      LEAVE_OTHER_GUILDS: 'TRUE',
      OPERATOR_CONTACT: '  https://discord.gg/example  ',
      KIE_LOW_BALANCE: '500',
    });
    expect(config).toMatchObject({ OPERATOR_IDS: ['111111111111111111', '222222222222222222'], CREDIT_GRANTS: 'admins', ALLOWED_GUILDS: ['333333333333333333'], LEAVE_OTHER_GUILDS: true, OPERATOR_CONTACT: 'https://discord.gg/example', KIE_LOW_BALANCE: 500 });
  });

  it('names each bad value', () => {
    expect(problems({ OPERATOR_IDS: '111111111111111111,alice', CREDIT_GRANTS: 'everyone', ALLOWED_GUILDS: '12', LEAVE_OTHER_GUILDS: 'yes', KIE_LOW_BALANCE: '-1', OPERATOR_GUILD_ID: 'x' })).toEqual([
      'OPERATOR_IDS is invalid: "alice" is not a Discord user id (digits only)',
      'CREDIT_GRANTS is invalid: must be operators or admins',
      'ALLOWED_GUILDS is invalid: "12" is not a Discord server id (digits only)',
      'LEAVE_OTHER_GUILDS is invalid: must be true or false',
      'OPERATOR_GUILD_ID is invalid: must be a Discord id (digits only)',
      'KIE_LOW_BALANCE is invalid: Too small: expected number to be >=0',
    ]);
  });
});
