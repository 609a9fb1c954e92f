import type { RE2JS } from 're2js';
import type { Message } from '../../i18n/index.ts';
import { keywordMatches, keywordSpans, parseKeyword, type Keyword, type Span } from './keywords.ts';
import { read, type ReadText } from './normalize.ts';
import { compileRegex } from './regex.ts';
import type { AutoModRule } from './types.ts';

/** What matched: the server's own word, or an AutoMod rule's keyword or regex. */
export type Verdict = { ok: true } | { ok: false; source: 'words' | 'automod'; pattern: string; kind: 'keyword' | 'regex'; ruleName?: string };

/** An AutoMod pattern the bot cannot apply, and why (listed by `automod:on` and `/moderation status`). */
export interface UnusablePattern {
  ruleName: string;
  pattern: string;
  reason: Message;
}

/** Who acts and where: AutoMod rules name roles and channels they leave alone. */
export interface Where {
  roleIds: readonly string[];
  channelId: string;
}

interface CompiledRule {
  name: string;
  keywords: Keyword[];
  regexes: Array<{ pattern: string; regex: RE2JS }>;
  allow: Keyword[];
  exemptRoles: ReadonlySet<string>;
  exemptChannels: ReadonlySet<string>;
}

/** AutoMod rules of the keyword kind (trigger type 1) are the ones whose lists the bot can read and reuse. */
export const KEYWORD_TRIGGER = 1;

/**
 * One server's rules, compiled once per change and judged per text: its own words first, then each
 * enabled AutoMod keyword rule (minus its exempt roles and channels). An AutoMod rule triggers when
 * one of its keywords or regexes matches the text left once its allow list's matches are blanked out.
 */
export class RuleSet {
  readonly #words: Keyword[];
  readonly #rules: CompiledRule[];
  readonly unusable: UnusablePattern[] = [];

  constructor(words: readonly string[], automod: readonly AutoModRule[] = []) {
    this.#words = words.flatMap((w) => {
      const parsed = parseKeyword(w);
      return parsed.ok ? [parsed.keyword] : [];
    });
    this.#rules = automod.filter((r) => r.enabled && r.triggerType === KEYWORD_TRIGGER).map((r) => this.#compile(r));
  }

  /** AutoMod keyword rules applied (enabled ones). */
  get appliedRules(): number {
    return this.#rules.length;
  }

  judge(raw: string, where: Where): Verdict {
    if (this.#words.length === 0 && this.#rules.length === 0) return { ok: true };
    const text = read(raw);
    const canonicalText = text.canonical.text;
    for (const word of this.#words) {
      if (keywordMatches(word, canonicalText)) return { ok: false, source: 'words', pattern: word.pattern, kind: 'keyword' };
    }
    for (const rule of this.#rules) {
      if (rule.exemptChannels.has(where.channelId) || where.roleIds.some((id) => rule.exemptRoles.has(id))) continue;
      const hit = rule.allow.length === 0 ? firstHit(rule, text) : uncoveredHit(rule, text);
      if (hit) return { ok: false, source: 'automod', ruleName: rule.name, ...hit };
    }
    return { ok: true };
  }

  #compile(rule: AutoModRule): CompiledRule {
    const keywords: Keyword[] = [];
    for (const k of rule.keywords) {
      const parsed = parseKeyword(k);
      if (parsed.ok) keywords.push(parsed.keyword);
      else this.unusable.push({ ruleName: rule.name, pattern: k, reason: parsed.reason });
    }
    const regexes: CompiledRule['regexes'] = [];
    for (const pattern of rule.regexes) {
      const compiled = compileRegex(pattern);
      if (compiled.ok) regexes.push({ pattern, regex: compiled.regex });
      else this.unusable.push({ ruleName: rule.name, pattern, reason: compiled.reason });
    }
    const allow = rule.allow.flatMap((a) => {
      const parsed = parseKeyword(a);
      return parsed.ok ? [parsed.keyword] : [];
    });
    return { name: rule.name, keywords, regexes, allow, exemptRoles: new Set(rule.exemptRoles), exemptChannels: new Set(rule.exemptChannels) };
  }
}

type Hit = { pattern: string; kind: 'keyword' | 'regex' };

/** One test per keyword and per regex: linear in the text whatever the patterns. */
function firstHit(rule: CompiledRule, text: ReadText): Hit | undefined {
  for (const k of rule.keywords) if (keywordMatches(k, text.canonical.text)) return { pattern: k.pattern, kind: 'keyword' };
  for (const r of rule.regexes) if (r.regex.test(text.folded)) return { pattern: r.pattern, kind: 'regex' };
  return undefined;
}

/**
 * The allow list: what its entries match is blanked out of the text (same length, so nothing
 * else moves), then the rule looks again. A keyword or regex that matched only inside allowed words
 * finds nothing left; one that matches elsewhere still does.
 */
function uncoveredHit(rule: CompiledRule, text: ReadText): Hit | undefined {
  const { origin } = text.canonical;
  const allowed = rule.allow.flatMap((a) => keywordSpans(a, text.canonical.text)).map(([start, end]): Span => [origin[start]!, origin[end - 1]! + 1]);
  if (allowed.length === 0) return firstHit(rule, text);
  const chars = text.folded.split('');
  for (const [start, end] of allowed) chars.fill(' ', start, end);
  return firstHit(rule, read(chars.join('')));
}
