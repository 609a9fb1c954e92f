import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { LEDGER_LIMITS, RaiseRefused, type JournalEntry } from '../services/ledger/ledger.ts';
import { UserError } from '../errors/index.ts';
import { balanceText } from '../interactions/balanceView.ts';
import { parseOption } from '../interactions/input.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';

const MAX = LEDGER_LIMITS.maxAmount;
const amount = (what: string, min: number) =>
  z
    .number({ error: `${what} must be a whole number of credits.` })
    .int(`${what} must be a whole number of credits.`)
    .min(min, min > 0 ? `${what} must be at least ${min}. To lower the balance, use \`/credits set\`.` : `${what} cannot be negative.`)
    .max(MAX, `${what} cannot be more than ${MAX.toLocaleString('en-US')} credits.`);
const reason = z.string().trim().max(200, 'The reason can be at most 200 characters.').optional();

const adminSubcommands = new Set(['grant', 'set', 'limit', 'alert', 'usage', 'history']);

export const creditsCommandData = {
  name: 'credits',
  description: 'Manage this server’s video credits',
  // Hidden from members by default; every admin subcommand is checked again at run time, because
  // server admins can change this and Discord cannot set permissions per subcommand.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'balance', description: 'The server’s balance and your use today (members: /balance)' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'grant',
      description: 'Add credits to the server’s pool (the bot’s operators, or admins where the bot allows it)',
      options: [
        { type: ApplicationCommandOptionType.Integer, name: 'amount', description: 'Credits to add (1 credit = $0.005 at Kie.ai)', required: true, min_value: 1, max_value: MAX },
        { type: ApplicationCommandOptionType.String, name: 'reason', description: 'Why (shown in the history)', max_length: 200 },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'set',
      description: 'Set the server’s balance (Manage Server)',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'amount', description: 'The new balance in credits', required: true, min_value: 0, max_value: MAX }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'limit',
      description: 'Per-member daily cap (Manage Server)',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'daily', description: 'Credits per member per UTC day; 0 = no cap', required: true, min_value: 0, max_value: MAX }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'alert',
      description: 'Warn when the balance falls below a threshold (Manage Server)',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'below', description: 'Threshold in credits; 0 = off', required: true, min_value: 0, max_value: MAX }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'usage', description: 'Spend by member over the last 7 and 30 days (Manage Server)' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'history', description: 'Recent changes to the balance (Manage Server)' },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const say = (interaction: ChatInputCommandInteraction, content: string) =>
  interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });

/**
 * Credits are Kie credits paid by whoever runs the bot: an admin who may not add them is told where
 * they come from and how to ask, never who the operators are (unless OPERATOR_CONTACT says how).
 */
function addRefusal(context: InteractionContext, what: string): UserError {
  const contact = context.creditAccess.contact;
  return new UserError(
    `${what} Credits come from the bot’s operator, who pays for every video at Kie.ai; server admins share out and limit the credits their server was given (\`/credits limit\`, \`/credits alert\`, challenge budgets). ` +
      (contact ? `To ask for more credits: ${contact}` : 'To ask for more credits, contact whoever added this bot to your server or runs it.'),
  );
}

function entryLine(e: JournalEntry): string {
  const when = `<t:${Math.floor(e.at / 1000)}:R>`;
  const sign = e.amount > 0 ? `+${e.amount}` : `${e.amount}`;
  if (e.operator && (e.kind === 'grant' || e.kind === 'set')) {
    const what = e.kind === 'grant' ? `granted ${sign} by the bot’s operator` : `balance set (${sign}) by the bot’s operator`;
    return `${when} ${what}${e.reason ? ` — ${e.reason}` : ''} → ${e.balanceAfter}`.slice(0, 300);
  }
  const who = e.by === 'system' ? 'system' : `<@${e.by}>`;
  const what: Record<JournalEntry['kind'], string> = {
    grant: `granted ${sign}`,
    set: `set balance (${sign})`,
    hold: e.amount === 0 && e.reason ? `video: ${e.reason}` : `held ${-e.amount} for a video`,
    capture: `video delivered${e.reason ? `, ${e.reason}` : ''}`,
    release: `refunded ${sign}${e.reason ? ` (${e.reason})` : ''}`,
    limit: e.reason ?? 'daily limit changed',
    alert: e.reason ?? 'alert changed',
    budget: e.reason ?? `challenge budget (${sign})`,
  };
  const extra = e.kind === 'grant' || e.kind === 'set' ? (e.reason ? ` — ${e.reason}` : '') : '';
  return `${when} ${who} ${what[e.kind]}${extra} → ${e.balanceAfter}${e.jobId ? ` · job ${e.jobId}` : ''}`.slice(0, 300);
}

export const creditsCommand: Command = {
  data: creditsCommandData,
  async execute(interaction, context) {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserError('Credits belong to a server. Use `/credits` inside one.');
    const guildId = interaction.guildId;
    const sub = interaction.options.getSubcommand(false);
    if (!sub) throw new UserError('Pick a subcommand: balance, grant, set, limit, alert, usage or history.');
    // Subcommands cannot carry their own Discord permissions, and admins can override the command's
    // default, so the Manage Server check is made here too.
    if (adminSubcommands.has(sub) && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError(`Only members with the Manage Server permission can use \`/credits ${sub}\`.`);
    }
    const value = (name: string) => interaction.options.data[0]?.options?.find((o) => o.name === name)?.value;
    const by = interaction.user.id;
    switch (sub) {
      case 'balance':
        return void (await say(interaction, await balanceText(context, guildId, by)));
      case 'grant': {
        const credits = parseOption(amount('The amount', 1), value('amount'));
        const why = parseOption(reason, value('reason') ?? undefined);
        if (!context.creditAccess.mayAddCredits(by)) throw addRefusal(context, 'Only the bot’s operator can add credits.');
        const account = await context.ledger.grant(guildId, by, credits, why);
        context.logger.info({ guildId, by, amount: credits }, 'credits granted');
        return void (await say(interaction, `Added ${credits} credits. The server now has ${account.balance} credits.`));
      }
      case 'set': {
        const credits = parseOption(amount('The balance', 0), value('amount'));
        // Lowering is sharing out what the server has; raising adds credits. Decided in the same
        // update that sets it, so a grant in between cannot turn a lowering into a raise.
        const account = await context.ledger.set(guildId, by, credits, undefined, { mayRaise: context.creditAccess.mayAddCredits(by) }).catch((error: unknown) => {
          throw error instanceof RaiseRefused ? addRefusal(context, `Only the bot’s operator can raise the balance; you can set it to at most what the server has now.`) : error;
        });
        context.logger.info({ guildId, by, amount: credits }, 'balance set');
        return void (await say(interaction, `The server's balance is now ${account.balance} credits.`));
      }
      case 'limit': {
        const credits = parseOption(amount('The daily limit', 0), value('daily'));
        await context.ledger.setDailyLimit(guildId, by, credits);
        return void (await say(interaction, credits === 0 ? 'Members have no daily cap now.' : `Each member can now use up to ${credits} credits per UTC day.`));
      }
      case 'alert': {
        const credits = parseOption(amount('The threshold', 0), value('below'));
        await context.ledger.setLowBalanceThreshold(guildId, by, credits);
        return void (await say(interaction, credits === 0 ? 'Low-balance alerts are off.' : `The bot will say so once when the balance drops below ${credits} credits.`));
      }
      case 'usage': {
        const usage = await context.ledger.usage(guildId);
        if (usage.length === 0) return void (await say(interaction, 'Nobody has used credits in the last 30 days.'));
        const lines = usage.slice(0, 25).map((u) => `<@${u.memberId}>: ${u.last7Days} (7 days) · ${u.last30Days} (30 days) · ${u.today} today`);
        const more = usage.length > 25 ? `\n…and ${usage.length - 25} more members.` : '';
        return void (await say(interaction, `**Credits used per member**\n${lines.join('\n')}${more}`.slice(0, 2000)));
      }
      case 'history': {
        const entries = await context.ledger.history(guildId, 15);
        if (entries.length === 0) return void (await say(interaction, 'No changes yet.'));
        return void (await say(interaction, `**Recent changes, newest first**\n${entries.map(entryLine).join('\n')}`.slice(0, 2000)));
      }
      default:
        throw new UserError(`\`/credits ${sub.slice(0, 32)}\` is not a subcommand. Use balance, grant, set, limit, alert, usage or history.`);
    }
  },
};
