import { ConfigError } from '../config.ts';
import { CreditAccess } from '../services/operators/access.ts';
import { AllowedServers } from '../services/operators/allowed.ts';
import { Operators } from '../services/operators/operators.ts';
import { BotServers } from '../services/operators/servers.ts';
import type { Base } from './base.ts';
import type { DiscordRestArea } from './discordRest.ts';

export interface OperatorsArea {
  operators: Operators;
  /** Who may add credits (CREDIT_GRANTS). */
  access: CreditAccess;
  /** The servers the bot is in, over REST. */
  servers: BotServers;
  /** ALLOWED_GUILDS and LEAVE_OTHER_GUILDS. */
  allowed: AllowedServers;
  /** Reads who the operators are (then hourly). */
  start(): Promise<void>;
  /** Once logged in: names (and leaves) the servers not on ALLOWED_GUILDS, in the background. */
  started(): void;
  stop(): void;
}

/** The bot's operators: who they are, what only they may do, which servers the bot serves. */
export function wireOperators(base: Base, discord: DiscordRestArea): OperatorsArea {
  const { config, logger, now, ownership } = base;
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
  return {
    operators,
    access,
    servers,
    allowed,
    async start() {
      await operators.start();
    },
    started() {
      allowed.sweep().catch((error: unknown) => logger.warn({ err: error }, 'could not list the servers the bot is in'));
    },
    stop() {
      operators.stop();
    },
  };
}
