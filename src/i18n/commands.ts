import type { APIApplicationCommandOptionChoice, LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { en } from './en-US/index.ts';
import { DISCORD_LOCALES, LOCALES, SOURCE_LOCALE, type Locale } from './locales.ts';
import { translations } from './translations.ts';

/**
 * A slash command as its file declares it: names, types and limits only. Every name, description and
 * choice a member reads comes from the message files (`commands.<command>` in each language), so
 * Discord shows the command in each member's language; names and values stay the interface.
 *
 * Message paths: `commands.<command>.{name,description}`, then `.options.<option>.{name,description}`
 * (a subcommand's options nest the same way), and a choice's name at `.choices.<value>`, or `.choice`
 * with `{{value}}` for numbered choices.
 */
export interface OptionSpec {
  type: number;
  name: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: ReadonlyArray<{ value: string | number }>;
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  channel_types?: number[];
  options?: OptionSpec[];
}

export interface CommandSpec {
  name: string;
  default_member_permissions?: string;
  contexts?: number[];
  integration_types?: number[];
  options?: OptionSpec[];
}

type Node = Record<string, unknown>;

const dig = (root: unknown, path: readonly string[]): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Node)[key] : undefined), root);

function messagesOf(locale: Locale): unknown {
  return locale === 'en-US' ? en : translations[locale];
}

/** The text at `path` in `locale`, with `{{value}}` filled; the English text when the language lacks it. */
function text(locale: Locale, path: readonly string[], value?: string | number): string | undefined {
  const found = dig(messagesOf(locale), path) ?? dig(en, path);
  if (typeof found !== 'string') return undefined;
  return value === undefined ? found : found.replaceAll('{{value}}', String(value));
}

function required(path: readonly string[], value?: string | number): string {
  const found = text(SOURCE_LOCALE, path, value);
  if (found === undefined) throw new Error(`no English message at ${path.join('.')}`);
  return found;
}

/** Every other language's text at `path`, for each Discord locale it serves (English's where a language lacks it). */
function localizations(path: readonly string[], value?: string | number): LocalizationMap {
  required(path, value);
  const map: LocalizationMap = {};
  for (const locale of LOCALES) {
    if (locale === SOURCE_LOCALE) continue;
    const said = text(locale, path, value);
    if (said === undefined) continue;
    for (const code of DISCORD_LOCALES[locale]) map[code as keyof LocalizationMap] = said;
  }
  return map;
}

function choiceOf(path: readonly string[], value: string | number): APIApplicationCommandOptionChoice {
  const own = dig(en, [...path, 'choices', String(value)]) !== undefined;
  const at = own ? [...path, 'choices', String(value)] : [...path, 'choice'];
  return { name: required(at, value), name_localizations: localizations(at, value), value } as APIApplicationCommandOptionChoice;
}

function optionOf(spec: OptionSpec, parent: readonly string[]): Node {
  const path = [...parent, 'options', spec.name];
  const { choices, options, ...rest } = spec;
  return {
    ...rest,
    description: required([...path, 'description']),
    name_localizations: localizations([...path, 'name']),
    description_localizations: localizations([...path, 'description']),
    ...(choices ? { choices: choices.map((c) => choiceOf(path, c.value)) } : {}),
    ...(options ? { options: options.map((o) => optionOf(o, path)) } : {}),
  };
}

/** The command as Discord registers it: English by default, each language in its localizations. */
export function buildCommand(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const path = ['commands', spec.name];
  const { options, ...rest } = spec;
  if (required([...path, 'name']) !== spec.name) throw new Error(`commands.${spec.name}.name must be the command's own name in English`);
  return {
    ...rest,
    description: required([...path, 'description']),
    name_localizations: localizations([...path, 'name']),
    description_localizations: localizations([...path, 'description']),
    ...(options ? { options: options.map((o) => optionOf(o, path)) } : {}),
  } as unknown as RESTPostAPIChatInputApplicationCommandsJSONBody;
}
