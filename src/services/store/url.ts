/**
 * DATABASE_URL may carry a password (postgres://bot:secret@db/bot). Anything that names the URL in
 * an error or a log line goes through `redactUrl`, and any text a driver produced goes through
 * `scrub`, so the password never leaves this process.
 */

export type StoreKind = 'memory' | 'sqlite' | 'postgres' | 'redis';

export function storeKind(databaseUrl: string): StoreKind | undefined {
  if (databaseUrl === 'memory://' || databaseUrl === 'memory') return 'memory';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(databaseUrl)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') return 'sqlite';
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgres';
  if (scheme === 'redis' || scheme === 'rediss') return 'redis';
  return undefined;
}

/** The URL with user info replaced: `postgres://***@host:5432/db`. */
export function redactUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1***@').replace(/([?&](?:password|pass|pwd)=)[^&#]*/gi, '$1***');
}

/** Removes the URL's password (plain and URL-decoded) and the URL itself from driver text. */
export function scrub(text: string, databaseUrl: string): string {
  let out = text.split(databaseUrl).join(redactUrl(databaseUrl));
  for (const secret of secretsOf(databaseUrl)) out = out.split(secret).join('***');
  return out;
}

function secretsOf(databaseUrl: string): string[] {
  const raw = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(databaseUrl)?.[1];
  const secrets = new Set<string>();
  const password = raw?.includes(':') ? raw.slice(raw.indexOf(':') + 1) : undefined;
  for (const p of [password, ...[...databaseUrl.matchAll(/[?&](?:password|pass|pwd)=([^&#]*)/gi)].map((m) => m[1])]) {
    if (!p) continue;
    secrets.add(p);
    try {
      secrets.add(decodeURIComponent(p));
    } catch {
      // not valid percent-encoding: the raw form is already covered
    }
  }
  // Longest first, so a password containing another one is removed whole.
  return [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}
