import { MessageFlags } from 'discord.js';
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { buildCommand } from '../i18n/commands.ts';
import { formatNumber, render, type T } from '../i18n/index.ts';
import type { ModelFamily, ModelRegistry } from '../services/models/registry.ts';
import type { ServerModelsView } from '../services/models/serverChoices.ts';
import type { FamilyStateView, ModelState } from '../services/models/state.ts';
import type { Command } from '../interactions/command.ts';
import { memberT } from '../interactions/locale.ts';

const MESSAGE_MAX = 2000;

/** "4–15 s" for a run of whole seconds, "5, 10 or 15 s" otherwise. */
export function lengthsText(durations: readonly number[], t: T): string {
  const sorted = [...durations].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 3 && last - first === sorted.length - 1) return t('models.view.lengthsRange', { first, last });
  return render({ key: 'models.view.lengths', params: { lengths: { or: sorted.map(String) } } }, t);
}

/** A quality as the member picks it in `/sora` (its choice's name), with what it means for this family. */
function qualitiesText(family: ModelFamily, t: T): string {
  const label = (q: (typeof family.qualities)[number]) => family.qualityLabels[q] ?? q;
  if (family.qualities.length === 1 && family.qualities[0]) return label(family.qualities[0]);
  return family.qualities.map((q) => t('models.view.quality', { quality: t(`commands.sora.options.quality.choices.${q}`), label: label(q) })).join(', ');
}

function priceText(registry: ModelRegistry, family: ModelFamily, t: T): string {
  const { min, max } = registry.priceRange(family);
  const n = (credits: number) => formatNumber(t.locale, credits);
  return min === max ? t('models.view.price', { price: n(min) }) : t('models.view.priceRange', { min: n(min), max: n(max) });
}

const at = (ms: number) => `<t:${Math.floor(ms / 1000)}:R>`;

function stateText(view: FamilyStateView | undefined, t: T): string {
  switch (view?.status) {
    case 'live':
      return t('models.view.state.live');
    case 'paused':
      return t('models.view.state.paused', { since: at(view.since ?? 0), retry: view.retryAt !== undefined ? t('models.view.state.retry', { when: at(view.retryAt) }) : '' });
    case 'failing':
      return t('models.view.state.failing', { count: view.recentErrors });
    default:
      return t('models.view.state.unknown');
  }
}

/** The /models reply, in `t`'s language: every enabled family with its state, lengths, qualities, prices and strength. */
export function modelsText(registry: ModelRegistry, state: ModelState | undefined, defaultModel: string, t: T, server?: ServerModelsView): string {
  const views = new Map((state?.view() ?? []).map((v) => [v.familyId, v]));
  // The server's own list (`/settings models`), in its order; otherwise every enabled family.
  const families = server?.restricted ? server.allowed.flatMap((id) => registry.get(id) ?? []) : registry.list();
  const entries = families.map((f) => {
    const head = `**${f.label}** (\`${f.id}\`): ${stateText(views.get(f.id), t)}`;
    const kind = t(f.imageRequired ? 'models.view.imageRequired' : 'models.view.textOrImage');
    const facts = [lengthsText(f.durations, t), qualitiesText(f, t), priceText(registry, f, t), kind].join(' · ');
    return { head, facts, goodAt: t(f.goodAt) };
  });
  const header = t('models.view.header', {
    chosen: server?.restricted ? t('models.view.chosen') : '',
    model: defaultModel,
    serverDefault: server?.serverDefault ? t('models.view.serverDefault') : '',
  });
  const full = [header, ...entries.map((e) => `${e.head}\n${e.facts} · ${e.goodAt}`)].join('\n');
  if (full.length <= MESSAGE_MAX) return full;
  // Many families: the strengths go first, so every family still shows its state and price.
  const short = [header, ...entries.map((e) => `${e.head}\n${e.facts}`)].join('\n');
  return short.length <= MESSAGE_MAX ? short : `${short.slice(0, MESSAGE_MAX - 1)}…`;
}

/** `/models`: anyone, private, in the member's language. The state comes from the bot's own traffic with Kie (ModelState). */
export function modelsCommand(registry: ModelRegistry, state?: ModelState): Command {
  return {
    data: buildCommand({ name: 'models', contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] }),
    async execute(interaction, context) {
      const server = context.serverModels?.view(interaction.guildId);
      const content = modelsText(registry, state, server?.defaultModel ?? context.defaultModel, memberT(interaction), server);
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    },
  };
}
