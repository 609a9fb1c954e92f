import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { UserError } from '../errors/index.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import type { ServerModelsView } from '../services/models/serverChoices.ts';
import { buildCommand } from '../i18n/commands.ts';
import { isLocale, LANGUAGE_NAMES, LOCALES, message, type T } from '../i18n/index.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { memberT } from '../interactions/locale.ts';

export const settingsCommandData = buildCommand({
  name: 'settings',
  // Hidden from members by default; checked again at run time, because server admins can change this.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'models',
      options: [
        { type: ApplicationCommandOptionType.String, name: 'allowed', max_length: 500 },
        { type: ApplicationCommandOptionType.String, name: 'default', max_length: 64, autocomplete: true },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'language',
      options: [{ type: ApplicationCommandOptionType.String, name: 'language', choices: [{ value: 'auto' }, ...LOCALES.map((value) => ({ value }))] }],
    },
  ],
});

/** The private reply of `/settings models`, in `t`'s language. */
export function serverModelsText(registry: ModelRegistry, view: ServerModelsView, changed: boolean, t: T): string {
  const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
  const list = code(view.allowed);
  return [
    t(changed ? 'settings.models.saved' : 'settings.models.current'),
    t('settings.models.allowed', { list: view.restricted ? list : t('settings.models.allowedAll', { list }) }),
    t('settings.models.default', { model: view.defaultModel, operator: view.serverDefault ? '' : t('settings.models.operatorDefault') }),
    t('settings.models.hint', { models: code(registry.list().map((f) => f.id)) }),
  ].join('\n');
}

/** `/settings models` and `/settings language`: Manage Server, checked at run time; replies privately. */
export const settingsCommand: Command = {
  data: settingsCommandData,
  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'default') return interaction.respond([]);
    const needle = String(focused.value).trim().toLowerCase();
    const choices = context.registry
      .list()
      .filter((f) => needle === '' || f.id.includes(needle) || f.label.toLowerCase().includes(needle))
      .slice(0, 24)
      .map((f) => ({ name: `${f.id} — ${f.label}`.slice(0, 100), value: f.id }));
    await interaction.respond([...choices, { name: memberT(interaction)('settings.models.operatorChoice'), value: 'operator' }].slice(0, 25));
  },
  async execute(interaction, context) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError(message('settings.serverOnly'));
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) throw new UserError(message('settings.manageServer'));
    const sub = interaction.options.getSubcommand();
    if (sub === 'language') return language(interaction, context);
    const choices = context.serverModels;
    if (!choices) throw new UserError(message('settings.models.unavailable'));
    if (sub !== 'models') throw new UserError(message('settings.unknown', { name: sub }));
    const allowed = interaction.options.getString('allowed') ?? undefined;
    const wantedDefault = interaction.options.getString('default') ?? undefined;
    const changed = allowed !== undefined || wantedDefault !== undefined;
    const view = changed ? await choices.update(interaction.guildId, { allowed, default: wantedDefault }, interaction.user.id) : choices.view(interaction.guildId);
    if (changed) context.logger.info({ guildId: interaction.guildId, allowed: view.restricted ? view.allowed : 'all', default: view.defaultModel }, 'server model settings changed');
    await interaction.reply({ content: serverModelsText(context.registry, view, changed, memberT(interaction)), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
};

/** `/settings language [language]`: shows or sets the language of the server's public messages. */
async function language(interaction: ChatInputCommandInteraction<'cached' | 'raw'>, context: InteractionContext): Promise<void> {
  const t = memberT(interaction);
  const wanted = interaction.options.getString('language');
  if (wanted !== null) {
    if (wanted !== 'auto' && !isLocale(wanted)) throw new UserError(message('settings.language.notOffered', { value: wanted.slice(0, 20) }));
    await context.languages.set(interaction.guildId, wanted, interaction.user.id);
    context.logger.info({ guildId: interaction.guildId, language: wanted }, 'server language changed');
  }
  const current = context.languages.of(interaction.guildId, interaction.guildLocale);
  const how = t(context.languages.chosen(interaction.guildId) ? 'settings.language.chosen' : 'settings.language.auto');
  const head = t(wanted === null ? 'settings.language.current' : 'settings.language.saved', { language: LANGUAGE_NAMES[current], how });
  await interaction.reply({ content: `${head}\n${t('settings.language.hint')}`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}
