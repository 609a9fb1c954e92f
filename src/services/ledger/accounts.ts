import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';
import { newAccount } from './rules.ts';
import type { Account, JournalEntry } from './types.ts';

const JOURNAL_KEEP = 100;
const ARCHIVE_PAGE = 100;

/**
 * Where guild accounts live: one store value per guild, changed only through the keyed serializer
 * (so concurrent commands can never overdraw it), with the journal's overflow moved to archive pages.
 */
export class Accounts {
  readonly #records: SerialRecords<Account>;
  readonly #store: Collection<Account>;
  readonly #archive: Collection<JournalEntry[]>;

  constructor(options: { accounts: Collection<Account>; journalArchive: Collection<JournalEntry[]>; defaultCredits: number; now: () => number }) {
    this.#store = options.accounts;
    this.#archive = options.journalArchive;
    this.#records = new SerialRecords<Account>({
      load: async (guildId) => (await this.#store.get(guildId)) ?? newAccount(guildId, options.defaultCredits, options.now()),
      save: async (guildId, account) => {
        await this.#archiveOverflow(account);
        await this.#store.set(guildId, account);
      },
    });
  }

  read(guildId: string): Promise<Account> {
    return this.#records.read(guildId);
  }

  /** `change` mutates the account, or throws before mutating to refuse; see SerialRecords. */
  update<R>(guildId: string, change: (account: Account) => R): Promise<R> {
    return this.#records.update(guildId, change);
  }

  /** Every stored account (for reconciliation at start-up). */
  async *all(): AsyncIterable<Account> {
    for await (const [, value] of this.#store.entries()) {
      // Before the ceiling had its own collection, a day record shared this one: skip it.
      if ('holds' in value) yield value;
    }
  }

  /** Newest first, reaching into archive pages when the recent journal is not enough. */
  async history(guildId: string, limit: number): Promise<JournalEntry[]> {
    const account = await this.read(guildId);
    const out = [...account.journal].reverse();
    for (let page = account.archivedPages - 1; page >= 0 && out.length < limit; page--) {
      const entries = (await this.#archive.get(`${guildId}:${page}`)) ?? [];
      out.push(...[...entries].reverse());
    }
    return out.slice(0, limit);
  }

  /** Moves the oldest journal entries to archive pages before the account is written, so none is lost. */
  async #archiveOverflow(account: Account): Promise<void> {
    while (account.journal.length > JOURNAL_KEEP + ARCHIVE_PAGE) {
      const page = account.journal.splice(0, ARCHIVE_PAGE);
      await this.#archive.set(`${account.guildId}:${account.archivedPages}`, page);
      account.archivedPages += 1;
    }
  }
}
