import type { Operators } from './operators.ts';

/** CREDIT_GRANTS: who may add credits to a server's pool. */
export type CreditGrants = 'operators' | 'admins';

/**
 * Who may add credits. Credits are Kie credits the operator pays for, so by default only the
 * bot's operators add them (`/credits grant`, `/credits set` above the balance, `/operator`);
 * server admins divide and limit what they were given. `admins` is the old rule, for a bot that
 * serves only its host's own community: any server's Manage Server may add credits.
 */
export class CreditAccess {
  readonly #operators: Pick<Operators, 'isOperator'>;
  readonly #grants: CreditGrants;
  /** OPERATOR_CONTACT: how a refused admin may ask (a URL, a server invite), or nothing. */
  readonly contact: string | undefined;

  constructor(options: { operators: Pick<Operators, 'isOperator'>; grants: CreditGrants; contact?: string | undefined }) {
    this.#operators = options.operators;
    this.#grants = options.grants;
    this.contact = options.contact;
  }

  isOperator(userId: string): boolean {
    return this.#operators.isOperator(userId);
  }

  /** Under `admins` the command's own Manage Server check decides; under `operators`, operators only. */
  mayAddCredits(userId: string): boolean {
    return this.#grants === 'admins' || this.isOperator(userId);
  }
}
