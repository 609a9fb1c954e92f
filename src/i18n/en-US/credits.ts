/**
 * `/credits` answers (private, the member's language), the ledger's refusals and the journal as
 * `/credits history` words it. Numbers that travel inside a message made before its language is
 * known (zod's limits, a refusal, a journal note) are formatted here: `{{n, number}}`.
 */
export default {
  invalid: {
    amount: {
      whole: 'The amount must be a whole number of credits.',
      min: 'The amount must be at least {{minimum, number}}. To lower the balance, use `/credits set`.',
      max: 'The amount cannot be more than {{maximum, number}} credits.',
    },
    balance: {
      whole: 'The balance must be a whole number of credits.',
      min: 'The balance cannot be negative.',
      max: 'The balance cannot be more than {{maximum, number}} credits.',
    },
    daily: {
      whole: 'The daily limit must be a whole number of credits.',
      min: 'The daily limit cannot be negative.',
      max: 'The daily limit cannot be more than {{maximum, number}} credits.',
    },
    threshold: {
      whole: 'The threshold must be a whole number of credits.',
      min: 'The threshold cannot be negative.',
      max: 'The threshold cannot be more than {{maximum, number}} credits.',
    },
    reason: 'The reason can be at most 200 characters.',
  },
  notInServer: 'Credits belong to a server. Use `/credits` inside one.',
  pickSubcommand: 'Pick a subcommand: balance, grant, set, limit, alert, usage or history.',
  unknownSubcommand: '`/credits {{sub}}` is not a subcommand. Use balance, grant, set, limit, alert, usage or history.',
  manageServer: 'Only members with the Manage Server permission can use `/credits {{sub}}`.',
  operatorOnly: {
    add: 'Only the bot’s operator can add credits.',
    raise: 'Only the bot’s operator can raise the balance; you can set it to at most what the server has now.',
    // Who the operators are is never said: how to ask is OPERATOR_CONTACT's, if set.
    where:
      '{{what}} Credits come from the bot’s operator, who pays for every video at Kie.ai; server admins share out and limit the credits their server was given (`/credits limit`, `/credits alert`, challenge budgets). {{ask}}',
    askContact: 'To ask for more credits: {{contact}}',
    askAnyone: 'To ask for more credits, contact whoever added this bot to your server or runs it.',
  },
  granted: 'Added {{amount}} credits. The server now has {{balance}} credits.',
  balanceSet: "The server's balance is now {{balance}} credits.",
  limit: { off: 'Members have no daily cap now.', set: 'Each member can now use up to {{amount}} credits per UTC day.' },
  alert: { off: 'Low-balance alerts are off.', set: 'The bot will say so once when the balance drops below {{amount}} credits.' },
  usage: {
    none: 'Nobody has used credits in the last 30 days.',
    title: '**Credits used per member**',
    line: '<@{{memberId}}>: {{week}} (7 days) · {{month}} (30 days) · {{today}} today',
    more_one: '…and {{count}} more member.',
    more_other: '…and {{count}} more members.',
  },
  /** A ledger refusal (LedgerError): nothing was changed. */
  refused: {
    wrapper: 'That did not work: {{detail}}.',
    grant: {
      whole: 'the grant must be a whole number of credits',
      min: 'the grant must be at least {{min, number}} credit',
      max: 'the grant cannot exceed {{max, number}} credits',
    },
    set: { whole: 'the set must be a whole number of credits', min: 'the set cannot be negative', max: 'the set cannot exceed {{max, number}} credits' },
    dailyLimit: {
      whole: 'the daily limit must be a whole number of credits',
      min: 'the daily limit cannot be negative',
      max: 'the daily limit cannot exceed {{max, number}} credits',
    },
    alertThreshold: {
      whole: 'the alert threshold must be a whole number of credits',
      min: 'the alert threshold cannot be negative',
      max: 'the alert threshold cannot exceed {{max, number}} credits',
    },
    budget: {
      whole: 'the budget must be a whole number of credits',
      min: 'the budget must be at least {{min, number}} credit',
      max: 'the budget cannot exceed {{max, number}} credits',
    },
    balanceTooLarge: 'that would make the balance larger than {{max, number}} credits',
    holdAmount: 'hold amount must be a positive whole number, got {{amount}}',
    raise: 'only the bot’s operator can raise the balance',
  },
  /** `/credits history`: one line per change, newest first. */
  history: {
    none: 'No changes yet.',
    title: '**Recent changes, newest first**',
    line: '{{when}} {{who}} {{what}} → {{balance}}',
    lineJob: '{{when}} {{who}} {{what}} → {{balance}} · job {{jobId}}',
    operatorLine: '{{when}} {{what}} → {{balance}}',
    system: 'system',
    withReason: '{{what}} — {{reason}}',
    operatorGrant: 'granted {{sign}} by the bot’s operator',
    operatorSet: 'balance set ({{sign}}) by the bot’s operator',
    grant: 'granted {{sign}}',
    set: 'set balance ({{sign}})',
    hold: 'held {{amount}} for a video',
    holdNote: 'video: {{note}}',
    capture: 'video delivered',
    captureNote: 'video delivered, {{note}}',
    release: 'refunded {{sign}}',
    releaseNote: 'refunded {{sign}} ({{note}})',
    limit: 'daily limit changed',
    alert: 'alert changed',
    budget: 'challenge budget ({{sign}})',
    /** What a change's entry says about it, kept as data and worded when shown. */
    note: {
      startingCredits: 'starting credits',
      allowance: { day: 'daily allowance', week: 'weekly allowance', month: 'monthly allowance' },
      spent: '{{amount, number}} credits spent',
      fromBudget: '{{amount, number}} credits from the {{budget}} budget ({{left, number}} left)',
      backToBudget: '{{why}}; {{amount, number}} credits back to the {{budget}} budget',
      toBudget: '{{amount, number}} credits moved to the {{budget}} budget',
      budgetReturned: '{{amount, number}} credits left in the {{budget}} budget returned to the pool',
      budgetName: 'challenge',
      limitRemoved: 'daily limit removed',
      limitSet: 'daily limit {{amount, number}} credits per member',
      alertOff: 'low-balance alert off',
      alertSet: 'low-balance alert below {{amount, number}} credits',
    },
  },
} as const;
