import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { UserError } from '../errors/index.ts';
import type { Command } from '../interactions/command.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { parseOption } from '../interactions/input.ts';
import { allowanceText, kieText, NOT_AN_OPERATOR, serversPage } from '../interactions/operatorView.ts';
import { LEDGER_LIMITS } from '../services/ledger/ledger.ts';
import type { Every } from '../services/operators/periods.ts';

const MAX = LEDGER_LIMITS.maxAmount;
const serverOption = { type: ApplicationCommandOptionType.String, name: 'server', description: 'The server (type part of its name or id)', required: true, autocomplete: true, max_length: 22 } as const;
const amountOption = (description: string, min: number, required = true) =>
  ({ type: ApplicationCommandOptionType.Integer, name: 'amount', description, required, min_value: min, max_value: MAX }) as const;

/**
 * `/operator`: the bot's operators look after every server at once. Registered only in
 * OPERATOR_GUILD_ID (`npm run deploy-commands`), hidden from members there, and refused at run time
 * to anyone who is not an operator, whatever their permissions in that server.
 */
export const operatorCommandData = {
  name: 'operator',
  description: 'For the bot’s operators: every server’s credits, grants, allowances, the Kie account',
  default_member_permissions: '0',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'servers', description: 'Every server the bot is in: balance, held, spent, allowance, allowed' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'grant',
      description: 'Add credits to a server’s pool',
      options: [serverOption, amountOption('Credits to add (1 credit = $0.005 at Kie.ai)', 1), { type: ApplicationCommandOptionType.String, name: 'reason', description: 'Why (shown in the server’s history)', max_length: 200 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'set', description: 'Set a server’s balance', options: [serverOption, amountOption('The new balance in credits', 0)] },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'allowance',
      description: 'A recurring grant to a server at each UTC day, week or month; or off',
      options: [
        serverOption,
        amountOption('Credits each period', 1, false),
        {
          type: ApplicationCommandOptionType.String,
          name: 'every',
          description: 'How often (UTC boundaries)',
          choices: [
            { name: 'day', value: 'day' },
            { name: 'week', value: 'week' },
            { name: 'month', value: 'month' },
          ],
        },
        { type: ApplicationCommandOptionType.Boolean, name: 'off', description: 'Turn the server’s allowance off' },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'kie', description: 'The Kie account’s balance, today’s spend by all servers, the ceiling' },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const amount = (what: string, min: number) =>
  z
    .number({ error: `${what} must be a whole number of credits.` })
    .int(`${what} must be a whole number of credits.`)
    .min(min, `${what} must be at least ${min}.`)
    .max(MAX, `${what} cannot be more than ${MAX.toLocaleString('en-US')} credits.`);
const reason = z.string().trim().max(200, 'The reason can be at most 200 characters.').optional();
const serverId = z.string({ error: 'Pick a server.' }).trim().regex(/^\d{15,22}$/, 'Pick a server from the list, or give its id (digits only).');

/** The server named in `server:`: one the bot is in, served by this process. */
async function targetServer(context: InteractionContext, value: unknown, options: { mustBeIn: boolean }): Promise<{ id: string; name: string }> {
  const id = parseOption(serverId, value);
  const server = (await context.operatorDesk.servers.list()).find((s) => s.id === id);
  if (!server && options.mustBeIn) throw new UserError(`The bot is not in a server with id \`${id}\`. \`/operator servers\` lists the ones it is in.`);
  if (!context.operatorDesk.serves(id)) {
    throw new UserError(`\`${id}\` is served by another process of this sharded bot, and only that process may change its credits (one owner per server). Nothing was changed.`);
  }
  return { id, name: server?.name ?? id };
}

const named = (s: { id: string; name: string }) => `**${s.name.replace(/[`*_~|>\\]/g, '').slice(0, 60)}** (\`${s.id}\`)`;

async function run(interaction: ChatInputCommandInteraction, context: InteractionContext, sub: string): Promise<string | undefined> {
  const value = (name: string) => interaction.options.data[0]?.options?.find((o) => o.name === name)?.value;
  const by = interaction.user.id;
  const { ledger, operatorDesk: desk } = context;
  switch (sub) {
    case 'grant': {
      const credits = parseOption(amount('The amount', 1), value('amount'));
      const why = parseOption(reason, value('reason') ?? undefined);
      const server = await targetServer(context, value('server'), { mustBeIn: true });
      const account = await ledger.grant(server.id, by, credits, why, { operator: true });
      context.logger.info({ guildId: server.id, by, amount: credits }, 'credits granted by an operator');
      return `Added ${credits.toLocaleString('en-US')} credits to ${named(server)}. Its balance is now ${account.balance.toLocaleString('en-US')} credits.`;
    }
    case 'set': {
      const credits = parseOption(amount('The balance', 0), value('amount'));
      const server = await targetServer(context, value('server'), { mustBeIn: true });
      const account = await ledger.set(server.id, by, credits, undefined, { operator: true });
      context.logger.info({ guildId: server.id, by, amount: credits }, 'balance set by an operator');
      return `${named(server)} now has ${account.balance.toLocaleString('en-US')} credits.`;
    }
    case 'allowance': {
      if (value('off') === true) {
        if (value('amount') !== undefined || value('every') !== undefined) throw new UserError('Give either `off:True`, or `amount` and `every`, not both.');
        const server = await targetServer(context, value('server'), { mustBeIn: false });
        return (await desk.allowances.off(server.id)) ? `${named(server)} has no allowance now.` : `${named(server)} had no allowance.`;
      }
      if (value('amount') === undefined || value('every') === undefined) throw new UserError('Give `amount` and `every` (day, week or month) to set an allowance, or `off:True` to end it.');
      const credits = parseOption(amount('The allowance', 1), value('amount'));
      const every = parseOption(z.enum(['day', 'week', 'month'], { error: '`every` must be day, week or month.' }), value('every')) satisfies Every;
      const server = await targetServer(context, value('server'), { mustBeIn: true });
      const first = await desk.allowances.set(server.id, by, credits, every);
      context.logger.info({ guildId: server.id, by, amount: credits, every }, 'allowance set by an operator');
      return `${named(server)} now gets ${allowanceText({ amount: credits, every })}, first at <t:${Math.floor(first / 1000)}:f> (UTC boundaries). This period gets nothing from it: \`/operator grant\` adds credits now.`;
    }
    case 'kie':
      return kieText(desk);
    case 'servers':
      await interaction.editReply({ ...(await serversPage(context, 0)), allowedMentions: { parse: [] } });
      return undefined;
    default:
      throw new UserError(`\`/operator ${sub.slice(0, 32)}\` is not a subcommand. Use servers, grant, set, allowance or kie.`);
  }
}

export const operatorCommand: Command = {
  data: operatorCommandData,
  async execute(interaction, context) {
    if (!context.creditAccess.isOperator(interaction.user.id)) throw new UserError(NOT_AN_OPERATOR);
    const sub = interaction.options.getSubcommand(false);
    if (!sub) throw new UserError('Pick a subcommand: servers, grant, set, allowance or kie.');
    // Listing the servers may take a few REST pages: answer within Discord's 3 s first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const content = await run(interaction, context, sub);
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
