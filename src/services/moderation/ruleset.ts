import type { RE2JS } from 're2js';
import { keywordMatches, keywordSpans, parseKeyword, type Keyword, type Span } from './keywords.ts';
import { read, type ReadText } from './normalize.ts';
import { compileRegex, regexSpans } from './regex.ts';
import type { AutoModRule } from './types.ts';

/** What matched: the server's own word, or an AutoMod rule's keyword or regex. */
export type Verdict = { ok: true } | { ok: false; source: 'words' | 'automod'; pattern: string; kind: 'keyword' | 'regex'; ruleName?: string };

/** An AutoMod pattern the bot cannot apply, and why (listed by `automod:on` and `/moderation status`). */
export interface UnusablePattern {
  ruleName: string;
  pattern: string;
  reason: string;
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
 * one of its keywords or regexes matches somewhere no entry of its allow list covers.
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

function firstHit(rule: CompiledRule, text: ReadText): Hit | undefined {
  for (const k of rule.keywords) if (keywordMatches(k, text.canonical.text)) return { pattern: k.pattern, kind: 'keyword' };
  for (const r of rule.regexes) if (regexSpans(r.regex, text.folded, 1).length > 0) return { pattern: r.pattern, kind: 'regex' };
  return undefined;
}

/** A match the allow list does not cover, compared in folded-text positions (regexes run there). */
function uncoveredHit(rule: CompiledRule, text: ReadText): Hit | undefined {
  const toFolded = (span: Span): Span => [text.canonical.origin[span[0]]!, text.canonical.origin[span[1] - 1]! + 1];
  const allowed = rule.allow.flatMap((a) => keywordSpans(a, text.canonical.text).map(toFolded));
  const covered = (span: Span) => allowed.some(([start, end]) => start <= span[0] && span[1] <= end);
  for (const k of rule.keywords) {
    if (keywordSpans(k, text.canonical.text).some((span) => !covered(toFolded(span)))) return { pattern: k.pattern, kind: 'keyword' };
  }
  for (const r of rule.regexes) {
    if (regexSpans(r.regex, text.folded).some((span) => !covered(span))) return { pattern: r.pattern, kind: 'regex' };
  }
  return undefined;
}
