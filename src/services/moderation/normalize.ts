import stripAnsi from 'strip-ansi';

/**
 * How text is read before the server's rules look at it (the README's Moderation section lists
 * these steps; keep the two in step):
 *
 * 1. hidden characters go: terminal escape sequences, every control character (Unicode Cc) except
 *    tab, line feed and carriage return (those count as spaces), and every format character (Cf:
 *    zero-width spaces and joiners, direction marks, the soft hyphen, the BOM…) — a superset of what
 *    the prompt check strips;
 * 2. compatibility forms and accents fold: Unicode NFKD, then combining marks (Mn, Mc, Me) go, so
 *    `é` reads `e`, `ｆｏｘ` reads `fox`, `ﬁ` reads `fi`;
 * 3. case folds (lower case);
 * 4. words are letters and digits (`\p{L}`, `\p{N}`); anything else between them is a space;
 * 5. a spaced-out word joins up: two or more single letters or digits in a row, each separated from
 *    the next by at most three spaces or punctuation marks (`b a d`, `b.a.d`, `b - a - d`), read as
 *    one word (`bad`).
 *
 * Keywords and AutoMod's keywords and allow lists are matched on the result of all five steps;
 * AutoMod's regexes run on the result of steps 1 and 2 (case-insensitively), where punctuation and
 * spacing still mean what the pattern's author meant.
 */

const HIDDEN = /[\p{Cc}\p{Cf}]/gu;
const BLANK_CONTROLS = /[\t\n\r]/g;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** The longest gap (in characters) between the letters of a spaced-out word. */
const MAX_SPACED_GAP = 3;

/** Steps 1 and 2: what regexes run on. */
export function fold(raw: string): string {
  return stripAnsi(raw).replace(BLANK_CONTROLS, ' ').replace(HIDDEN, '').normalize('NFKD').replace(MARKS, '');
}

/**
 * Steps 3 to 5 over folded text: lower-case words separated by single spaces. `origin[i]` is the
 * index in `folded` of the canonical text's i-th UTF-16 unit, so a match found here can be compared
 * with a regex match found in `folded` (allow lists cover both).
 */
export interface Canonical {
  text: string;
  origin: number[];
}

interface Token {
  text: string;
  origin: number[];
  /** One letter or digit. */
  single: boolean;
  /** Characters (UTF-16 units) between this token and the previous one. */
  gapBefore: number;
}

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  let current: Token | undefined;
  let gap = 0;
  let index = 0;
  for (const char of folded) {
    if (WORD_CHAR.test(char)) {
      if (!current) {
        current = { text: '', origin: [], single: true, gapBefore: gap };
        out.push(current);
      }
      const lower = char.toLowerCase();
      current.text += lower;
      for (let k = 0; k < lower.length; k++) current.origin.push(index);
      gap = 0;
    } else {
      current = undefined;
      gap += char.length;
    }
    index += char.length;
  }
  for (const token of out) token.single = [...token.text].length === 1;
  return out;
}

export function canonical(folded: string): Canonical {
  const parts = tokens(folded);
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const token = parts[i]!;
    const previous = parts[i - 1];
    // Spaced-out letters: this one continues the previous single letter without a space.
    const joins = previous !== undefined && previous.single && token.single && token.gapBefore <= MAX_SPACED_GAP;
    if (text !== '' && !joins) {
      text += ' ';
      origin.push(token.origin[0]!);
    }
    text += token.text;
    origin.push(...token.origin);
  }
  return { text, origin };
}

/** Both forms of one text, computed once per check. */
export interface ReadText {
  folded: string;
  canonical: Canonical;
}

export function read(raw: string): ReadText {
  const folded = fold(raw);
  return { folded, canonical: canonical(folded) };
}

/** A keyword or allow-list entry in canonical form (no `*`): what it must find in canonical text. */
export function canonicalKeyword(word: string): string {
  return canonical(fold(word)).text;
}
