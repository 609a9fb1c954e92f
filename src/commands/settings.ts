import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { UserError } from '../errors/index.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import type { ServerModelsView } from '../services/models/serverChoices.ts';
import type { Command } from '../interactions/command.ts';

export const settingsCommandData = {
  name: 'settings',
  description: 'This server’s settings for the video bot (Manage Server)',
  // Hidden from members by default; checked again at run time, because server admins can change this.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'models',
      description: 'Which models members may use here, and the default; no options shows them',
      options: [
        { type: ApplicationCommandOptionType.String, name: 'allowed', description: 'Comma list of model ids in your order (see /models), or "all"', max_length: 500 },
        { type: ApplicationCommandOptionType.String, name: 'default', description: 'The model used when a member leaves out model: ("operator" = the bot’s default)', max_length: 64, autocomplete: true },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The private reply of `/settings models`. */
export function serverModelsText(registry: ModelRegistry, view: ServerModelsView, changed: boolean): string {
  const list = view.allowed.map((id) => `\`${id}\``).join(', ');
  const lines = [
    changed ? 'Saved. Model settings for this server:' : 'Model settings for this server:',
    `**Allowed:** ${view.restricted ? list : `all models the bot offers (${list})`}`,
    `**Default:** \`${view.defaultModel}\`${view.serverDefault ? '' : ' (the bot’s default)'}`,
  ];
  const everything = registry.list().map((f) => `\`${f.id}\``);
  lines.push(
    `Change with \`/settings models allowed:\` (comma list of ${everything.join(', ')}, or \`all\`) and \`default:\` (one allowed model, or \`operator\`).`,
  );
  return lines.join('\n');
}

/** `/settings models`: Manage Server, checked at run time; replies privately. */
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
    await interaction.respond([...choices, { name: 'operator — the bot’s default', value: 'operator' }].slice(0, 25));
  },
  async execute(interaction, context) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError('Settings belong to a server. Use `/settings` inside one.');
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError('Only members with the **Manage Server** permission can change this server’s settings.');
    }
    const choices = context.serverModels;
    if (!choices) throw new UserError('Per-server model settings are not available on this bot.');
    const sub = interaction.options.getSubcommand();
    if (sub !== 'models') throw new UserError(`Unknown settings: ${sub}.`);
    const allowed = interaction.options.getString('allowed') ?? undefined;
    const wantedDefault = interaction.options.getString('default') ?? undefined;
    const changed = allowed !== undefined || wantedDefault !== undefined;
    const view = changed ? await choices.update(interaction.guildId, { allowed, default: wantedDefault }, interaction.user.id) : choices.view(interaction.guildId);
    if (changed) context.logger.info({ guildId: interaction.guildId, allowed: view.restricted ? view.allowed : 'all', default: view.defaultModel }, 'server model settings changed');
    await interaction.reply({ content: serverModelsText(context.registry, view, changed), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
};
