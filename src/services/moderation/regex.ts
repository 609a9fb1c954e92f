import { RE2JS } from 're2js';

/**
 * AutoMod's regexes are Rust regex syntax; they run here on re2js, a pure-JavaScript port of RE2
 * whose matching time is linear in the text whatever the pattern (no backtracking), so a pattern
 * from a server can never stall the bot. (The native `re2` bindings are as safe but need a compiled
 * add-on per platform; re2js installs anywhere Node runs and is fast enough for prompts.)
 *
 * Rust's syntax is close to RE2's. What differs is translated when the meaning is kept, and refused
 * with the reason when it is not: the pattern is then listed as unusable, never run as something else.
 */

export type RegexCompile = { ok: true; regex: RE2JS; translated: string } | { ok: false; reason: string };

/** Discord allows 260 characters per pattern; anything longer did not come from Discord. */
const MAX_PATTERN = 260;

const unusable = (reason: string): RegexCompile => ({ ok: false, reason });

/** Rust's `\u007F`, `\u{7F}`, `\U0000007F`, `\U{7F}` → RE2's `\x{7F}`. */
function unicodeEscape(pattern: string, at: number): { text: string; length: number } | undefined {
  const rest = pattern.slice(at);
  const m = /^\\(?:u(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{4}))|U(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{8})))/.exec(rest);
  if (!m) return undefined;
  return { text: `\\x{${m[1] ?? m[2] ?? m[3] ?? m[4]}}`, length: m[0].length };
}

/** A flag group `(?flags)` / `(?flags:` at `at`: Rust's `u` and `R` dropped (RE2 is Unicode-aware; CRLF mode only changes `^`/`$` at `\r`), `x` refused. */
function flagGroup(pattern: string, at: number): { text: string; length: number } | { refuse: string } | undefined {
  const m = /^\(\?([a-zA-Z-]*)([:)])/.exec(pattern.slice(at));
  if (!m || m[1] === '') return undefined;
  const flags = m[1]!;
  if (flags.includes('x')) return { refuse: 'it uses verbose mode `(?x)`, which the linear-time engine does not have' };
  const bad = flags.replace(/[imsUuR-]/g, '');
  if (bad !== '') return { refuse: `it uses the flag \`${bad[0]}\`, which the linear-time engine does not have` };
  const [on = '', off = ''] = flags.replace(/[uR]/g, '').split('-');
  const kept = off === '' ? on : `${on}-${off}`;
  if (kept === '' || kept === '-') return { text: m[2] === ':' ? '(?:' : '', length: m[0].length };
  return { text: `(?${kept}${m[2]}`, length: m[0].length };
}

/** Rust syntax → RE2 syntax, or why it cannot be run with the same meaning. */
export function translate(pattern: string): { ok: true; text: string } | { ok: false; reason: string } {
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
      if (!inClass && (next === '<' || next === '>')) return { ok: false, reason: `it uses the word-boundary assertion \`\\${next}\`, which the linear-time engine does not have` };
      if (!inClass && next === 'b' && pattern[i + 2] === '{') return { ok: false, reason: 'it uses a `\\b{…}` word-boundary assertion, which the linear-time engine does not have' };
      out += c + next;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === '[' && next === ':') {
        const end = pattern.indexOf(':]', i + 2);
        if (end === -1) return { ok: false, reason: 'a `[:` class is not closed' };
        out += pattern.slice(i, end + 2);
        i = end + 2;
        continue;
      }
      if (c === '[') return { ok: false, reason: 'it nests a character class inside another, which the linear-time engine does not have' };
      if ((c === '&' || c === '-' || c === '~') && next === c && pattern[i + 2] !== ']') {
        return { ok: false, reason: `it uses the character-class set operation \`${c}${c}\`, which the linear-time engine does not have` };
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
  if (pattern.length > MAX_PATTERN) return unusable(`it is longer than Discord's ${MAX_PATTERN} characters`);
  const translated = translate(pattern);
  if (!translated.ok) return unusable(translated.reason);
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(translated.text, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : 'it does not compile';
    return unusable(`the linear-time engine refuses it (${detail.slice(0, 120)})`);
  }
  // A pattern that matches empty text would refuse every prompt (and finding its non-empty matches
  // would cost a scan per position): it is listed, not run.
  if (regex.test('')) return unusable('it matches empty text, so it would refuse every prompt');
  return { ok: true, regex, translated: translated.text };
}
