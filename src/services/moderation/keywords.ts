import { message, type Message } from '../../i18n/index.ts';
import { canonicalKeyword } from './normalize.ts';

/**
 * AutoMod's keyword syntax, for the server's own words and for AutoMod's keyword filters and allow
 * lists: `word` is a whole word (or phrase), `*word` a word ending in it, `word*` a word starting
 * with it, `*word*` anywhere. Matched on canonical text (normalize.ts), so case, accents, hidden
 * characters and spaced-out letters do not matter, and punctuation inside a keyword counts as a space.
 */
export interface Keyword {
  /** As written (with its stars), for the refusal message and the status. */
  pattern: string;
  /** Canonical form of the text between the stars. */
  needle: string;
  /** The match must begin at the start of a word. */
  wordStart: boolean;
  /** The match must end at the end of a word. */
  wordEnd: boolean;
}

export type KeywordParse = { ok: true; keyword: Keyword } | { ok: false; reason: Message };

export function parseKeyword(raw: string): KeywordParse {
  const pattern = raw.trim();
  const leading = pattern.startsWith('*');
  const trailing = pattern.length > 1 && pattern.endsWith('*');
  const inner = pattern.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (inner.includes('*')) return { ok: false, reason: message('moderation.rules.reason.starInside') };
  const needle = canonicalKeyword(inner);
  if (needle === '') return { ok: false, reason: message('moderation.rules.reason.noLetters') };
  return { ok: true, keyword: { pattern, needle, wordStart: !leading, wordEnd: !trailing } };
}

/** Half-open ranges [start, end) in canonical text. */
export type Span = readonly [number, number];

const atWordStart = (text: string, at: number): boolean => at === 0 || text[at - 1] === ' ';
const atWordEnd = (text: string, at: number): boolean => at === text.length || text[at] === ' ';

/** Every place the keyword matches in canonical text (overlaps included: allow lists need each one). */
export function keywordSpans(keyword: Keyword, text: string): Span[] {
  const spans: Span[] = [];
  const { needle } = keyword;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (keyword.wordStart && !atWordStart(text, at)) continue;
    if (keyword.wordEnd && !atWordEnd(text, end)) continue;
    spans.push([at, end]);
  }
  return spans;
}

export function keywordMatches(keyword: Keyword, text: string): boolean {
  const { needle } = keyword;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if ((!keyword.wordStart || atWordStart(text, at)) && (!keyword.wordEnd || atWordEnd(text, at + needle.length))) return true;
  }
  return false;
}
