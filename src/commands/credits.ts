import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { z } from 'zod';
import { LEDGER_LIMITS, RaiseRefused } from '../services/ledger/ledger.ts';
import { UserError } from '../errors/index.ts';
import { buildCommand } from '../i18n/commands.ts';
import { formatNumber, message, type Message, type MessageKey } from '../i18n/index.ts';
import { balanceText } from '../interactions/balanceView.ts';
import { parseOption } from '../interactions/input.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { entryLine } from '../interactions/journalView.ts';
import { memberT } from '../interactions/locale.ts';

const MAX = LEDGER_LIMITS.maxAmount;
/** An amount option's schema; its messages are keys (`credits.invalid.<what>.*`), said in the member's language. */
const amount = (what: 'amount' | 'balance' | 'daily' | 'threshold', min: number) => {
  const key = (rule: 'whole' | 'min' | 'max'): MessageKey => `credits.invalid.${what}.${rule}`;
  return z.number({ error: key('whole') }).int(key('whole')).min(min, key('min')).max(MAX, key('max'));
};
const reason = z.string().trim().max(200, 'credits.invalid.reason' satisfies MessageKey).optional();

const adminSubcommands = new Set(['grant', 'set', 'limit', 'alert', 'usage', 'history']);

export const creditsCommandData = buildCommand({
  name: 'credits',
  // Hidden from members by default; every admin subcommand is checked again at run time, because
  // server admins can change this and Discord cannot set permissions per subcommand.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'balance' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'grant',
      options: [
        { type: ApplicationCommandOptionType.Integer, name: 'amount', required: true, min_value: 1, max_value: MAX },
        { type: ApplicationCommandOptionType.String, name: 'reason', max_length: 200 },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'set', options: [{ type: ApplicationCommandOptionType.Integer, name: 'amount', required: true, min_value: 0, max_value: MAX }] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'limit', options: [{ type: ApplicationCommandOptionType.Integer, name: 'daily', required: true, min_value: 0, max_value: MAX }] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'alert', options: [{ type: ApplicationCommandOptionType.Integer, name: 'below', required: true, min_value: 0, max_value: MAX }] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'usage' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'history' },
  ],
});

const say = (interaction: ChatInputCommandInteraction, content: string) =>
  interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });

/**
 * Credits are Kie credits paid by whoever runs the bot: an admin who may not add them is told where
 * they come from and how to ask, never who the operators are (unless OPERATOR_CONTACT says how).
 */
function addRefusal(context: InteractionContext, what: Message): UserError {
  const contact = context.creditAccess.contact;
  const ask = contact ? message('credits.operatorOnly.askContact', { contact }) : message('credits.operatorOnly.askAnyone');
  return new UserError(message('credits.operatorOnly.where', { what, ask }));
}

export const creditsCommand: Command = {
  data: creditsCommandData,
  async execute(interaction, context) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError(message('credits.notInServer'));
    const guildId = interaction.guildId;
    const sub = interaction.options.getSubcommand(false);
    if (!sub) throw new UserError(message('credits.pickSubcommand'));
    // Subcommands cannot carry their own Discord permissions, and admins can override the command's
    // default, so the Manage Server check is made here too.
    if (adminSubcommands.has(sub) && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError(message('credits.manageServer', { sub: message(`commands.credits.options.${sub}.name` as MessageKey) }));
    }
    const value = (name: string) => interaction.options.data[0]?.options?.find((o) => o.name === name)?.value;
    const by = interaction.user.id;
    const t = memberT(interaction);
    const n = (credits: number) => formatNumber(t.locale, credits);
    switch (sub) {
      case 'balance':
        return void (await say(interaction, await balanceText(context, guildId, by, t)));
      case 'grant': {
        const credits = parseOption(amount('amount', 1), value('amount'));
        const why = parseOption(reason, value('reason') ?? undefined);
        if (!context.creditAccess.mayAddCredits(by)) throw addRefusal(context, message('credits.operatorOnly.add'));
        const account = await context.ledger.grant(guildId, by, credits, why);
        context.logger.info({ guildId, by, amount: credits }, 'credits granted');
        return void (await say(interaction, t('credits.granted', { amount: n(credits), balance: n(account.balance) })));
      }
      case 'set': {
        const credits = parseOption(amount('balance', 0), value('amount'));
        // Lowering is sharing out what the server has; raising adds credits. Decided in the same
        // update that sets it, so a grant in between cannot turn a lowering into a raise.
        const account = await context.ledger.set(guildId, by, credits, undefined, { mayRaise: context.creditAccess.mayAddCredits(by) }).catch((error: unknown) => {
          throw error instanceof RaiseRefused ? addRefusal(context, message('credits.operatorOnly.raise')) : error;
        });
        context.logger.info({ guildId, by, amount: credits }, 'balance set');
        return void (await say(interaction, t('credits.balanceSet', { balance: n(account.balance) })));
      }
      case 'limit': {
        const credits = parseOption(amount('daily', 0), value('daily'));
        await context.ledger.setDailyLimit(guildId, by, credits);
        return void (await say(interaction, credits === 0 ? t('credits.limit.off') : t('credits.limit.set', { amount: n(credits) })));
      }
      case 'alert': {
        const credits = parseOption(amount('threshold', 0), value('below'));
        await context.ledger.setLowBalanceThreshold(guildId, by, credits);
        return void (await say(interaction, credits === 0 ? t('credits.alert.off') : t('credits.alert.set', { amount: n(credits) })));
      }
      case 'usage': {
        const usage = await context.ledger.usage(guildId);
        if (usage.length === 0) return void (await say(interaction, t('credits.usage.none')));
        const lines = usage.slice(0, 25).map((u) => t('credits.usage.line', { memberId: u.memberId, week: n(u.last7Days), month: n(u.last30Days), today: n(u.today) }));
        if (usage.length > 25) lines.push(t('credits.usage.more', { count: usage.length - 25 }));
        return void (await say(interaction, `${t('credits.usage.title')}\n${lines.join('\n')}`.slice(0, 2000)));
      }
      case 'history': {
        const entries = await context.ledger.history(guildId, 15);
        if (entries.length === 0) return void (await say(interaction, t('credits.history.none')));
        return void (await say(interaction, `${t('credits.history.title')}\n${entries.map((e) => entryLine(e, t)).join('\n')}`.slice(0, 2000)));
      }
      default:
        throw new UserError(message('credits.unknownSubcommand', { sub: sub.slice(0, 32) }));
    }
  },
};
