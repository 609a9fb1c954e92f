import { CreditAccess } from '../services/operators/access.ts';
import { Operators } from '../services/operators/operators.ts';
import type { Base } from './base.ts';
import type { DiscordRestArea } from './discordRest.ts';

export interface OperatorsArea {
  operators: Operators;
  /** Who may add credits (CREDIT_GRANTS). */
  access: CreditAccess;
  /** Reads who the operators are (then hourly). */
  start(): Promise<void>;
  stop(): void;
}

/** The bot's operators: who they are and what only they may do. */
export function wireOperators(base: Base, discord: DiscordRestArea): OperatorsArea {
  const { config, logger } = base;
  const operators = new Operators({ rest: discord.rest, configured: config.OPERATOR_IDS, logger });
  const access = new CreditAccess({ operators, grants: config.CREDIT_GRANTS, contact: config.OPERATOR_CONTACT });
  return {
    operators,
    access,
    async start() {
      await operators.start();
    },
    stop() {
      operators.stop();
    },
  };
}
