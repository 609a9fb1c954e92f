import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import { z } from 'zod';
import { UserError } from '../errors/index.ts';
import { buildCommand } from '../i18n/commands.ts';
import { formatNumber, message, type MessageKey, type T } from '../i18n/index.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { parseOption } from '../interactions/input.ts';
import { memberT } from '../interactions/locale.ts';
import { allowanceText, kieText, serversPage } from '../interactions/operatorView.ts';
import { LEDGER_LIMITS } from '../services/ledger/ledger.ts';
import type { Every } from '../services/operators/periods.ts';

const MAX = LEDGER_LIMITS.maxAmount;
const serverOption = { type: ApplicationCommandOptionType.String, name: 'server', required: true, autocomplete: true, max_length: 22 };
const amountOption = (min: number, required = true) => ({ type: ApplicationCommandOptionType.Integer, name: 'amount', required, min_value: min, max_value: MAX });

/**
 * `/operator`: the bot's operators look after every server at once. Registered only in
 * OPERATOR_GUILD_ID (`npm run deploy-commands`), hidden from members there, and refused at run time
 * to anyone who is not an operator, whatever their permissions in that server.
 */
export const operatorCommandData = buildCommand({
  name: 'operator',
  default_member_permissions: '0',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'servers' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'grant',
      options: [serverOption, amountOption(1), { type: ApplicationCommandOptionType.String, name: 'reason', max_length: 200 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'set', options: [serverOption, amountOption(0)] },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'allowance',
      options: [
        serverOption,
        amountOption(1, false),
        { type: ApplicationCommandOptionType.String, name: 'every', choices: [{ value: 'day' }, { value: 'week' }, { value: 'month' }] },
        { type: ApplicationCommandOptionType.Boolean, name: 'off' },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'kie' },
  ],
});

/** An amount option's schema; its messages are keys (`operators.invalid.<what>.*`), said in the operator's language. */
const amount = (what: 'amount' | 'balance' | 'allowance', min: number) => {
  const key = (rule: 'whole' | 'min' | 'max'): MessageKey => `operators.invalid.${what}.${rule}`;
  return z.number({ error: key('whole') }).int(key('whole')).min(min, key('min')).max(MAX, key('max'));
};
const reason = z.string().trim().max(200, 'operators.invalid.reason' satisfies MessageKey).optional();
const serverId = z
  .string({ error: 'operators.invalid.server' satisfies MessageKey })
  .trim()
  .regex(/^\d{15,22}$/, 'operators.invalid.serverId' satisfies MessageKey);

/** The server named in `server:`: one the bot is in, served by this process. */
async function targetServer(context: InteractionContext, value: unknown, options: { mustBeIn: boolean }): Promise<{ id: string; name: string }> {
  const id = parseOption(serverId, value);
  const server = (await context.operatorDesk.servers.list()).find((s) => s.id === id);
  if (!server && options.mustBeIn) throw new UserError(message('operators.notThere', { id }));
  if (!context.operatorDesk.serves(id)) throw new UserError(message('operators.otherProcess', { id }));
  return { id, name: server?.name ?? id };
}

const named = (s: { id: string; name: string }) => `**${s.name.replace(/[`*_~|>\\]/g, '').slice(0, 60)}** (\`${s.id}\`)`;

async function run(interaction: ChatInputCommandInteraction, context: InteractionContext, sub: string, t: T): Promise<string | undefined> {
  const n = (credits: number) => formatNumber(t.locale, credits);
  const value = (name: string) => interaction.options.data[0]?.options?.find((o) => o.name === name)?.value;
  const by = interaction.user.id;
  const { ledger, operatorDesk: desk } = context;
  switch (sub) {
    case 'grant': {
      const credits = parseOption(amount('amount', 1), value('amount'));
      const why = parseOption(reason, value('reason') ?? undefined);
      const server = await targetServer(context, value('server'), { mustBeIn: true });
      const account = await ledger.grant(server.id, by, credits, why, { operator: true });
      context.logger.info({ guildId: server.id, by, amount: credits }, 'credits granted by an operator');
      return t('operators.granted', { amount: n(credits), server: named(server), balance: n(account.balance) });
    }
    case 'set': {
      const credits = parseOption(amount('balance', 0), value('amount'));
      const server = await targetServer(context, value('server'), { mustBeIn: true });
      const account = await ledger.set(server.id, by, credits, undefined, { operator: true });
      context.logger.info({ guildId: server.id, by, amount: credits }, 'balance set by an operator');
      return t('operators.set', { server: named(server), balance: n(account.balance) });
    }
    case 'allowance': {
      if (value('off') === true) {
        if (value('amount') !== undefined || value('every') !== undefined) throw new UserError(message('operators.allowance.offAndSet'));
        const server = await targetServer(context, value('server'), { mustBeIn: false });
        return t((await desk.allowances.off(server.id)) ? 'operators.allowance.removed' : 'operators.allowance.none', { server: named(server) });
      }
      if (value('amount') === undefined || value('every') === undefined) throw new UserError(message('operators.allowance.missing'));
      const credits = parseOption(amount('allowance', 1), value('amount'));
      const every = parseOption(z.enum(['day', 'week', 'month'], { error: 'operators.invalid.every' satisfies MessageKey }), value('every')) satisfies Every;
      const server = await targetServer(context, value('server'), { mustBeIn: true });
      const first = await desk.allowances.set(server.id, by, credits, every);
      context.logger.info({ guildId: server.id, by, amount: credits, every }, 'allowance set by an operator');
      return t('operators.allowance.set', { server: named(server), allowance: allowanceText(t, { amount: credits, every }), at: Math.floor(first / 1000) });
    }
    case 'kie':
      return kieText(desk, t);
    case 'servers':
      await interaction.editReply({ ...(await serversPage(context, 0, t)), allowedMentions: { parse: [] } });
      return undefined;
    default:
      throw new UserError(message('operators.unknownSubcommand', { sub: sub.slice(0, 32) }));
  }
}

export const operatorCommand: Command = {
  data: operatorCommandData,
  async execute(interaction, context) {
    if (!context.creditAccess.isOperator(interaction.user.id)) throw new UserError(message('operators.notOperator'));
    const sub = interaction.options.getSubcommand(false);
    if (!sub) throw new UserError(message('operators.pickSubcommand'));
    // Listing the servers may take a few REST pages: answer within Discord's 3 s first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const content = await run(interaction, context, sub, memberT(interaction));
    if (content !== undefined) await interaction.editReply({ content, allowedMentions: { parse: [] } });
  },
  async autocomplete(interaction, context) {
    // Server names are the operators' to see.
    if (!context.creditAccess.isOperator(interaction.user.id)) return void (await interaction.respond([]));
    const typed = String(interaction.options.getFocused()).trim().toLowerCase();
    const servers = await context.operatorDesk.servers.list();
    const matches = servers.filter((s) => typed === '' || s.id.includes(typed) || s.name.toLowerCase().includes(typed)).slice(0, 25);
    await interaction.respond(matches.map((s) => ({ name: `${s.name.slice(0, 70)} (${s.id})`, value: s.id })));
  },
};
