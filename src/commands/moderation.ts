import { MessageFlags, PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, ChannelType, InteractionContextType, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { UserError } from '../errors/index.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { automodText, blockedText, channelsText, logText, statusText, wordsChangeText, wordsPage } from '../interactions/moderationView.ts';
import { AutoModAccessError } from '../services/moderation/automod.ts';
import type { ModerationTools } from '../services/moderation/tools.ts';
import { MODERATION_LIMITS } from '../services/moderation/types.ts';

const text = (name: string, description: string, max: number) => ({ type: ApplicationCommandOptionType.String, name, description, max_length: max }) as const;
const flag = (name: string, description: string) => ({ type: ApplicationCommandOptionType.Boolean, name, description }) as const;
const member = (description: string) => ({ type: ApplicationCommandOptionType.User, name: 'member', description, required: true }) as const;

/**
 * Discord lets a command hold subcommands or plain options, not both, so every spelling of the
 * issue is a subcommand whose options carry the rest: `/moderation words add:…` (or `remove:`,
 * `list:`, or nothing to list), `/moderation automod automod:on|off`, `/moderation channels
 * allow:…` or `all:True`, `/moderation log channel:…` or `off:True`.
 */
export const moderationCommandData = {
  name: 'moderation',
  description: 'This server’s rules for the video bot: words, AutoMod, blocked members, channels, log',
  // Hidden from members by default; checked again at run time, because server admins can change this.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'words',
      description: 'Blocked words in prompts (AutoMod syntax: word, *word, word*, *word*); no option lists them',
      options: [
        text('add', 'Words or patterns to block, comma-separated, e.g. *cat*, gore', 1000),
        text('remove', 'Words or patterns to unblock, comma-separated', 1000),
        flag('list', 'Show the list (as with no option)'),
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'automod',
      description: 'Apply this server’s AutoMod keyword rules to prompts too; no option shows them',
      options: [{ type: ApplicationCommandOptionType.String, name: 'automod', description: 'on or off', choices: [{ name: 'on', value: 'on' }, { name: 'off', value: 'off' }] }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'block', description: 'Block a member from the bot here', options: [member('Who'), text('reason', 'Why (shown in /moderation blocked)', 200)] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'unblock', description: 'Let a blocked member use the bot again', options: [member('Who')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'blocked', description: 'Members blocked from the bot here' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'channels',
      description: 'Where /sora, Again and Remix may be used; no option shows it',
      options: [text('allow', 'Channels, comma-separated, e.g. #videos, #art', 1000), flag('all', 'Allow every channel again')],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'log',
      description: 'Post every video and refused prompt to a channel for review; no option shows it',
      options: [{ type: ApplicationCommandOptionType.Channel, name: 'channel', description: 'The review log channel', channel_types: [ChannelType.GuildText] }, flag('off', 'Stop the review log')],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'status', description: 'What is on: words, AutoMod, blocked members, channels, log' },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const NEEDS_MANAGE_SERVER = 'I need the **Manage Server** permission to read this server’s AutoMod rules (Discord allows nothing less). Give my role Manage Server, then run `/moderation automod automod:on` again. Nothing was changed.';

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const reply = (interaction: ChatInputCommandInteraction, content: string, components: unknown[] = []) => {
  const body = { content, components: components as never[], allowedMentions: { parse: [] } };
  return interaction.deferred ? interaction.editReply(body) : interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
};

/** A member's permissions in a channel option, as Discord resolved them for the interaction. */
function bitsIn(resolved: object | null): bigint | null {
  const permissions = (resolved as { permissions?: unknown } | null)?.permissions;
  if (permissions instanceof PermissionsBitField) return permissions.bitfield;
  return typeof permissions === 'string' ? BigInt(permissions) : null;
}

async function words(interaction: ChatInputCommandInteraction, tools: ModerationTools, guildId: string): Promise<void> {
  const add = interaction.options.getString('add');
  const remove = interaction.options.getString('remove');
  if (add !== null && remove !== null) throw new UserError('Add or remove, not both at once.');
  const typed = list(add ?? remove ?? '');
  if (typed.length > 100) throw new UserError('Up to 100 words at a time, please.');
  if (add !== null || remove !== null) {
    if (typed.length === 0) throw new UserError('Name at least one word or pattern, e.g. `*cat*`.');
    const change = add !== null ? await tools.rules.addWords(guildId, typed) : await tools.rules.removeWords(guildId, typed);
    return void (await reply(interaction, wordsChangeText(add !== null ? 'Added' : 'Removed', change)));
  }
  const page = wordsPage((await tools.rules.view(guildId)).record, 0);
  await reply(interaction, page.content, page.components);
}

async function automod(interaction: ChatInputCommandInteraction, tools: ModerationTools, guildId: string): Promise<void> {
  const wanted = interaction.options.getString('automod');
  if (wanted === null) return void (await reply(interaction, automodText(await tools.rules.view(guildId))));
  if (wanted === 'off') return void (await reply(interaction, `Saved. ${automodText(await tools.rules.automod.turnOff(guildId))}`));
  if (!interaction.appPermissions.has(PermissionFlagsBits.ManageGuild)) throw new UserError(NEEDS_MANAGE_SERVER);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    await reply(interaction, `Saved. ${automodText(await tools.rules.automod.turnOn(guildId))}`);
  } catch (error) {
    if (error instanceof AutoModAccessError) throw new UserError(NEEDS_MANAGE_SERVER);
    throw error;
  }
}

async function channels(interaction: ChatInputCommandInteraction, tools: ModerationTools, guildId: string): Promise<void> {
  const allow = interaction.options.getString('allow');
  if (interaction.options.getBoolean('all')) return void (await reply(interaction, `Saved. ${channelsText((await tools.rules.setChannels(guildId, undefined)).record)}`));
  if (allow === null) return void (await reply(interaction, channelsText((await tools.rules.view(guildId)).record)));
  const ids = [...allow.matchAll(/<#(\d{15,22})>|\b(\d{15,22})\b/g)].map((m) => m[1] ?? m[2]!);
  if (ids.length === 0) throw new UserError('Name the channels, e.g. `allow: #videos, #art`.');
  if (ids.length > MODERATION_LIMITS.channels) throw new UserError(`Up to ${MODERATION_LIMITS.channels} channels.`);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // Read each one over REST (no cache needed): it must be a channel of this server.
  for (const id of new Set(ids)) {
    const channel = (await interaction.client.rest.get(Routes.channel(id)).catch(() => undefined)) as { guild_id?: string } | undefined;
    if (channel?.guild_id !== guildId) throw new UserError(`<#${id}> is not a channel of this server that I can see. Nothing was changed.`);
  }
  await reply(interaction, `Saved. ${channelsText((await tools.rules.setChannels(guildId, ids)).record)}`);
}

async function log(interaction: ChatInputCommandInteraction, tools: ModerationTools, guildId: string): Promise<void> {
  const channel = interaction.options.getChannel('channel');
  if (interaction.options.getBoolean('off')) return void (await reply(interaction, `Saved. ${logText((await tools.rules.setLog(guildId, undefined)).record)}`));
  if (!channel) return void (await reply(interaction, logText((await tools.rules.view(guildId)).record)));
  const bits = bitsIn(channel);
  // Nobody reads more through the bot than they could: the log shows every prompt of the server.
  if (bits === null || (bits & PermissionFlagsBits.ViewChannel) === 0n) throw new UserError(`You cannot see <#${channel.id}> yourself, so I will not post the review log there.`);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const hello = { content: '📋 This channel is now the video bot’s review log: every video made in this server and every refused prompt is posted here, with **Remove video** and **Block member** for moderators (Manage Messages).', allowed_mentions: { parse: [] } };
  try {
    await interaction.client.rest.post(Routes.channelMessages(channel.id), { body: hello });
  } catch {
    throw new UserError(`I cannot post in <#${channel.id}>. Give me View Channel, Send Messages and Attach Files there, then try again. Nothing was changed.`);
  }
  await reply(interaction, `Saved. ${logText((await tools.rules.setLog(guildId, channel.id)).record)}`);
}

async function block(interaction: ChatInputCommandInteraction, tools: ModerationTools, guildId: string, sub: 'block' | 'unblock'): Promise<void> {
  const who = interaction.options.getUser('member', true);
  if (sub === 'unblock') {
    const was = await tools.rules.unblock(guildId, who.id);
    return void (await reply(interaction, was ? `Unblocked <@${who.id}>: they can use the bot here again.` : `<@${who.id}> was not blocked.`));
  }
  const reason = interaction.options.getString('reason')?.trim() || undefined;
  const done = await tools.rules.block(guildId, who.id, interaction.user.id, reason);
  await reply(interaction, done === 'already' ? `<@${who.id}> is already blocked.` : `Blocked <@${who.id}>: their \`/sora\`, result buttons and \`/challenge submit\` are refused in this server. \`/moderation unblock\` undoes it.`);
}

export const moderationCommand: Command = {
  data: moderationCommandData,
  async execute(interaction, context: InteractionContext) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError('Moderation belongs to a server. Use `/moderation` inside one.');
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) throw new UserError('Only members with the **Manage Server** permission can use `/moderation`.');
    const tools = context.moderation;
    if (!tools) throw new UserError('Moderation is not available on this bot.');
    const guildId = interaction.guildId;
    const sub = interaction.options.getSubcommand();
    switch (sub) {
      case 'words':
        return words(interaction, tools, guildId);
      case 'automod':
        return automod(interaction, tools, guildId);
      case 'block':
      case 'unblock':
        return block(interaction, tools, guildId, sub);
      case 'blocked':
        return void (await reply(interaction, blockedText((await tools.rules.view(guildId)).record)));
      case 'channels':
        return channels(interaction, tools, guildId);
      case 'log':
        return log(interaction, tools, guildId);
      case 'status':
        return void (await reply(interaction, statusText(await tools.rules.view(guildId))));
      default:
        throw new UserError(`\`/moderation ${sub.slice(0, 32)}\` is not a subcommand.`);
    }
  },
};
