// Discord's inline tokens in a message's text, as the reader's client draws them: user, role and
// channel mentions by name, and timestamps (`<t:unix>`, `<t:unix:STYLE>`) in the reader's language and
// time zone. No DOM here, so Node tests import it too (its types: markup.d.ts).

export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// Discord's styles (https://discord.com/developers/docs/reference#message-formatting-timestamp-styles); f is the default.
const STYLES = {
  t: { hour: 'numeric', minute: '2-digit' },
  T: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  d: { day: '2-digit', month: '2-digit', year: 'numeric' },
  D: { day: 'numeric', month: 'long', year: 'numeric' },
  f: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  F: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const UNITS = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** A Discord locale Intl can use; Discord's codes are all BCP 47, but a typo must not break the page. */
function usable(locale) {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** `<t:unix:R>`: "in 5 minutes", "2 hours ago", in the largest whole unit, as Discord words it. */
export function relativeTime(unix, locale, now = Date.now()) {
  const diff = unix - now / 1000;
  const [unit, seconds] = UNITS.find(([, s]) => Math.abs(diff) >= s) ?? UNITS[UNITS.length - 1];
  return new Intl.RelativeTimeFormat(usable(locale), { numeric: 'always' }).format(Math.round(diff / seconds), unit);
}

/** A Discord timestamp in one of its styles (t, T, d, D, f, F, R), for `locale`. */
export function formatTimestamp(unix, style, locale, now = Date.now()) {
  if (style === 'R') return relativeTime(unix, locale, now);
  return new Intl.DateTimeFormat(usable(locale), STYLES[style] ?? STYLES.f).format(new Date(unix * 1000));
}

const mention = (text) => `<span class="mention">${escapeHtml(text)}</span>`;

/**
 * Replaces the tokens in `html` (text already HTML-escaped). `refs`: { user(id), channel(id), role(id)
 * → a name or undefined, locale, now }. Unknown ids read as Discord shows them: @unknown-user,
 * @unknown-role, #unknown.
 */
export function discordTokens(html, refs = {}) {
  const locale = refs.locale ?? 'en-US';
  return html
    .replace(/&lt;@!?(\d+)&gt;/g, (_, id) => mention(`@${refs.user?.(id) ?? 'unknown-user'}`))
    .replace(/&lt;@&amp;(\d+)&gt;/g, (_, id) => mention(`@${(refs.role?.(id) ?? 'unknown-role').replace(/^@/, '')}`))
    .replace(/&lt;#(\d+)&gt;/g, (_, id) => mention(`#${refs.channel?.(id) ?? 'unknown'}`))
    .replace(/&lt;t:(-?\d+)(?::([tTdDfFR]))?&gt;/g, (_, unix, style = 'f') => {
      const text = formatTimestamp(Number(unix), style, locale, refs.now);
      const full = formatTimestamp(Number(unix), 'F', locale);
      return `<span class="timestamp" data-unix="${unix}" data-style="${style}" title="${escapeHtml(full)}">${escapeHtml(text)}</span>`;
    });
}
