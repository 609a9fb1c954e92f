import type { Locale } from './locales.ts';
import type { MessageKey, T } from './types.ts';

/** A value put into a message: text, a number, another message, or a list read as "a, b or c". */
export type Param = string | number | Message | { or: readonly Item[] } | { and: readonly Item[] };
/** A list item: text as it is, or a message in the reader's language (a choice's localized name). */
export type Item = string | Message;

/**
 * A message to show later, in a language not known yet (a refusal, why a video failed): its key and
 * what goes into it. Plain data, so a job can keep it and show it in the server's language in its
 * public reply and in the member's in `/jobs show`.
 */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, Param>>;
}

export const message = (key: MessageKey, params?: Record<string, Param>): Message => (params ? { key, params } : { key });

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/** The message in `t`'s language; nested messages and lists too. */
export function render(m: Message, t: T): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.params ?? {})) params[name] = renderParam(value, t);
  return t(m.key, params);
}

function renderParam(value: Param, t: T): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessage(value)) return render(value, t);
  const items = 'or' in value ? value.or : value.and;
  return formatList(t.locale, items.map((item) => (typeof item === 'string' ? item : render(item, t))), 'or' in value ? 'or' : 'and');
}

/** A list as the language reads it ("a, b and c", "a、b、c"). */
export function formatList(locale: Locale, items: readonly string[], type: 'and' | 'or'): string {
  return new Intl.ListFormat(locale, { type: type === 'and' ? 'conjunction' : 'disjunction' }).format(items);
}
