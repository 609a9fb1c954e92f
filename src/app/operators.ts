import { ConfigError } from '../config.ts';
import { CreditAccess } from '../services/operators/access.ts';
import { AllowedServers } from '../services/operators/allowed.ts';
import { Allowances } from '../services/operators/allowances.ts';
import type { OperatorDesk } from '../services/operators/desk.ts';
import { KieWatch, type KieWatchRecord } from '../services/operators/kieWatch.ts';
import { OperatorNotices } from '../services/operators/notices.ts';
import { Operators } from '../services/operators/operators.ts';
import { ServerOverview } from '../services/operators/overview.ts';
import type { Account } from '../services/ledger/ledger.ts';
import type { Entry } from '../services/scheduler.ts';
import { BotServers } from '../services/operators/servers.ts';
import type { Base } from './base.ts';
import type { DiscordRestArea } from './discordRest.ts';
import type { KieArea } from './kie.ts';

export interface OperatorsArea {
  operators: Operators;
  /** Who may add credits (CREDIT_GRANTS). */
  access: CreditAccess;
  /** The servers the bot is in, over REST. */
  servers: BotServers;
  /** ALLOWED_GUILDS and LEAVE_OTHER_GUILDS. */
  allowed: AllowedServers;
  /** The Kie account's balance, and the operators told when it runs low or out. */
  kieWatch: KieWatch;
  /** What `/operator` works with. */
  desk: OperatorDesk;
  /** Reads who the operators are (then hourly); starts the Kie account watch. */
  start(): Promise<void>;
  /** Once logged in: names (and leaves) the servers not on ALLOWED_GUILDS, in the background. */
  started(): void;
  stop(): Promise<void>;
}

/** The bot's operators: who they are, what only they may do, which servers the bot serves. */
export function wireOperators(base: Base, kie: KieArea, discord: DiscordRestArea): OperatorsArea {
  const { config, logger, now, ownership, store, metrics, scheduler, ledger } = base;
  if (config.LEAVE_OTHER_GUILDS && config.ALLOWED_GUILDS === undefined) {
    throw new ConfigError(['LEAVE_OTHER_GUILDS is invalid: it needs ALLOWED_GUILDS (the servers to stay in); without the list the bot serves every server']);
  }
  const operators = new Operators({ rest: discord.rest, configured: config.OPERATOR_IDS, logger });
  const access = new CreditAccess({ operators, grants: config.CREDIT_GRANTS, contact: config.OPERATOR_CONTACT });
  const servers = new BotServers({ rest: discord.rest, now });
  const allowed = new AllowedServers({
    allowed: config.ALLOWED_GUILDS,
    operatorGuildId: config.OPERATOR_GUILD_ID,
    leaveOthers: config.LEAVE_OTHER_GUILDS,
    servers,
    owns: (guildId) => ownership.owns(guildId),
    logger,
  });
  const notices = new OperatorNotices({ rest: discord.rest, channelId: config.OPERATOR_CHANNEL_ID, operators: () => operators.ids(), logger });
  const kieWatch = new KieWatch({
    kie: kie.port,
    notices,
    records: store.collection<KieWatchRecord>('kie_watch'),
    lowBalance: config.KIE_LOW_BALANCE,
    now,
    logger,
    everyMs: base.overrides.kieWatchMs,
    gauge: (credits) => metrics?.kieAccountCredits(credits),
  });
  // A 402 from any call but the balance read itself (which would only ask again).
  kie.onAnswer((endpoint, outcome) => {
    if (outcome === 'insufficient_credits' && endpoint !== 'getCredits') void kieWatch.outOfCredits();
  });
  // Recurring grants: a scheduled kind, resumed with the jobs at start (entries keyed by server).
  const allowances = new Allowances({ scheduler, entries: store.collection<Entry>('allowances'), ledger, now, logger });
  allowances.register();
  const desk: OperatorDesk = {
    servers,
    overview: new ServerOverview({ accounts: store.collection<Account>('accounts'), allowances, allows: (guildId) => allowed.allows(guildId), defaultCredits: config.DEFAULT_GUILD_CREDITS, now }),
    allowances,
    kieBalance: () => kieWatch.last,
    ceiling: config.DAILY_SPEND_CEILING,
    lowBalance: config.KIE_LOW_BALANCE,
    serves: (guildId) => ownership.owns(guildId),
  };
  return {
    operators,
    access,
    servers,
    allowed,
    kieWatch,
    desk,
    async start() {
      await operators.start();
      // Sharded, the first process watches the balance (every process still reports a 402 it meets).
      if ((config.SHARDING?.process ?? 0) === 0) kieWatch.start();
    },
    started() {
      allowed.sweep().catch((error: unknown) => logger.warn({ err: error }, 'could not list the servers the bot is in'));
    },
    async stop() {
      operators.stop();
      await kieWatch.stop();
    },
  };
}
