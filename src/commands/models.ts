import { MessageFlags } from 'discord.js';
import { ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { ModelFamily, ModelRegistry } from '../services/models/registry.ts';
import type { ServerModelsView } from '../services/models/serverChoices.ts';
import type { FamilyStateView, ModelState } from '../services/models/state.ts';
import type { Command } from '../interactions/command.ts';

const MESSAGE_MAX = 2000;

/** "4–15 s" for a run of whole seconds, "5, 10 or 15 s" otherwise. */
export function lengthsText(durations: readonly number[]): string {
  const sorted = [...durations].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 3 && last - first === sorted.length - 1) return `${first}–${last} s`;
  return `${words(sorted.map(String))} s`;
}

function qualitiesText(family: ModelFamily): string {
  const label = (q: (typeof family.qualities)[number]) => family.qualityLabels[q] ?? q;
  if (family.qualities.length === 1 && family.qualities[0]) return label(family.qualities[0]);
  return family.qualities.map((q) => `${q} ${label(q)}`).join(', ');
}

function priceText(registry: ModelRegistry, family: ModelFamily): string {
  const { min, max } = registry.priceRange(family);
  return min === max ? `${min} credits` : `${min}–${max} credits`;
}

const at = (ms: number) => `<t:${Math.floor(ms / 1000)}:R>`;

function stateText(view: FamilyStateView | undefined): string {
  switch (view?.status) {
    case 'live':
      return 'live';
    case 'paused':
      return `**paused** by Kie since ${at(view.since ?? 0)}${view.retryAt !== undefined ? `, tried again ${at(view.retryAt)}` : ''}`;
    case 'failing':
      return `**failing** (${view.recentErrors} errors in the last few minutes)`;
    default:
      return 'not tried yet';
  }
}

/** The /models reply: every enabled family with its state, lengths, qualities, prices and strength. */
export function modelsText(registry: ModelRegistry, state: ModelState | undefined, defaultModel: string, server?: ServerModelsView): string {
  const views = new Map((state?.view() ?? []).map((v) => [v.familyId, v]));
  // The server's own list (`/settings models`), in its order; otherwise every enabled family.
  const families = server?.restricted ? server.allowed.flatMap((id) => registry.get(id) ?? []) : registry.list();
  const entries = families.map((f) => {
    const head = `**${f.label}** (\`${f.id}\`): ${stateText(views.get(f.id))}`;
    const facts = [lengthsText(f.durations), qualitiesText(f), priceText(registry, f), f.imageRequired ? 'image required' : 'text or image'].join(' · ');
    return { head, facts, goodAt: f.goodAt };
  });
  const chosen = server?.restricted ? ', chosen by this server' : '';
  const header = `Video models here${chosen} (pick one with \`/sora model:\`; default \`${defaultModel}\`${server?.serverDefault ? ', set by this server' : ''}):`;
  const full = [header, ...entries.map((e) => `${e.head}\n${e.facts} · ${e.goodAt}`)].join('\n');
  if (full.length <= MESSAGE_MAX) return full;
  // Many families: the strengths go first, so every family still shows its state and price.
  const short = [header, ...entries.map((e) => `${e.head}\n${e.facts}`)].join('\n');
  return short.length <= MESSAGE_MAX ? short : `${short.slice(0, MESSAGE_MAX - 1)}…`;
}

/** `/models`: anyone, private. The state comes from the bot's own traffic with Kie (ModelState). */
export function modelsCommand(registry: ModelRegistry, state?: ModelState): Command {
  return {
    data: {
      name: 'models',
      description: 'The video models you can use here: live or paused, lengths, qualities and prices',
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
    async execute(interaction, context) {
      const server = context.serverModels?.view(interaction.guildId);
      const content = modelsText(registry, state, server?.defaultModel ?? context.defaultModel, server);
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    },
  };
}

function words(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
