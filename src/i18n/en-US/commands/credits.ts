/** `/credits` as Discord shows it: names stay the same in English, descriptions are what members read. */
export default {
  name: 'credits',
  description: 'Manage this server’s video credits',
  options: {
    balance: { name: 'balance', description: 'The server’s balance and your use today (members: /balance)' },
    grant: {
      name: 'grant',
      description: 'Add credits to the server’s pool (the bot’s operators, or admins where the bot allows it)',
      options: {
        amount: { name: 'amount', description: 'Credits to add (1 credit = $0.005 at Kie.ai)' },
        reason: { name: 'reason', description: 'Why (shown in the history)' },
      },
    },
    set: { name: 'set', description: 'Set the server’s balance (Manage Server)', options: { amount: { name: 'amount', description: 'The new balance in credits' } } },
    limit: { name: 'limit', description: 'Per-member daily cap (Manage Server)', options: { daily: { name: 'daily', description: 'Credits per member per UTC day; 0 = no cap' } } },
    alert: { name: 'alert', description: 'Warn when the balance falls below a threshold (Manage Server)', options: { below: { name: 'below', description: 'Threshold in credits; 0 = off' } } },
    usage: { name: 'usage', description: 'Spend by member over the last 7 and 30 days (Manage Server)' },
    history: { name: 'history', description: 'Recent changes to the balance (Manage Server)' },
  },
} as const;
