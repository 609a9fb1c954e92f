import { MessageFlags, PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ChannelType, ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { z } from 'zod';
import { UserError } from '../errors/index.ts';
import { buildCommand } from '../i18n/commands.ts';
import { formatNumber, message, type MessageKey, type T } from '../i18n/index.ts';
import { parseEndsIn } from '../services/challenges/duration.ts';
import { entryUrl, ts } from '../services/challenges/messages.ts';
import type { Challenge, ChallengeEntry } from '../services/challenges/types.ts';
import { LEDGER_LIMITS } from '../services/ledger/ledger.ts';
import { parseOption } from '../interactions/input.ts';
import { checkText } from '../interactions/moderationCheck.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { memberT } from '../interactions/locale.ts';

const adminSubcommands = new Set(['start', 'end', 'cancel']);
const challengeOption = { type: ApplicationCommandOptionType.String, name: 'challenge', autocomplete: true, max_length: 10 } as const;

export const challengeCommandData = buildCommand({
  name: 'challenge',
  // Visible to members (submit, list, show); start, end and cancel check Manage Server at run time.
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'start',
      options: [
        { type: ApplicationCommandOptionType.String, name: 'title', required: true, max_length: 100 },
        { type: ApplicationCommandOptionType.String, name: 'theme', required: true, max_length: 1000 },
        { type: ApplicationCommandOptionType.String, name: 'ends_in', required: true, max_length: 20 },
        { type: ApplicationCommandOptionType.Channel, name: 'channel', channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] },
        { type: ApplicationCommandOptionType.Integer, name: 'max_entries', min_value: 1, max_value: 10 },
        { type: ApplicationCommandOptionType.Integer, name: 'budget', min_value: 1, max_value: LEDGER_LIMITS.maxAmount },
        { type: ApplicationCommandOptionType.Role, name: 'winner_role' },
        { type: ApplicationCommandOptionType.String, name: 'voting', choices: [{ value: 'anyone' }, { value: 'members-before-start' }] },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'submit',
      options: [challengeOption, { type: ApplicationCommandOptionType.String, name: 'video', max_length: 20 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'end', options: [challengeOption] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'cancel', options: [challengeOption] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'show', options: [challengeOption] },
  ],
});

/** A zod message: a key said in the member's language (typed, so a misspelt one fails the typecheck). */
const said = (key: MessageKey): string => key;
const text = (what: 'title' | 'theme', max: number) =>
  z
    .string({ error: said(`challenges.refusals.invalid.${what}Text`) })
    .trim()
    .min(1, said(`challenges.refusals.invalid.${what}Empty`))
    .max(max, said(`challenges.refusals.invalid.${what}Long`));
const maxEntries = said('challenges.refusals.invalid.maxEntries');
const startSchema = z.object({
  title: text('title', 100),
  theme: text('theme', 1000),
  ends_in: z.string({ error: said('challenges.refusals.invalid.endsIn') }),
  channel: z.string({ error: said('challenges.refusals.invalid.channel') }).regex(/^\d{15,22}$/, said('challenges.refusals.invalid.channel')).optional(),
  max_entries: z.number({ error: maxEntries }).int(maxEntries).min(1, maxEntries).max(10, maxEntries).default(1),
  budget: z
    .number({ error: said('challenges.refusals.invalid.budgetWhole') })
    .int(said('challenges.refusals.invalid.budgetWhole'))
    .min(1, said('challenges.refusals.invalid.budgetMin'))
    .max(LEDGER_LIMITS.maxAmount, said('challenges.refusals.invalid.budgetMax'))
    .optional(),
  winner_role: z.string({ error: said('challenges.refusals.invalid.winnerRole') }).regex(/^\d{15,22}$/, said('challenges.refusals.invalid.winnerRole')).optional(),
  voting: z.enum(['anyone', 'members-before-start'], { error: said('challenges.refusals.invalid.voting') }).default('anyone'),
});

/** A resolved channel's permissions (the member's, there), as discord.js or the raw API gives them. */
function bits(resolved: object): bigint | null {
  const permissions = (resolved as { permissions?: unknown }).permissions;
  if (permissions instanceof PermissionsBitField) return permissions.bitfield;
  return typeof permissions === 'string' ? BigInt(permissions) : null;
}

/** How `/challenge list` and `show` say when a challenge ends or ended. */
const whenKey = { starting: 'starting', open: 'ends', closing: 'closing', closed: 'ended', cancelled: 'cancelled' } as const;

const say = (interaction: ChatInputCommandInteraction, content: string) =>
  interaction.deferred ? interaction.editReply({ content, allowedMentions: { parse: [] } }) : interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });

/** `/challenge list`: open ones first, then recently closed. */
function listText(all: Challenge[], t: T): string {
  if (all.length === 0) return t('challenges.replies.list.none');
  const lines = all.slice(0, 20).map((c) => {
    const when = t(`challenges.replies.when.${whenKey[c.state]}`, { when: ts(c.state === 'open' || c.state === 'starting' ? c.endsAt : (c.closedAt ?? c.endsAt), 'R') });
    const n = Object.keys(c.entries).length;
    const entries = t('challenges.replies.list.entries', { count: n, n: formatNumber(t.locale, n) });
    return t('challenges.replies.list.line', { number: c.number, title: c.title.slice(0, 80), when, entries, channelId: c.channelId });
  });
  return `${t('challenges.replies.list.head')}\n${lines.join('\n')}`.slice(0, 2000);
}

/** `/challenge show`: a challenge's entries in rank order with their votes. */
function showText(c: Challenge, rows: Array<{ entry: ChallengeEntry; votes: number }>, t: T): string {
  const when = t(`challenges.replies.when.${whenKey[c.state]}`, { when: ts(c.state === 'open' || c.state === 'starting' ? c.endsAt : (c.closedAt ?? c.endsAt), 'R') });
  const head = t('challenges.replies.show.head', { number: c.number, title: c.title.slice(0, 100), when });
  const lines = rows.slice(0, 25).map((r, i) => {
    const link = r.entry.messageId ? t('challenges.replies.show.link', { url: entryUrl(c, r.entry.messageId) }) : '';
    return t('challenges.replies.show.line', { count: r.votes, rank: i + 1, memberId: r.entry.memberId, votes: formatNumber(t.locale, r.votes), link });
  });
  return [head, ...(lines.length ? lines : [t('challenges.replies.show.none')])].join('\n').slice(0, 2000);
}

export const challengeCommand: Command = {
  data: challengeCommandData,
  async execute(interaction, context) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError(message('challenges.refusals.notInServer'));
    const t = memberT(interaction);
    const guildId = interaction.guildId;
    const sub = interaction.options.getSubcommand(false) ?? '';
    if (adminSubcommands.has(sub) && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError(message('challenges.refusals.adminOnly', { sub: message(`commands.challenge.options.${sub}.name` as MessageKey) }));
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
          // Its posts speak the server's language of now, for the whole challenge.
          locale: context.languages.of(guildId, interaction.guildLocale),
        });
        const started = { number: c.number, channelId: c.channelId, ends: ts(c.endsAt, 'R'), budget: formatNumber(t.locale, c.budget) };
        return void (await say(interaction, t(c.budget > 0 ? 'challenges.replies.startedWithBudget' : 'challenges.replies.started', started)));
      }
      case 'submit': {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const video = typeof raw.video === 'string' ? raw.video : undefined;
        const { challenge, entry } = await challenges.submit({ guildId, memberId: interaction.user.id, challenge: ref, video });
        return void (await say(interaction, t('challenges.replies.entered', { jobId: entry.jobId, number: challenge.number, url: entryUrl(challenge, entry.messageId ?? '') })));
      }
      case 'end':
      case 'cancel': {
        const c = await challenges.resolve(guildId, ref);
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const closed = await challenges.finish(c, sub);
        const said = { number: c.number, channelId: c.channelId, credits: formatNumber(t.locale, closed.budgetReturned ?? 0) };
        const key = closed.budgetReturned ? (`${sub === 'end' ? 'ended' : 'cancelled'}WithBudget` as const) : sub === 'end' ? 'ended' : 'cancelled';
        return void (await say(interaction, t(`challenges.replies.${key}`, said)));
      }
      case 'list':
        return void (await say(interaction, listText(await challenges.list(guildId), t)));
      case 'show': {
        const c = await challenges.resolve(guildId, ref);
        return void (await say(interaction, showText(c, await challenges.standings(c), t)));
      }
      default:
        throw new UserError(message('challenges.refusals.unknownSubcommand', { sub: sub.slice(0, 32) }));
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
