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
