// Types of markup.js for the TypeScript that imports it (the tests); the page itself runs the .js.

export interface TokenRefs {
  user?: (id: string) => string | undefined;
  channel?: (id: string) => string | undefined;
  role?: (id: string) => string | undefined;
  /** The reader's Discord locale (default en-US). */
  locale?: string;
  /** "Now" for relative timestamps, in milliseconds (default Date.now()). */
  now?: number;
}

export function escapeHtml(text: string): string;
export function relativeTime(unix: number, locale: string, now?: number): string;
export function formatTimestamp(unix: number, style: string, locale: string, now?: number): string;
export function discordTokens(html: string, refs?: TokenRefs): string;
