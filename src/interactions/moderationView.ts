import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import { formatList, formatNumber, render, type Message, type T } from '../i18n/index.ts';
import { MODERATION_PREFIX } from '../services/moderation/logView.ts';
import { KEYWORD_TRIGGER } from '../services/moderation/ruleset.ts';
import type { Snapshot } from '../services/moderation/store.ts';
import type { ModerationRecord } from '../services/moderation/types.ts';
import type { WordsChange } from '../services/moderation/service.ts';
import { customId } from './component.ts';

/** Wording of `/moderation`'s private answers (the member's language): pure functions of a server's settings. */

export const WORDS_PAGE_SIZE = 25;
const code = (text: string): string => `\`${text.replace(/`/g, 'ʼ')}\``;
const when = (ms: number): string => `<t:${Math.floor(ms / 1000)}:R>`;
/** A problem noted by this version (a message) or an earlier one (English text). */
const said = (problem: Message | string, t: T): string => (typeof problem === 'string' ? problem : render(problem, t));

/** One page of the server's words, with Previous / Next (the page is in the custom id). */
export function wordsPage(record: ModerationRecord, page: number, t: T): { content: string; components: APIActionRowComponent<APIButtonComponent>[] } {
  const pages = Math.max(1, Math.ceil(record.words.length / WORDS_PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  if (record.words.length === 0) return { content: t('moderation.words.empty'), components: [] };
  const shown = record.words.slice(at * WORDS_PAGE_SIZE, (at + 1) * WORDS_PAGE_SIZE).map(code);
  const head = t('moderation.words.head', { n: formatNumber(t.locale, record.words.length), page: at + 1, pages });
  const content = [head, shown.join(' · '), t('moderation.words.syntax')].join('\n');
  if (pages === 1) return { content, components: [] };
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId(MODERATION_PREFIX, 'words', String(target)), disabled });
  return { content, components: [{ type: ComponentType.ActionRow, components: [button(t('moderation.words.previous'), at - 1, at === 0), button(t('moderation.words.next'), at + 1, at >= pages - 1)] }] };
}

export function wordsChangeText(added: boolean, change: WordsChange, t: T): string {
  const lines: string[] = [];
  const list = (words: string[]) => words.map(code).join(', ');
  if (change.changed.length) lines.push(t(added ? 'moderation.words.added' : 'moderation.words.removed', { words: list(change.changed) }).slice(0, 900));
  if (change.unchanged.length) lines.push(t(added ? 'moderation.words.alreadyThere' : 'moderation.words.notInList', { words: list(change.unchanged) }).slice(0, 400));
  for (const bad of change.invalid.slice(0, 10)) lines.push(t('moderation.words.notUsed', { word: code(bad.word.slice(0, 80)), reason: render(bad.reason, t) }));
  lines.push(t('moderation.words.total', { count: change.total }));
  return lines.join('\n');
}

/** What AutoMod reuse applies when on: the summary, then what is left out and why. */
function automodLines(snapshot: Snapshot, t: T): string[] {
  const { automod } = snapshot.record;
  const ruleName = (name: string) => t('moderation.automod.ruleName', { name: name || t('moderation.rules.unnamed') });
  const keyword = automod.rules.filter((r) => r.triggerType === KEYWORD_TRIGGER);
  const applied = keyword.filter((r) => r.enabled);
  const names = applied.length ? t('moderation.automod.names', { names: applied.map((r) => ruleName(r.name)).join(', ') }) : '';
  const read = automod.readAt ? t('moderation.automod.readAt', { when: when(automod.readAt) }) : '';
  const lines = [t('moderation.automod.applied', { count: applied.length, names, read })];
  const disabled = keyword.length - applied.length;
  if (disabled > 0) lines.push(t('moderation.automod.disabled', { count: disabled }));
  if (automod.rules.some((r) => r.triggerType === 4)) lines.push(t('moderation.automod.presets'));
  const unusable = snapshot.rules.unusable;
  if (unusable.length) {
    lines.push(t('moderation.automod.unusableHead', { n: formatNumber(t.locale, unusable.length) }));
    for (const u of unusable.slice(0, 10)) lines.push(t('moderation.automod.unusable', { pattern: code(u.pattern.slice(0, 120)), rule: ruleName(u.ruleName), reason: render(u.reason, t) }));
  }
  if (automod.problem) lines.push(t('moderation.automod.problem', { problem: said(automod.problem, t) }));
  return lines;
}

/** AutoMod reuse: which rules apply, which patterns cannot be used and why. */
export function automodText(snapshot: Snapshot, t: T): string {
  if (!snapshot.record.automod.on) return t('moderation.automod.off');
  const [summary = '', ...more] = automodLines(snapshot, t);
  return [t('moderation.automod.on', { summary }), ...more].join('\n').slice(0, 2000);
}

export function channelsText(record: ModerationRecord, t: T): string {
  if (record.channels === undefined) return t('moderation.channels.all');
  return t('moderation.channels.only', { channels: record.channels.length > 0 ? formatList(t.locale, record.channels.map((id) => `<#${id}>`), 'or') : t('moderation.channels.none') });
}

export function logText(record: ModerationRecord, t: T): string {
  if (!record.log) return t('moderation.log.none');
  const is = t('moderation.log.is', { channelId: record.log.channelId });
  return record.log.problem ? `${is}\n${t('moderation.log.problem', { problem: said(record.log.problem, t) })}` : is;
}

export function blockedText(record: ModerationRecord, t: T): string {
  const blocked = Object.entries(record.blocked).sort((a, b) => b[1].at - a[1].at);
  if (blocked.length === 0) return t('moderation.blocked.none');
  const lines = blocked.slice(0, 40).map(([memberId, b]) => {
    const reason = b.reason?.replace(/[`*_~|>@]/g, '').slice(0, 100);
    const entry = { memberId, by: b.by, when: when(b.at) };
    return reason ? t('moderation.blocked.entryReason', { ...entry, reason }) : t('moderation.blocked.entry', entry);
  });
  if (blocked.length > 40) lines.push(t('moderation.blocked.more', { n: formatNumber(t.locale, blocked.length - 40) }));
  return [t('moderation.blocked.head', { n: formatNumber(t.locale, blocked.length) }), ...lines].join('\n').slice(0, 2000);
}

/** `/moderation status`: everything that is on. */
export function statusText(snapshot: Snapshot, t: T): string {
  const { record } = snapshot;
  const lines = [
    t('moderation.status.title'),
    t('moderation.status.words', { count: record.words.length }),
    t('moderation.status.automod', { automod: record.automod.on ? automodLines(snapshot, t).join('\n') : t('moderation.status.automodOff') }),
    t('moderation.status.blocked', { n: formatNumber(t.locale, Object.keys(record.blocked).length) }),
    t('moderation.status.channels', { channels: channelsText(record, t) }),
    t('moderation.status.log', { log: logText(record, t) }),
  ];
  return lines.join('\n').slice(0, 2000);
}
