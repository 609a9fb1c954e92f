import { MessageFlags, PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, ChannelType, InteractionContextType, Routes } from 'discord-api-types/v10';
import { UserError } from '../errors/index.ts';
import { buildCommand } from '../i18n/commands.ts';
import { message, type T } from '../i18n/index.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { memberT, serverT } from '../interactions/locale.ts';
import { automodText, blockedText, channelsText, logText, statusText, wordsChangeText, wordsPage } from '../interactions/moderationView.ts';
import { AutoModAccessError } from '../services/moderation/automod.ts';
import type { ModerationTools } from '../services/moderation/tools.ts';
import { MODERATION_LIMITS } from '../services/moderation/types.ts';

const text = (name: string, max: number) => ({ type: ApplicationCommandOptionType.String, name, max_length: max }) as const;
const flag = (name: string) => ({ type: ApplicationCommandOptionType.Boolean, name }) as const;
const member = { type: ApplicationCommandOptionType.User, name: 'member', required: true } as const;
const WORDS_AT_ONCE = 100;

/**
 * Discord lets a command hold subcommands or plain options, not both, so every spelling of the
 * issue is a subcommand whose options carry the rest: `/moderation words add:…` (or `remove:`,
 * `list:`, or nothing to list), `/moderation automod automod:on|off`, `/moderation channels
 * allow:…` or `all:True`, `/moderation log channel:…` or `off:True`.
 */
export const moderationCommandData = buildCommand({
  name: 'moderation',
  // Hidden from members by default; checked again at run time, because server admins can change this.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'words', options: [text('add', 1000), text('remove', 1000), flag('list')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'automod', options: [{ type: ApplicationCommandOptionType.String, name: 'automod', choices: [{ value: 'on' }, { value: 'off' }] }] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'block', options: [member, text('reason', 200)] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'unblock', options: [member] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'blocked' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'channels', options: [text('allow', 1000), flag('all')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'log', options: [{ type: ApplicationCommandOptionType.Channel, name: 'channel', channel_types: [ChannelType.GuildText] }, flag('off')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'status' },
  ],
});

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

/** One `/moderation` run: who asked where, and the language of their answers. */
interface Run {
  interaction: ChatInputCommandInteraction;
  context: InteractionContext;
  tools: ModerationTools;
  guildId: string;
  t: T;
}

const saved = (t: T, text: string): string => t('moderation.saved', { text });

async function words({ interaction, tools, guildId, t }: Run): Promise<void> {
  const add = interaction.options.getString('add');
  const remove = interaction.options.getString('remove');
  if (add !== null && remove !== null) throw new UserError(message('moderation.words.addOrRemove'));
  const typed = list(add ?? remove ?? '');
  if (typed.length > WORDS_AT_ONCE) throw new UserError(message('moderation.words.tooMany', { max: WORDS_AT_ONCE }));
  if (add !== null || remove !== null) {
    if (typed.length === 0) throw new UserError(message('moderation.words.none'));
    const change = add !== null ? await tools.rules.addWords(guildId, typed) : await tools.rules.removeWords(guildId, typed);
    return void (await reply(interaction, wordsChangeText(add !== null, change, t)));
  }
  const page = wordsPage((await tools.rules.view(guildId)).record, 0, t);
  await reply(interaction, page.content, page.components);
}

async function automod({ interaction, tools, guildId, t }: Run): Promise<void> {
  const wanted = interaction.options.getString('automod');
  if (wanted === null) return void (await reply(interaction, automodText(await tools.rules.view(guildId), t)));
  if (wanted === 'off') return void (await reply(interaction, saved(t, automodText(await tools.rules.automod.turnOff(guildId), t))));
  const needsManageServer = () => new UserError(message('moderation.automod.needsManageServer'));
  if (!interaction.appPermissions.has(PermissionFlagsBits.ManageGuild)) throw needsManageServer();
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    await reply(interaction, saved(t, automodText(await tools.rules.automod.turnOn(guildId), t)));
  } catch (error) {
    if (error instanceof AutoModAccessError) throw needsManageServer();
    throw error;
  }
}

async function channels({ interaction, context, tools, guildId, t }: Run): Promise<void> {
  const allow = interaction.options.getString('allow');
  if (interaction.options.getBoolean('all')) return void (await reply(interaction, saved(t, channelsText((await tools.rules.setChannels(guildId, undefined)).record, t))));
  if (allow === null) return void (await reply(interaction, channelsText((await tools.rules.view(guildId)).record, t)));
  const ids = [...allow.matchAll(/<#(\d{15,22})>|\b(\d{15,22})\b/g)].map((m) => m[1] ?? m[2]!);
  if (ids.length === 0) throw new UserError(message('moderation.channels.nameThem'));
  if (ids.length > MODERATION_LIMITS.channels) throw new UserError(message('moderation.channels.tooMany', { max: MODERATION_LIMITS.channels }));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // Read each one over REST (no cache needed): it must be a channel of this server.
  for (const id of new Set(ids)) {
    const channel = (await context.rest.get(Routes.channel(id)).catch(() => undefined)) as { guild_id?: string } | undefined;
    if (channel?.guild_id !== guildId) throw new UserError(message('moderation.channels.notHere', { channelId: id }));
  }
  await reply(interaction, saved(t, channelsText((await tools.rules.setChannels(guildId, ids)).record, t)));
}

async function log({ interaction, context, tools, guildId, t }: Run): Promise<void> {
  const channel = interaction.options.getChannel('channel');
  if (interaction.options.getBoolean('off')) return void (await reply(interaction, saved(t, logText((await tools.rules.setLog(guildId, undefined)).record, t))));
  if (!channel) return void (await reply(interaction, logText((await tools.rules.view(guildId)).record, t)));
  const bits = bitsIn(channel);
  // Nobody reads more through the bot than they could: the log shows every prompt of the server.
  if (bits === null || (bits & PermissionFlagsBits.ViewChannel) === 0n) throw new UserError(message('moderation.log.cannotSee', { channelId: channel.id }));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // The log channel is public: it speaks the server's language.
  const hello = { content: serverT(context, interaction)('moderation.reviewLog.hello'), allowed_mentions: { parse: [] } };
  try {
    await context.rest.post(Routes.channelMessages(channel.id), { body: hello });
  } catch {
    throw new UserError(message('moderation.log.cannotPost', { channelId: channel.id }));
  }
  await reply(interaction, saved(t, logText((await tools.rules.setLog(guildId, channel.id)).record, t)));
}

async function block({ interaction, tools, guildId, t }: Run, sub: 'block' | 'unblock'): Promise<void> {
  const memberId = interaction.options.getUser('member', true).id;
  if (sub === 'unblock') {
    const was = await tools.rules.unblock(guildId, memberId);
    return void (await reply(interaction, t(was ? 'moderation.block.unblocked' : 'moderation.block.notBlocked', { memberId })));
  }
  const reason = interaction.options.getString('reason')?.trim() || undefined;
  const done = await tools.rules.block(guildId, memberId, interaction.user.id, reason);
  await reply(interaction, t(done === 'already' ? 'moderation.block.already' : 'moderation.block.done', { memberId }));
}

export const moderationCommand: Command = {
  data: moderationCommandData,
  async execute(interaction, context: InteractionContext) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError(message('moderation.notInServer'));
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) throw new UserError(message('moderation.needsManageServer'));
    const tools = context.moderation;
    if (!tools) throw new UserError(message('moderation.unavailable'));
    const run: Run = { interaction, context, tools, guildId: interaction.guildId, t: memberT(interaction) };
    const sub = interaction.options.getSubcommand();
    switch (sub) {
      case 'words':
        return words(run);
      case 'automod':
        return automod(run);
      case 'block':
      case 'unblock':
        return block(run, sub);
      case 'blocked':
        return void (await reply(interaction, blockedText((await tools.rules.view(run.guildId)).record, run.t)));
      case 'channels':
        return channels(run);
      case 'log':
        return log(run);
      case 'status':
        return void (await reply(interaction, statusText(await tools.rules.view(run.guildId), run.t)));
      default:
        throw new UserError(message('moderation.unknownSubcommand', { name: sub.slice(0, 32) }));
    }
  },
};
