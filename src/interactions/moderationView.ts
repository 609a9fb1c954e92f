import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import { MODERATION_PREFIX } from '../services/moderation/logView.ts';
import { KEYWORD_TRIGGER } from '../services/moderation/ruleset.ts';
import type { Snapshot } from '../services/moderation/store.ts';
import type { ModerationRecord } from '../services/moderation/types.ts';
import { customId } from './component.ts';

/** Wording of `/moderation`'s private answers: pure functions of a server's settings. */

export const WORDS_PAGE_SIZE = 25;
const code = (text: string): string => `\`${text.replace(/`/g, 'ʼ')}\``;
const when = (ms: number): string => `<t:${Math.floor(ms / 1000)}:R>`;

/** One page of the server's words, with Previous / Next (the page is in the custom id). */
export function wordsPage(record: ModerationRecord, page: number): { content: string; components: APIActionRowComponent<APIButtonComponent>[] } {
  const pages = Math.max(1, Math.ceil(record.words.length / WORDS_PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  if (record.words.length === 0) return { content: 'This server has no blocked words yet. Add some with `/moderation words add:` (e.g. `*cat*`, `gore`).', components: [] };
  const shown = record.words.slice(at * WORDS_PAGE_SIZE, (at + 1) * WORDS_PAGE_SIZE).map(code);
  const content = [`**Blocked words** (${record.words.length}) · page ${at + 1} of ${pages}`, shown.join(' · '), '`word` whole word · `*word` ends with · `word*` starts with · `*word*` anywhere'].join('\n');
  if (pages === 1) return { content, components: [] };
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId(MODERATION_PREFIX, 'words', String(target)), disabled });
  return { content, components: [{ type: ComponentType.ActionRow, components: [button('Previous', at - 1, at === 0), button('Next', at + 1, at >= pages - 1)] }] };
}

export function wordsChangeText(verb: 'Added' | 'Removed', change: { changed: string[]; unchanged: string[]; invalid: Array<{ word: string; reason: string }>; total: number }): string {
  const lines: string[] = [];
  if (change.changed.length) lines.push(`${verb} ${change.changed.map(code).join(', ')}.`.slice(0, 900));
  if (change.unchanged.length) lines.push(`${verb === 'Added' ? 'Already there' : 'Not in the list'}: ${change.unchanged.map(code).join(', ')}.`.slice(0, 400));
  for (const bad of change.invalid.slice(0, 10)) lines.push(`Not used: ${code(bad.word.slice(0, 80))}: ${bad.reason}.`);
  lines.push(`The server has ${change.total} blocked word${change.total === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

/** AutoMod reuse: which rules apply, which patterns cannot be used and why. */
export function automodText(snapshot: Snapshot): string {
  const { automod } = snapshot.record;
  if (!automod.on) return 'AutoMod reuse is **off**: only this server’s own words (`/moderation words`) apply to prompts. Turn it on with `/moderation automod automod:on`.';
  const keyword = automod.rules.filter((r) => r.triggerType === KEYWORD_TRIGGER);
  const applied = keyword.filter((r) => r.enabled);
  const lines = [
    `AutoMod reuse is **on**: ${applied.length} keyword rule${applied.length === 1 ? '' : 's'} applied to prompts${applied.length ? ` (${applied.map((r) => `“${r.name}”`).join(', ')})` : ''}${automod.readAt ? `, read ${when(automod.readAt)}` : ''}.`,
  ];
  const disabled = keyword.length - applied.length;
  if (disabled > 0) lines.push(`${disabled} disabled keyword rule${disabled === 1 ? ' is' : 's are'} left out.`);
  if (automod.rules.some((r) => r.triggerType === 4)) lines.push('Discord’s preset lists (profanity, sexual content, slurs) cannot be read by bots, so they do not apply to prompts.');
  const unusable = snapshot.rules.unusable;
  if (unusable.length) {
    lines.push(`**Not usable** (${unusable.length}):`);
    for (const u of unusable.slice(0, 10)) lines.push(`• ${code(u.pattern.slice(0, 120))} in “${u.ruleName}”: ${u.reason}.`);
  }
  if (automod.problem) lines.push(`⚠️ ${automod.problem}.`);
  return lines.join('\n').slice(0, 2000);
}

export function channelsText(record: ModerationRecord): string {
  if (record.channels === undefined) return 'Videos can be made in **every channel** (`/moderation channels allow:#a, #b` limits them).';
  return `Videos can be made only in ${record.channels.map((id) => `<#${id}>`).join(', ') || 'no channel'}, and in the channel of an open challenge. \`/moderation channels all:True\` allows every channel again.`;
}

export function logText(record: ModerationRecord): string {
  if (!record.log) return 'No review log. `/moderation log channel:#channel` posts every video and every refused prompt there.';
  return `The review log is <#${record.log.channelId}>.${record.log.problem ? `\n⚠️ The last post did not go through: ${record.log.problem}.` : ''}`;
}

export function blockedText(record: ModerationRecord): string {
  const blocked = Object.entries(record.blocked).sort((a, b) => b[1].at - a[1].at);
  if (blocked.length === 0) return 'No member is blocked from the bot in this server.';
  const lines = blocked.slice(0, 40).map(([id, b]) => `• <@${id}> by <@${b.by}> ${when(b.at)}${b.reason ? `: ${b.reason.replace(/[`*_~|>@]/g, '').slice(0, 100)}` : ''}`);
  if (blocked.length > 40) lines.push(`…and ${blocked.length - 40} more.`);
  return [`**Blocked from the bot** (${blocked.length}):`, ...lines].join('\n').slice(0, 2000);
}

/** `/moderation status`: everything that is on. */
export function statusText(snapshot: Snapshot): string {
  const { record } = snapshot;
  const blocked = Object.keys(record.blocked).length;
  const lines = [
    '**Moderation in this server**',
    `**Words:** ${record.words.length} blocked word${record.words.length === 1 ? '' : 's'} (\`/moderation words\` lists them).`,
    `**AutoMod:** ${record.automod.on ? automodText(snapshot).replace(/^AutoMod reuse is \*\*on\*\*: /, '') : 'off.'}`,
    `**Blocked members:** ${blocked} (\`/moderation blocked\` lists them).`,
    `**Channels:** ${channelsText(record)}`,
    `**Log:** ${logText(record)}`,
  ];
  return lines.join('\n').slice(0, 2000);
}
