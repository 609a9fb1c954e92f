import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';
import type { Challenge, ChallengeBook, VoteRecord } from './types.ts';

/** Closed challenges kept per guild for `/challenge list` and `show`; older ones are forgotten. */
const CLOSED_KEPT = 20;
/** Delivered videos remembered per member, for "your latest video". */
const DELIVERED_KEPT = 50;

type Value = ChallengeBook | VoteRecord | string[];

/**
 * Challenges, entries and votes on Keyv, with every read-modify-write serialized per key (group
 * commit, like the ledger): `g:<guild>` holds a guild's challenges and entries, `v:<guild>:<n>:<job>`
 * one entry's voters, `d:<guild>:<member>` the member's recently delivered job ids.
 */
export class ChallengeStore {
  readonly #books: SerialRecords<ChallengeBook>;
  readonly #votes: SerialRecords<VoteRecord>;
  readonly #delivered: SerialRecords<string[]>;

  constructor(collection: Collection<Value>) {
    this.#books = new SerialRecords<ChallengeBook>({
      load: async (key) => ((await collection.get(key)) as ChallengeBook | undefined) ?? { guildId: key.slice(2), last: 0, challenges: {} },
      save: (key, value) => collection.set(key, value),
    });
    this.#votes = new SerialRecords<VoteRecord>({
      load: async (key) => ((await collection.get(key)) as VoteRecord | undefined) ?? { voters: {} },
      save: (key, value) => collection.set(key, value),
    });
    this.#delivered = new SerialRecords<string[]>({
      load: async (key) => ((await collection.get(key)) as string[] | undefined) ?? [],
      save: (key, value) => collection.set(key, value),
    });
  }

  book(guildId: string): Promise<ChallengeBook> {
    return this.#books.read(`g:${guildId}`);
  }

  async challenge(guildId: string, number: number): Promise<Challenge | undefined> {
    return (await this.book(guildId)).challenges[number];
  }

  /** `change` must be synchronous and throw before changing anything to refuse. */
  updateBook<R>(guildId: string, change: (book: ChallengeBook) => R): Promise<R> {
    return this.#books.update(`g:${guildId}`, (book) => {
      const result = change(book);
      prune(book);
      return result;
    });
  }

  /** Changes one challenge; returns undefined when it does not exist. */
  updateChallenge<R>(guildId: string, number: number, change: (challenge: Challenge) => R): Promise<R | undefined> {
    return this.updateBook(guildId, (book) => {
      const challenge = book.challenges[number];
      return challenge ? change(challenge) : undefined;
    });
  }

  votes(key: string): Promise<VoteRecord> {
    return this.#votes.read(`v:${key}`);
  }

  updateVotes<R>(key: string, change: (record: VoteRecord) => R): Promise<R> {
    return this.#votes.update(`v:${key}`, change);
  }

  async delivered(guildId: string, memberId: string): Promise<string[]> {
    return this.#delivered.read(`d:${guildId}:${memberId}`);
  }

  /** Remembers a delivered video, newest last; repeats are harmless. */
  async rememberDelivered(guildId: string, memberId: string, jobId: string): Promise<void> {
    await this.#delivered.update(`d:${guildId}:${memberId}`, (ids) => {
      if (ids.includes(jobId)) return;
      ids.push(jobId);
      if (ids.length > DELIVERED_KEPT) ids.splice(0, ids.length - DELIVERED_KEPT);
    });
  }
}

function prune(book: ChallengeBook): void {
  const closed = Object.values(book.challenges)
    .filter((c) => c.state === 'closed' || c.state === 'cancelled')
    .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
  for (const c of closed.slice(CLOSED_KEPT)) delete book.challenges[c.number];
}
