import type { REST } from '@discordjs/rest';
import type { Logger } from '../logger.ts';
import type { Challenges } from '../services/challenges/service.ts';
import type { ResultCopies } from '../services/delivery/copy.ts';
import type { CancelQueued } from '../services/jobs/cancel.ts';
import type { JobHistory } from '../services/jobs/history.ts';
import type { Jobs } from '../services/jobs/service.ts';
import type { Ledger } from '../services/ledger/ledger.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import type { ServerChoices } from '../services/models/serverChoices.ts';
import type { ServerLanguages } from '../services/settings/languages.ts';
import type { ModelState } from '../services/models/state.ts';
import type { ModerationTools } from '../services/moderation/tools.ts';
import type { CreditAccess } from '../services/operators/access.ts';
import type { OperatorDesk } from '../services/operators/desk.ts';
import type { Acknowledgements } from './acknowledgements.ts';

/** What a command or a component (button, menu, modal) may use; handed in by the composition root. */
export interface InteractionContext {
  jobs: Jobs;
  challenges: Challenges;
  /** Past jobs for `/jobs` and the result buttons: lookups and delete marks. */
  history: JobHistory;
  /** Cancelling a job still waiting for a Kie slot (`/jobs cancel`, the Cancel button). */
  cancel: CancelQueued;
  /** Fresh copies of delivered videos for `/jobs show`. */
  copies: ResultCopies;
  ledger: Ledger;
  /** Discord with the bot's token, paced under its global limit (never the gateway client's REST: app/discordClient.ts). */
  rest: REST;
  registry: ModelRegistry;
  logger: Logger;
  /** DEFAULT_MODEL, or the first family in registry order not known to be paused (read per request). */
  readonly defaultModel: string;
  models?: ModelState;
  /** Each server's language for its public messages (`/settings language`, else Discord's guild_locale). */
  languages: ServerLanguages;
  /** Each server's allowed models and default (`/settings models`); without it every enabled family is allowed. */
  serverModels?: ServerChoices;
  /** Defers in flight: the work behind a defer waits for the others (acknowledgements first). */
  acknowledgements: Acknowledgements;
  /** Time from the interaction to its defer, for the metrics; optional. */
  metrics?: { ackLatency(ms: number): void } | undefined;
  /** Tracks work that must finish before shutdown (e.g. a job's first step after its reply). */
  track(work: Promise<unknown>): void;
  now(): number;
  /** The server's word rules, blocked members, allowed channels and review log; absent: nothing is moderated. */
  moderation?: ModerationTools;
  /** Who may add credits (CREDIT_GRANTS): the bot's operators, or any server's admins. */
  creditAccess: CreditAccess;
  /** What `/operator` works with: the servers, their accounts, allowances, the Kie account. */
  operatorDesk: OperatorDesk;
}

