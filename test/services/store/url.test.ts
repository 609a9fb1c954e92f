import { describe, expect, it } from 'vitest';
import { secretsOf } from '../../../src/config.ts';
import { redactUrl, scrub, storeKind } from '../../../src/services/store/url.ts';

describe('DATABASE_URL handling', () => {
  it('tells the kinds apart by scheme', () => {
    expect(storeKind('memory://')).toBe('memory');
    expect(storeKind('sqlite://data/bot.sqlite')).toBe('sqlite');
    expect(storeKind('postgres://bot@db/bot')).toBe('postgres');
    expect(storeKind('postgresql://bot@db/bot')).toBe('postgres');
    expect(storeKind('redis://db:6379')).toBe('redis');
    expect(storeKind('rediss://db:6380')).toBe('redis');
    expect(storeKind('mysql://db/bot')).toBeUndefined();
    expect(storeKind('data/bot.sqlite')).toBeUndefined();
  });

  it('never shows a password: user info and password parameters are replaced', () => {
    expect(redactUrl('postgres://bot:s3cr%40t@db:5432/bot')).toBe('postgres://***@db:5432/bot');
    expect(redactUrl('redis://:s3cr3t@db:6379/0')).toBe('redis://***@db:6379/0');
    expect(redactUrl('postgres://db/bot?user=bot&password=s3cr3t&ssl=true')).toBe('postgres://db/bot?user=bot&password=***&ssl=true');
    expect(redactUrl('sqlite://data/bot.sqlite')).toBe('sqlite://data/bot.sqlite');
  });

  it('removes the password, plain or decoded, from driver messages', () => {
    const url = 'postgres://bot:s3cr%40t-pw@db:5432/bot';
    expect(scrub(`could not parse ${url}: bad password s3cr@t-pw or s3cr%40t-pw`, url)).toBe('could not parse postgres://***@db:5432/bot: bad password *** or ***');
  });

  it('adds the database password to the secrets the logger hides', () => {
    const secrets = secretsOf({ DISCORD_TOKEN: 'discord-token', KIE_API_KEY: 'kie-key-1234', DATABASE_URL: 'postgres://bot:s3cr%40t-pw@db/bot' });
    expect(secrets).toEqual(expect.arrayContaining(['s3cr%40t-pw', 's3cr@t-pw']));
    expect(secretsOf({ DISCORD_TOKEN: 'discord-token', KIE_API_KEY: 'kie-key-1234', DATABASE_URL: 'sqlite://data/bot.sqlite' })).toHaveLength(2);
  });
});
