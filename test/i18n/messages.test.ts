import { describe, expect, it } from 'vitest';
import { buildCommands } from '../../src/commands/index.ts';
import { operatorCommandData } from '../../src/commands/operator.ts';
import { DISCORD_LOCALES, en, LOCALES, SOURCE_LOCALE, type Locale } from '../../src/i18n/index.ts';
import { translations } from '../../src/i18n/translations.ts';
import { ModelRegistry } from '../../src/services/models/registry.ts';

/**
 * What every language owes English, checked on the files themselves (the typecheck checks the
 * shape only where a file declares it): every key, the same `{{variables}}`, nothing longer than
 * Discord allows where the message is shown, and command fields within Discord's rules.
 */

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const english = leaves(en as unknown as Tree);
const others = LOCALES.filter((l): l is Exclude<Locale, 'en-US'> => l !== SOURCE_LOCALE);
const variables = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();

/** Where a message is shown, and Discord's limit there (https://discord.com/developers/docs). */
const PLACES: Array<{ where: string; limit: number; keys: RegExp }> = [
  { where: 'a button label', limit: 80, keys: /^(results\.button\.|jobs\.delivered\.download$|(history\.list|operators\.servers|moderation\.words)\.(previous|next)$|moderation\.reviewLog\.(removeVideo|blockMember)$)/ },
  { where: 'a modal title or text-input label', limit: 45, keys: /^results\.remix\.(title|prompt|promptContinued|seconds|aspect)$/ },
  { where: 'an embed field name', limit: 256, keys: /^jobs\.field\.(cost|balance|paidFrom)$/ },
  { where: 'an embed field value', limit: 1024, keys: /^jobs\.field\./ },
  { where: 'an autocomplete choice', limit: 100, keys: /^models\.choice$/ },
];
/** Anything else is at most a message's content (2,000; embeds' descriptions allow more). */
const MESSAGE_LIMIT = 2000;
/** Room a value takes when filled in, at most (ids 20, numbers, a 100-character title). */
const filledLength = (text: string): number => text.replace(/\{\{[^}]*\}\}/g, 'x'.repeat(20)).length;

describe.each(others)('%s', (locale) => {
  const theirs = leaves(translations[locale] as unknown as Tree);

  it('has every English message, and nothing English lacks', () => {
    expect([...english.keys()].filter((k) => !theirs.has(k))).toEqual([]);
    expect([...theirs.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('uses the same {{variables}} as English in every message', () => {
    const differing = [...english].filter(([key, text]) => theirs.has(key) && variables(theirs.get(key)!).join() !== variables(text).join());
    expect(differing.map(([key, text]) => `${key}: English ${variables(text).join(',')} vs ${variables(theirs.get(key)!).join(',')}`)).toEqual([]);
  });

  it('is not left empty, and keeps the mention and timestamp markup English has', () => {
    const empty = [...theirs].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
    const markup = (text: string) => [...text.matchAll(/<[@#]&?\{\{\w+\}\}>|<t:\{\{\w+\}\}(:\w)?>/g)].map((m) => m[0]).sort().join();
    const lost = [...english].filter(([key, text]) => theirs.has(key) && markup(theirs.get(key)!) !== markup(text)).map(([key]) => key);
    expect(lost).toEqual([]);
  });

  it('fits where each message is shown', () => {
    const over: string[] = [];
    for (const [key, text] of theirs) {
      if (key.startsWith('commands.')) continue; // checked below, as Discord registers them
      const place = PLACES.find((p) => p.keys.test(key));
      const limit = place?.limit ?? MESSAGE_LIMIT;
      const length = place ? text.replace(/\{\{[^}]*\}\}/g, 'Sora 2 Pro').length : filledLength(text);
      if (length > limit) over.push(`${key}: ${length} > ${limit} (${place?.where ?? 'a message'})`);
    }
    expect(over).toEqual([]);
  });
});

describe('English, the source', () => {
  it('fits where each message is shown too', () => {
    const over = [...english].filter(([key, text]) => {
      if (key.startsWith('commands.')) return false;
      const place = PLACES.find((p) => p.keys.test(key));
      return (place ? text.replace(/\{\{[^}]*\}\}/g, 'Sora 2 Pro').length : filledLength(text)) > (place?.limit ?? MESSAGE_LIMIT);
    });
    expect(over).toEqual([]);
  });

  it('names every language in translations', () => {
    expect(Object.keys(translations).sort()).toEqual([...others].sort());
  });
});

/** Discord's rules for application command fields (Application Commands: naming, limits). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
type Option = { name: string; description: string; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; options?: Option[]; choices?: Array<{ name: string; name_localizations?: Record<string, string> }> };

const commands = [...[...buildCommands(new ModelRegistry({})).values()].map((c) => c.data as unknown as Option), operatorCommandData as unknown as Option];
const codes = LOCALES.flatMap((l) => DISCORD_LOCALES[l]).filter((c) => !DISCORD_LOCALES[SOURCE_LOCALE].includes(c));

/** Every field of a command in one Discord locale (English where it has no localization). */
function inLocale(node: Option, code: string | undefined): { names: string[][]; descriptions: string[]; choices: string[][]; total: number } {
  const name = (n: Option) => (code && n.name_localizations?.[code]) || n.name;
  const description = (n: Option) => (code && n.description_localizations?.[code]) || n.description;
  const names: string[][] = [];
  const descriptions: string[] = [];
  const choices: string[][] = [];
  let total = 0;
  const walk = (n: Option) => {
    descriptions.push(description(n));
    total += name(n).length + description(n).length;
    if (n.options) {
      names.push(n.options.map(name));
      n.options.forEach(walk);
    }
    if (n.choices) {
      const said = n.choices.map((c) => (code && c.name_localizations?.[code]) || c.name);
      choices.push(said);
      total += said.reduce((sum, s) => sum + s.length, 0);
    }
  };
  walk(node);
  names.push([name(node)]);
  return { names, descriptions, choices, total };
}

describe.each(commands.map((c) => [c.name, c] as const))('/%s as Discord registers it', (_name, command) => {
  it('carries a name and description localization for every language', () => {
    const missing: string[] = [];
    const visit = (n: Option, at: string) => {
      for (const code of codes) {
        if (!n.name_localizations?.[code]) missing.push(`${at} name ${code}`);
        if (!n.description_localizations?.[code]) missing.push(`${at} description ${code}`);
      }
      n.options?.forEach((o) => visit(o, `${at} ${o.name}`));
      n.choices?.forEach((c) => codes.forEach((code) => c.name_localizations?.[code] || missing.push(`${at} choice ${c.name} ${code}`)));
    };
    visit(command, `/${command.name}`);
    expect(missing).toEqual([]);
  });

  it.each([undefined, ...codes])('keeps Discord’s rules in %s', (code) => {
    const { names, descriptions, choices, total } = inLocale(command, code);
    const bad: string[] = [];
    for (const level of names) {
      for (const n of level) {
        if (!NAME.test(n)) bad.push(`name "${n}" does not match Discord's pattern`);
        if (n !== n.toLowerCase()) bad.push(`name "${n}" is not lower case`);
      }
      if (new Set(level).size !== level.length) bad.push(`names repeat at one level: ${level.join(', ')}`);
    }
    for (const d of descriptions) if (d.length < 1 || d.length > 100) bad.push(`description of ${d.length} characters: "${d}"`);
    for (const level of choices) {
      for (const c of level) if (c.length < 1 || c.length > 100) bad.push(`choice "${c}" is ${c.length} characters`);
      if (new Set(level).size !== level.length) bad.push(`choices repeat: ${level.join(', ')}`);
    }
    if (total > 8000) bad.push(`${total} characters in all, over 8,000`);
    expect(bad).toEqual([]);
  });
});
