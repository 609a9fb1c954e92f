/** `/operator` as Discord shows it (registered only in OPERATOR_GUILD_ID): names stay the same in English. */
const server = { name: 'server', description: 'The server (type part of its name or id)' } as const;

export default {
  name: 'operator',
  description: 'For the bot’s operators: every server’s credits, grants, allowances, the Kie account',
  options: {
    servers: { name: 'servers', description: 'Every server the bot is in: balance, held, spent, allowance, allowed' },
    grant: {
      name: 'grant',
      description: 'Add credits to a server’s pool',
      options: {
        server,
        amount: { name: 'amount', description: 'Credits to add (1 credit = $0.005 at Kie.ai)' },
        reason: { name: 'reason', description: 'Why (shown in the server’s history)' },
      },
    },
    set: { name: 'set', description: 'Set a server’s balance', options: { server, amount: { name: 'amount', description: 'The new balance in credits' } } },
    allowance: {
      name: 'allowance',
      description: 'A recurring grant to a server at each UTC day, week or month; or off',
      options: {
        server,
        amount: { name: 'amount', description: 'Credits each period' },
        every: { name: 'every', description: 'How often (UTC boundaries)', choices: { day: 'day', week: 'week', month: 'month' } },
        off: { name: 'off', description: 'Turn the server’s allowance off' },
      },
    },
    kie: { name: 'kie', description: 'The Kie account’s balance, today’s spend by all servers, the ceiling' },
  },
} as const;
