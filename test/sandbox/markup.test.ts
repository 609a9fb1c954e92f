import { describe, expect, it } from 'vitest';
import { discordTokens, escapeHtml, formatTimestamp, relativeTime } from '../../sandbox/page/markup.js';

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
/** The text a reader sees for `text` (render.js runs discordTokens on the escaped text, the browser shows it). */
const draw = (text: string, refs: Parameters<typeof discordTokens>[1] = {}): string =>
  discordTokens(escapeHtml(text), refs)
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity] ?? entity);

const refs = {
  user: (id: string) => ({ '11': 'Ben' })[id],
  channel: (id: string) => ({ '3': 'general' })[id],
  role: (id: string) => ({ '2': '@everyone', '7': 'Winners' })[id],
};
// Tuesday 20 April 2021, 12:00 UTC: the same day in every time zone a test machine may use.
const NOON = Date.UTC(2021, 3, 20, 12) / 1000;

describe("the sandbox page's Discord tokens", () => {
  it('names channels, roles and users as the reader knows them, unknown ones as Discord does', () => {
    expect(draw('Entries go to <#3>, not <#999>', refs)).toBe('Entries go to #general, not #unknown');
    expect(draw('The winner gets <@&7>; <@&8> is gone; <@&2> pings all', refs)).toBe('The winner gets @Winners; @unknown-role is gone; @everyone pings all');
    expect(draw('<@11> and <@!11> and <@12>', refs)).toBe('@Ben and @Ben and @unknown-user');
  });

  it('escapes names (a channel may be called anything)', () => {
    const html = discordTokens(escapeHtml('<#3>'), { channel: () => '<img src=x onerror=alert(1)>' });
    expect(html).not.toContain('<img');
    expect(html).toContain('#&lt;img');
  });

  it('words <t:…:R> relative to now in the reader\'s language', () => {
    const now = NOON * 1000;
    expect(draw(`ends <t:${NOON + 300}:R>`, { locale: 'en-US', now })).toBe('ends in 5 minutes');
    expect(draw(`ends <t:${NOON + 300}:R>`, { locale: 'de', now })).toBe('ends in 5 Minuten');
    expect(draw(`ends <t:${NOON + 300}:R>`, { locale: 'ja', now })).toBe('ends 5 分後');
    expect(relativeTime(NOON - 2 * 3600, 'en-US', now)).toBe('2 hours ago');
    expect(relativeTime(NOON - 3 * 86400, 'pt-BR', now)).toBe('há 3 dias');
    expect(relativeTime(NOON + 40, 'fr', now)).toBe('dans 40 secondes');
    expect(relativeTime(NOON + 26 * 3600, 'es-ES', now)).toBe('dentro de 1 día');
    // A locale the bot does not speak is still the reader's: Discord formats dates for it.
    expect(relativeTime(NOON + 300, 'ko', now)).toBe('5분 후');
  });

  it('formats the other styles (t, T, d, D, f, F; f without a style) for the locale', () => {
    expect(formatTimestamp(NOON, 'd', 'en-US')).toBe('04/20/2021');
    expect(formatTimestamp(NOON, 'D', 'en-US')).toBe('April 20, 2021');
    expect(formatTimestamp(NOON, 'D', 'de')).toBe('20. April 2021');
    expect(formatTimestamp(NOON, 'D', 'es-419')).toBe('20 de abril de 2021');
    expect(formatTimestamp(NOON, 'F', 'en-US')).toMatch(/^Tuesday, April 20, 2021 at \d{1,2}:\d{2}\s[AP]M$/);
    expect(formatTimestamp(NOON, 'F', 'fr')).toMatch(/^mardi 20 avril 2021 à \d{2}:\d{2}$/);
    expect(formatTimestamp(NOON, 't', 'de')).toMatch(/^\d{2}:\d{2}$/);
    expect(formatTimestamp(NOON, 'T', 'en-GB')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(draw(`<t:${NOON}>`, { locale: 'en-US' })).toBe(formatTimestamp(NOON, 'f', 'en-US'));
    expect(draw(`<t:${NOON}:f>`, { locale: 'en-US' })).toMatch(/^April 20, 2021 at \d{1,2}:\d{2}\s[AP]M$/);
  });

  it('leaves what Discord would not render as a timestamp alone, and keeps the full date as a tooltip', () => {
    expect(draw('<t:soon:R> <t:5:X>')).toBe('<t:soon:R> <t:5:X>');
    expect(discordTokens(escapeHtml(`<t:${NOON}:R>`), { locale: 'en-US' })).toMatch(/title="Tuesday, April 20, 2021/);
  });
});
