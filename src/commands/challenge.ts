import { MessageFlags, PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ChannelType, ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { UserError } from '../errors/index.ts';
import { ENDS_IN_FORMS, parseEndsIn } from '../services/challenges/duration.ts';
import { entryUrl, ts } from '../services/challenges/messages.ts';
import type { Challenge } from '../services/challenges/types.ts';
import { LEDGER_LIMITS } from '../services/ledger/ledger.ts';
import { parseOption } from '../interactions/input.ts';
import { checkText } from '../interactions/moderationCheck.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';

const adminSubcommands = new Set(['start', 'end', 'cancel']);
const challengeOption = (description: string) => ({ type: ApplicationCommandOptionType.String, name: 'challenge', description, autocomplete: true, max_length: 10 }) as const;

export const challengeCommandData = {
  name: 'challenge',
  description: 'Community video challenges: enter your videos, vote, see the standings',
  // Visible to members (submit, list, show); start, end and cancel check Manage Server at run time.
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'start',
      description: 'Start a themed challenge (Manage Server)',
      options: [
        { type: ApplicationCommandOptionType.String, name: 'title', description: 'Short title', required: true, max_length: 100 },
        { type: ApplicationCommandOptionType.String, name: 'theme', description: 'What the videos should be about', required: true, max_length: 1000 },
        { type: ApplicationCommandOptionType.String, name: 'ends_in', description: 'How long it runs: 90s, 45m, 2h, 3d or 1w (10 seconds to 30 days)', required: true, max_length: 20 },
        { type: ApplicationCommandOptionType.Channel, name: 'channel', description: 'Where to announce and post entries (default: here)', channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] },
        { type: ApplicationCommandOptionType.Integer, name: 'max_entries', description: 'Entries per member (1–10, default 1)', min_value: 1, max_value: 10 },
        { type: ApplicationCommandOptionType.Integer, name: 'budget', description: 'Credits moved from the server’s pool to pay for /sora in the challenge channel', min_value: 1, max_value: LEDGER_LIMITS.maxAmount },
        { type: ApplicationCommandOptionType.Role, name: 'winner_role', description: 'Role given to the winner' },
        {
          type: ApplicationCommandOptionType.String,
          name: 'voting',
          description: 'Who may vote (default anyone)',
          choices: [
            { name: 'anyone', value: 'anyone' },
            { name: 'members-before-start', value: 'members-before-start' },
          ],
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'submit',
      description: 'Enter one of your videos',
      options: [challengeOption('Which challenge (default: the one open)'), { type: ApplicationCommandOptionType.String, name: 'video', description: 'Job id of your video (default: your latest)', max_length: 20 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'end', description: 'End a challenge now and post the results (Manage Server)', options: [challengeOption('Which challenge')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'cancel', description: 'Cancel a challenge without results (Manage Server)', options: [challengeOption('Which challenge')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'Open and recently closed challenges' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'show', description: 'A challenge’s entries and live standings', options: [challengeOption('Which challenge')] },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const text = (what: string, max: number) =>
  z.string({ error: `${what} must be text.` }).trim().min(1, `${what} cannot be empty.`).max(max, `${what} can be at most ${max} characters.`);
const startSchema = z.object({
  title: text('The title', 100),
  theme: text('The theme', 1000),
  ends_in: z.string({ error: `ends_in must be like ${ENDS_IN_FORMS}.` }),
  channel: z.string().regex(/^\d{15,22}$/).optional(),
  max_entries: z.number().int().min(1, 'max_entries must be from 1 to 10.').max(10, 'max_entries must be from 1 to 10.').default(1),
  budget: z.number().int('budget must be a whole number of credits.').min(1, 'budget must be at least 1 credit.').max(LEDGER_LIMITS.maxAmount, 'That budget is too large.').optional(),
  winner_role: z.string().regex(/^\d{15,22}$/).optional(),
  voting: z.enum(['anyone', 'members-before-start'], { error: 'voting must be anyone or members-before-start.' }).default('anyone'),
});

/** A resolved channel's permissions (the member's, there), as discord.js or the raw API gives them. */
function bits(resolved: object): bigint | null {
  const permissions = (resolved as { permissions?: unknown }).permissions;
  if (permissions instanceof PermissionsBitField) return permissions.bitfield;
  return typeof permissions === 'string' ? BigInt(permissions) : null;
}

const stateWords: Record<Challenge['state'], string> = { starting: 'starting', open: 'open', closing: 'closing', closed: 'ended', cancelled: 'cancelled' };

const say = (interaction: ChatInputCommandInteraction, content: string) =>
  interaction.deferred ? interaction.editReply({ content, allowedMentions: { parse: [] } }) : interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });

export const challengeCommand: Command = {
  data: challengeCommandData,
  async execute(interaction, context) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError('Challenges belong to a server. Use `/challenge` inside one.');
    const guildId = interaction.guildId;
    const sub = interaction.options.getSubcommand(false) ?? '';
    if (adminSubcommands.has(sub) && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError(`Only members with the Manage Server permission can use \`/challenge ${sub}\`.`);
    }
    const raw = Object.fromEntries((interaction.options.data[0]?.options ?? []).map((o) => [o.name, o.value]));
    const ref = typeof raw.challenge === 'string' ? raw.challenge : undefined;
    const { challenges } = context;
    switch (sub) {
      case 'start': {
        const options = parseOption(startSchema, raw);
        const endsIn = parseEndsIn(options.ends_in);
        if (!endsIn.ok) throw new UserError(endsIn.reason);
        // Both are repeated in public: the server's rules judge them before anything is set up.
        await checkText(interaction, context, options.title, 'title', 'challenge start');
        await checkText(interaction, context, options.theme, 'theme', 'challenge start');
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const chosen = options.channel ? interaction.options.getChannel('channel') : null;
        await challenges.checkStarter({
          guildId,
          memberId: interaction.user.id,
          memberPermissions: interaction.memberPermissions?.bitfield ?? 0n,
          // Discord sends the member's permissions in a channel they name; here, with the command's own.
          channel: chosen ? { id: chosen.id, memberPermissions: bits(chosen) } : { id: interaction.channelId, memberPermissions: interaction.memberPermissions?.bitfield ?? null },
          winnerRoleId: options.winner_role,
        });
        const c = await challenges.start({
          guildId,
          by: interaction.user.id,
          channelId: options.channel ?? interaction.channelId,
          title: options.title,
          theme: options.theme,
          endsInMs: endsIn.ms,
          maxEntries: options.max_entries,
          budget: options.budget ?? 0,
          winnerRoleId: options.winner_role,
          voting: options.voting,
          attachmentSizeLimit: interaction.attachmentSizeLimit,
        });
        return void (await say(interaction, `Challenge #${c.number} started in <#${c.channelId}>; it ends ${ts(c.endsAt, 'R')}.${c.budget > 0 ? ` ${c.budget} credits moved from the pool to its budget.` : ''}`));
      }
      case 'submit': {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const video = typeof raw.video === 'string' ? raw.video : undefined;
        const { challenge, entry } = await challenges.submit({ guildId, memberId: interaction.user.id, challenge: ref, video });
        return void (await say(interaction, `Your video \`${entry.jobId}\` is entered in challenge #${challenge.number}: ${entryUrl(challenge, entry.messageId ?? '')}`));
      }
      case 'end':
      case 'cancel': {
        const c = await challenges.resolve(guildId, ref);
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const closed = await challenges.finish(c, sub);
        const budget = closed.budgetReturned ? ` ${closed.budgetReturned} credits went back to the pool.` : '';
        return void (await say(interaction, sub === 'end' ? `Challenge #${c.number} has ended; the results are in <#${c.channelId}>.${budget}` : `Challenge #${c.number} is cancelled.${budget}`));
      }
      case 'list': {
        const all = await challenges.list(guildId);
        if (all.length === 0) return void (await say(interaction, 'No challenges yet. An admin can start one with `/challenge start`.'));
        const lines = all.slice(0, 20).map((c) => {
          const when = c.state === 'open' ? `ends ${ts(c.endsAt, 'R')}` : `${stateWords[c.state]} ${ts(c.closedAt ?? c.endsAt, 'R')}`;
          const n = Object.keys(c.entries).length;
          return `**#${c.number}** ${c.title.slice(0, 80)} · ${when} · ${n} entr${n === 1 ? 'y' : 'ies'} · <#${c.channelId}>`;
        });
        return void (await say(interaction, `**Challenges**\n${lines.join('\n')}`.slice(0, 2000)));
      }
      case 'show': {
        const c = await challenges.resolve(guildId, ref);
        const rows = await challenges.standings(c);
        const head = `**#${c.number} ${c.title.slice(0, 100)}** (${stateWords[c.state]}; ${c.state === 'open' ? `ends ${ts(c.endsAt, 'R')}` : `ended ${ts(c.closedAt ?? c.endsAt, 'R')}`})`;
        const lines = rows.slice(0, 25).map((r, i) => `${i + 1}. <@${r.entry.memberId}> · ${r.votes} vote${r.votes === 1 ? '' : 's'}${r.entry.messageId ? ` · ${entryUrl(c, r.entry.messageId)}` : ''}`);
        return void (await say(interaction, [head, ...(lines.length ? lines : ['No entries yet.'])].join('\n').slice(0, 2000)));
      }
      default:
        throw new UserError(`\`/challenge ${sub.slice(0, 32)}\` is not a subcommand. Use start, submit, end, cancel, list or show.`);
    }
  },
  async autocomplete(interaction, context: InteractionContext) {
    if (!interaction.guildId) return void (await interaction.respond([]));
    const sub = interaction.options.getSubcommand(false);
    const typed = String(interaction.options.getFocused()).replace('#', '').trim().toLowerCase();
    const all = await context.challenges.list(interaction.guildId);
    const usable = all.filter((c) => sub === 'show' || c.state === 'open');
    const choices = usable
      .filter((c) => typed === '' || String(c.number).startsWith(typed) || c.title.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((c) => ({ name: `#${c.number} ${c.title}`.slice(0, 100), value: String(c.number) }));
    await interaction.respond(choices);
  },
};
