/**
 * `/operator` answers (private, the operator's Discord language), ALLOWED_GUILDS' refusal, and what
 * the bot tells its operators by direct message or in OPERATOR_CHANNEL_ID (no interaction, so
 * always English: the operator's language is not known there).
 */
export default {
  notOperator: 'Only the bot’s operators can use `/operator` (the application’s owner or team, and `OPERATOR_IDS`). Server permissions do not count here.',
  notEnabledHere: 'This bot is not enabled in this server.',
  pickSubcommand: 'Pick a subcommand: servers, grant, set, allowance or kie.',
  unknownSubcommand: '`/operator {{sub}}` is not a subcommand. Use servers, grant, set, allowance or kie.',
  invalid: {
    amount: {
      whole: 'The amount must be a whole number of credits.',
      min: 'The amount must be at least {{minimum, number}}.',
      max: 'The amount cannot be more than {{maximum, number}} credits.',
    },
    balance: {
      whole: 'The balance must be a whole number of credits.',
      min: 'The balance must be at least {{minimum, number}}.',
      max: 'The balance cannot be more than {{maximum, number}} credits.',
    },
    allowance: {
      whole: 'The allowance must be a whole number of credits.',
      min: 'The allowance must be at least {{minimum, number}}.',
      max: 'The allowance cannot be more than {{maximum, number}} credits.',
    },
    reason: 'The reason can be at most 200 characters.',
    server: 'Pick a server.',
    serverId: 'Pick a server from the list, or give its id (digits only).',
    every: '`every` must be day, week or month.',
  },
  notThere: 'The bot is not in a server with id `{{id}}`. `/operator servers` lists the ones it is in.',
  otherProcess: '`{{id}}` is served by another process of this sharded bot, and only that process may change its credits (one owner per server). Nothing was changed.',
  granted: 'Added {{amount}} credits to {{server}}. Its balance is now {{balance}} credits.',
  set: '{{server}} now has {{balance}} credits.',
  allowance: {
    offAndSet: 'Give either `off:True`, or `amount` and `every`, not both.',
    missing: 'Give `amount` and `every` (day, week or month) to set an allowance, or `off:True` to end it.',
    removed: '{{server}} has no allowance now.',
    none: '{{server}} had no allowance.',
    set: '{{server}} now gets {{allowance}}, first at <t:{{at}}:f> (UTC boundaries). This period gets nothing from it: `/operator grant` adds credits now.',
    every: { day: '{{amount}} credits a day', week: '{{amount}} credits a week (from Monday 00:00 UTC)', month: '{{amount}} credits a month' },
  },
  servers: {
    title: 'Servers the bot is in ({{count}})',
    none: 'The bot is in no server.',
    footer: 'Page {{page}} of {{pages}} · credits; today and 30 days = held or spent (UTC) · /operator grant, set, allowance',
    facts: 'balance {{balance}} · held {{held}} · today {{today}} · 30 days {{month}} · {{allowance}}',
    allowance: { day: 'allowance {{amount}}/day', week: 'allowance {{amount}}/week', month: 'allowance {{amount}}/month' },
    noAllowance: 'no allowance',
    notAllowed: ' · not in ALLOWED_GUILDS',
    previous: 'Previous',
    next: 'Next',
  },
  kie: {
    balance: '**Kie account:** {{credits}} credits (read <t:{{at}}:R>)',
    unread: '**Kie account:** not read yet (the bot reads it at start and every 10 minutes)',
    spent: '**Spent today (UTC), all servers:** {{spent}} credits (held or spent; refunds given back)',
    noCeiling: '**Daily ceiling:** none (`DAILY_SPEND_CEILING` is not set)',
    ceiling: '**Daily ceiling:** {{ceiling}} credits; {{left}} left today',
    lowBalance: '**Low-balance notice:** below {{threshold}} credits (`KIE_LOW_BALANCE`)',
    lowBalanceOff: '**Low-balance notice:** off (`KIE_LOW_BALANCE=0`)',
  },
  /** To the operators about the Kie account, in English (see above). */
  notice: {
    lowBalance:
      '⚠️ The bot’s Kie.ai account is low: **{{balance}} credits** left, below KIE_LOW_BALANCE ({{threshold}} credits). Members’ videos are paid from it; when it runs out they are refused. Top it up at https://kie.ai. (You are told once each time it drops below.)',
    outOfCredits:
      '🛑 Kie.ai refused a video because the bot’s account is out of credits (402){{balance}}. Members are told their video could not be made and are not charged. Top it up at https://kie.ai. (At most one such message an hour.)',
    balanceReads: '; its balance reads {{balance}} credits',
  },
} as const;
