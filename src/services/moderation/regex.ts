import { RE2JS } from 're2js';
import { message, type Message } from '../../i18n/index.ts';

/**
 * AutoMod's regexes are Rust regex syntax; they run here on re2js, a pure-JavaScript port of RE2
 * whose matching time is linear in the text whatever the pattern (no backtracking), so a pattern
 * from a server can never stall the bot. (The native `re2` bindings are as safe but need a compiled
 * add-on per platform; re2js installs anywhere Node runs and is fast enough for prompts.)
 *
 * Rust's syntax is close to RE2's. What differs is translated when the meaning is kept, and refused
 * with the reason when it is not: the pattern is then listed as unusable, never run as something else.
 */

export type RegexCompile = { ok: true; regex: RE2JS; translated: string } | { ok: false; reason: Message };

/** Discord allows 260 characters per pattern; anything longer did not come from Discord. */
const MAX_PATTERN = 260;

const unusable = (reason: Message): RegexCompile => ({ ok: false, reason });

/** Rust's `\u007F`, `\u{7F}`, `\U0000007F`, `\U{7F}` → RE2's `\x{7F}`. */
function unicodeEscape(pattern: string, at: number): { text: string; length: number } | undefined {
  const rest = pattern.slice(at);
  const m = /^\\(?:u(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{4}))|U(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{8})))/.exec(rest);
  if (!m) return undefined;
  return { text: `\\x{${m[1] ?? m[2] ?? m[3] ?? m[4]}}`, length: m[0].length };
}

/** A flag group `(?flags)` / `(?flags:` at `at`: Rust's `u` and `R` dropped (RE2 is Unicode-aware; CRLF mode only changes `^`/`$` at `\r`), `x` refused. */
function flagGroup(pattern: string, at: number): { text: string; length: number } | { refuse: Message } | undefined {
  const m = /^\(\?([a-zA-Z-]*)([:)])/.exec(pattern.slice(at));
  if (!m || m[1] === '') return undefined;
  const flags = m[1]!;
  if (flags.includes('x')) return { refuse: message('moderation.rules.reason.verbose') };
  const bad = flags.replace(/[imsUuR-]/g, '');
  if (bad !== '') return { refuse: message('moderation.rules.reason.flag', { flag: bad[0]! }) };
  const [on = '', off = ''] = flags.replace(/[uR]/g, '').split('-');
  const kept = off === '' ? on : `${on}-${off}`;
  if (kept === '' || kept === '-') return { text: m[2] === ':' ? '(?:' : '', length: m[0].length };
  return { text: `(?${kept}${m[2]}`, length: m[0].length };
}

/** Rust syntax → RE2 syntax, or why it cannot be run with the same meaning. */
export function translate(pattern: string): { ok: true; text: string } | { ok: false; reason: Message } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    const next = pattern[i + 1] ?? '';
    if (c === '\\') {
      const escape = unicodeEscape(pattern, i);
      if (escape) {
        out += escape.text;
        i += escape.length;
        continue;
      }
      if (!inClass && (next === '<' || next === '>')) return { ok: false, reason: message('moderation.rules.reason.wordBoundary', { assertion: `\\${next}` }) };
      if (!inClass && next === 'b' && pattern[i + 2] === '{') return { ok: false, reason: message('moderation.rules.reason.wordBoundaryBraces') };
      out += c + next;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === '[' && next === ':') {
        const end = pattern.indexOf(':]', i + 2);
        if (end === -1) return { ok: false, reason: message('moderation.rules.reason.classNotClosed') };
        out += pattern.slice(i, end + 2);
        i = end + 2;
        continue;
      }
      if (c === '[') return { ok: false, reason: message('moderation.rules.reason.nestedClass') };
      if ((c === '&' || c === '-' || c === '~') && next === c && pattern[i + 2] !== ']') {
        return { ok: false, reason: message('moderation.rules.reason.setOperation', { operation: `${c}${c}` }) };
      }
      if (c === ']') inClass = false;
      out += c;
      i += 1;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // `[]…]` and `[^]…]`: a leading `]` is a literal in both syntaxes.
      const head = /^\[\^?\]?/.exec(pattern.slice(i))![0];
      out += head;
      i += head.length;
      continue;
    }
    if (c === '(' && next === '?') {
      const group = flagGroup(pattern, i);
      if (group && 'refuse' in group) return { ok: false, reason: group.refuse };
      if (group) {
        out += group.text;
        i += group.length;
        continue;
      }
      // Rust's `(?<name>…)` is RE2's `(?P<name>…)`.
      if (pattern[i + 2] === '<' && /^[A-Za-z_]/.test(pattern[i + 3] ?? '')) {
        out += '(?P<';
        i += 3;
        continue;
      }
    }
    out += c;
    i += 1;
  }
  return { ok: true, text: out };
}

/** Case-insensitive, as AutoMod's keywords are; a pattern may turn that off with `(?-i)`. */
export function compileRegex(pattern: string): RegexCompile {
  if (pattern.length > MAX_PATTERN) return unusable(message('moderation.rules.reason.regexTooLong', { max: MAX_PATTERN }));
  const translated = translate(pattern);
  if (!translated.ok) return unusable(translated.reason);
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(translated.text, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    // The engine's own words (English, as re2js says them): the admin can look them up.
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '').slice(0, 120) : message('moderation.rules.reason.doesNotCompile');
    return unusable(message('moderation.rules.reason.engineRefuses', { detail }));
  }
  // A pattern that matches empty text would refuse every prompt (and finding its non-empty matches
  // would cost a scan per position): it is listed, not run.
  if (regex.test('')) return unusable(message('moderation.rules.reason.matchesEmpty'));
  return { ok: true, regex, translated: translated.text };
}
