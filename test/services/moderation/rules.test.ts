import { describe, expect, it } from 'vitest';
import { render, translator, type Message } from '../../../src/i18n/index.ts';
import { canonical, fold } from '../../../src/services/moderation/normalize.ts';
import { compileRegex, translate } from '../../../src/services/moderation/regex.ts';
import { RuleSet, type Where } from '../../../src/services/moderation/ruleset.ts';
import type { AutoModRule } from '../../../src/services/moderation/types.ts';

const here: Where = { roleIds: [], channelId: '1' };
/** Reasons are messages, said in the reader's language: here, English. */
const english = (reason: Message): string => render(reason, translator('en-US'));
const words = new RuleSet(['*fox*', 'gore']);
const refusedBy = (rules: RuleSet, text: string, where = here) => {
  const verdict = rules.judge(text, where);
  return verdict.ok ? undefined : verdict.pattern;
};

const rule = (over: Partial<AutoModRule>): AutoModRule => ({
  id: '9',
  name: 'Keyword Filter 1',
  enabled: true,
  triggerType: 1,
  keywords: [],
  regexes: [],
  allow: [],
  exemptRoles: [],
  exemptChannels: [],
  ...over,
});

describe('the normalisations', () => {
  it('strips hidden characters, folds accents and compatibility forms, lowers case, joins spaced-out letters', () => {
    expect(canonical(fold('A FÓX\u200b runs')).text).toBe('a fox runs');
    expect(canonical(fold('ｇｏｒｅ, and the ﬁre')).text).toBe('gore and the fire');
    expect(canonical(fold('g o r e')).text).toBe('gore');
    expect(canonical(fold('g.o.r.e!')).text).toBe('gore');
    expect(canonical(fold('b - a - d day')).text).toBe('bad day');
    // Far-apart letters are not one word.
    expect(canonical(fold('a      b')).text).toBe('a b');
    // Tabs and line breaks separate words; other controls vanish.
    expect(canonical(fold('cat\ndog\u0007s')).text).toBe('cat dogs');
  });
});

describe('the server’s words (AutoMod keyword syntax)', () => {
  it.each(['A FÓX runs', 'g o r e', 'g.o.r.e', 'goré', 'a foxglove meadow', 'GORE'])('refuses %j', (text) => {
    expect(refusedBy(words, text)).toBeDefined();
  });

  it.each(['gorgeous', 'a red kite', 'f ox'])('allows %j', (text) => {
    expect(refusedBy(words, text)).toBeUndefined();
  });

  it('names the pattern that matched', () => {
    expect(refusedBy(words, 'a foxglove')).toBe('*fox*');
    expect(refusedBy(words, 'so much gore')).toBe('gore');
  });

  it('honours the four forms: whole word, ends with, starts with, anywhere', () => {
    const forms = new RuleSet(['cat', '*dog', 'tra*', 'the mat']);
    expect(refusedBy(forms, 'a cat!')).toBe('cat');
    expect(refusedBy(forms, 'catch')).toBeUndefined();
    expect(refusedBy(forms, 'a hotdog')).toBe('*dog');
    expect(refusedBy(forms, 'dogs')).toBeUndefined();
    expect(refusedBy(forms, 'a train')).toBe('tra*');
    expect(refusedBy(forms, 'extra')).toBeUndefined();
    expect(refusedBy(forms, 'on THE   mat')).toBe('the mat');
    expect(refusedBy(forms, 'the matrix')).toBeUndefined();
  });
});

describe('AutoMod rules', () => {
  const automod = new RuleSet([], [rule({ keywords: ['*badword*'], allow: ['notbadword'], regexes: ['b[a4]dw[o0]rd', '[a-z&&[^aeiou]]{40}'] })]);

  it('applies keywords, regexes and the allow list', () => {
    expect(refusedBy(automod, 'a BADWORD here')).toBe('*badword*');
    expect(refusedBy(automod, 'this is notbadword')).toBeUndefined();
    expect(refusedBy(automod, 'notbadword and badword')).toBe('*badword*');
    expect(refusedBy(automod, 'b4dw0rd')).toBe('b[a4]dw[o0]rd');
    expect(refusedBy(automod, 'a red kite')).toBeUndefined();
  });

  it('lists the regex it cannot run with its reason', () => {
    expect(automod.unusable.map((u) => ({ ...u, reason: english(u.reason) }))).toEqual([{ ruleName: 'Keyword Filter 1', pattern: '[a-z&&[^aeiou]]{40}', reason: expect.stringContaining('set operation `&&`') }]);
  });

  it('leaves exempt roles and channels, and disabled or preset rules, alone', () => {
    const rules = new RuleSet([], [rule({ keywords: ['cat'], exemptRoles: ['77'], exemptChannels: ['5'] }), rule({ keywords: ['dog'], enabled: false }), rule({ triggerType: 4, keywords: ['owl'] })]);
    expect(refusedBy(rules, 'cat')).toBe('cat');
    expect(refusedBy(rules, 'cat', { roleIds: ['77'], channelId: '1' })).toBeUndefined();
    expect(refusedBy(rules, 'cat', { roleIds: [], channelId: '5' })).toBeUndefined();
    expect(refusedBy(rules, 'dog owl')).toBeUndefined();
    expect(rules.appliedRules).toBe(1);
  });

  it('a catastrophic-backtracking pattern answers by what it says, not by a time-out', () => {
    const rules = new RuleSet([], [rule({ regexes: ['^(a+)+$'] })]);
    expect(refusedBy(rules, `${'a'.repeat(6000)}!`)).toBeUndefined();
    expect(refusedBy(rules, 'a'.repeat(6000))).toBe('^(a+)+$');
  });
});

describe('Rust regex syntax on the linear-time engine', () => {
  it('translates what keeps its meaning', () => {
    expect(translate('\\u{1F600}\\u00e9\\U0001F600')).toEqual({ ok: true, text: '\\x{1F600}\\x{00e9}\\x{0001F600}' });
    expect(translate('(?iu)cat(?-u:dog)(?u)')).toEqual({ ok: true, text: '(?i)cat(?:dog)' });
    expect(translate('(?<name>a)')).toEqual({ ok: true, text: '(?P<name>a)' });
    expect(translate('[[:alpha:]-]+')).toEqual({ ok: true, text: '[[:alpha:]-]+' });
  });

  it.each([
    ['(?x) a b', 'verbose mode'],
    ['\\<cat', 'word-boundary'],
    ['\\b{start}cat', 'word-boundary'],
    ['[a-z--b]', 'set operation'],
    ['[a[bc]]', 'nests'],
    ['(a)\\1', 'refuses it'],
    ['(?=a)b', 'refuses it'],
    ['a{1001}', 'refuses it'],
    ['x*', 'matches empty text'],
  ])('refuses %j (%s)', (pattern, why) => {
    const compiled = compileRegex(pattern);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(english(compiled.reason)).toContain(why);
  });
});
