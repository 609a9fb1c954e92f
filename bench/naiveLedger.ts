// Baseline for the ledger benchmark: the straightforward way to make holds safe on Keyv. One
// per-guild mutex; each hold reads the account, changes it and writes it back before the next
// hold may start. Same account shape, same checks and the same journal archiving as src/services/ledger.ts,
// but no group commit: one store read and one store write per hold.
import type { Account, JournalEntry } from '../src/services/ledger/ledger.ts';
import { utcDay } from '../src/services/ledger/ledger.ts';
import type { Collection } from '../src/services/store.ts';

const JOURNAL_KEEP = 100;
const ARCHIVE_PAGE = 100;

export class NaiveLedger {
  readonly #accounts: Collection<Account>;
  readonly #archive: Collection<JournalEntry[]>;
  readonly #defaultCredits: number;
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(options: { accounts: Collection<Account>; journalArchive: Collection<JournalEntry[]>; defaultCredits: number }) {
    this.#accounts = options.accounts;
    this.#archive = options.journalArchive;
    this.#defaultCredits = options.defaultCredits;
  }

  /** Runs `work` after every earlier call for the same guild has finished. */
  #locked<T>(guildId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(guildId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    this.#locks.set(guildId, tail);
    void tail.then(() => {
      if (this.#locks.get(guildId) === tail) this.#locks.delete(guildId);
    });
    return run;
  }

  async account(guildId: string): Promise<Account> {
    return (await this.#accounts.get(guildId)) ?? this.#newAccount(guildId);
  }

  #newAccount(guildId: string): Account {
    return {
      guildId,
      balance: this.#defaultCredits,
      holds: {},
      usage: {},
      dailyLimit: 0,
      lowBalanceThreshold: 0,
      lowBalanceWarned: false,
      settled: {},
      journal: [{ at: Date.now(), kind: 'grant', amount: this.#defaultCredits, balanceAfter: this.#defaultCredits, by: 'system', reason: 'starting credits' }],
      archivedPages: 0,
      spentTotal: 0,
    };
  }

  hold(request: { guildId: string; memberId: string; jobId: string; amount: number }): Promise<{ ok: boolean; balance: number }> {
    const { guildId, memberId, jobId, amount } = request;
    return this.#locked(guildId, async () => {
      const account = await this.account(guildId);
      const now = Date.now();
      const day = utcDay(now);
      if (account.holds[jobId] || account.settled[jobId]) return { ok: true, balance: account.balance };
      const used = account.usage[memberId]?.[day] ?? 0;
      if (account.balance < amount) return { ok: false, balance: account.balance };
      if (account.dailyLimit > 0 && account.dailyLimit - used < amount) return { ok: false, balance: account.balance };
      account.balance -= amount;
      account.holds[jobId] = { amount, memberId, day, at: now };
      const memberUsage = (account.usage[memberId] ??= {});
      memberUsage[day] = used + amount;
      // Same usage pruning as the ledger (keep 31 UTC days).
      const keep = new Set(Array.from({ length: 31 }, (_, i) => utcDay(now - i * 86_400_000)));
      for (const d of Object.keys(memberUsage)) if (!keep.has(d)) delete memberUsage[d];
      account.journal.push({ at: now, kind: 'hold', amount: -amount, balanceAfter: account.balance, by: memberId, jobId });
      while (account.journal.length > JOURNAL_KEEP + ARCHIVE_PAGE) {
        await this.#archive.set(`${guildId}:${account.archivedPages}`, account.journal.splice(0, ARCHIVE_PAGE));
        account.archivedPages += 1;
      }
      await this.#accounts.set(guildId, account);
      return { ok: true, balance: account.balance };
    });
  }
}
