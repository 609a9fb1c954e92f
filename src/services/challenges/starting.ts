import { UserError } from '../../errors/index.ts';
import { message, type Locale } from '../../i18n/index.ts';
import type { Logger } from '../../logger.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { Outcome, Scheduler } from '../scheduler.ts';
import { ChallengeDiscordError, type ChallengeDiscordPort } from './discord.ts';
import { announcement } from './messages.ts';
import type { ChallengeStore } from './store.ts';
import { budgetKeyOf, challengeKey, newStartKey, type Challenge, type Voting } from './types.ts';

export const CHALLENGE_CLOSE_KIND = 'challenge-close';
/** A start that failed for a passing reason (Discord down) is tried again this much later. */
const RETRY_START_MS = 60_000;

export interface StartInput {
  guildId: string;
  by: string;
  channelId: string;
  title: string;
  theme: string;
  endsInMs: number;
  maxEntries: number;
  budget: number;
  winnerRoleId?: string | undefined;
  voting: Voting;
  attachmentSizeLimit: number;
  /** The server's language now (`/settings language`, else Discord's guild_locale): its public posts speak it. */
  locale?: Locale | undefined;
}

export interface StartDeps {
  store: ChallengeStore;
  ledger: Ledger;
  scheduler: Scheduler;
  discord: ChallengeDiscordPort;
  logger: Logger;
  now: () => number;
}

/** A start was refused (no credits for the budget, no way to post): nothing is left of it. */
class StartRefused extends UserError {}

/**
 * Starting a challenge spans several writes, so it runs forward from records that say how far it
 * got. First a start entry on the scheduler (its own key, due at once, not armed); then the number is
 * taken (never handed out again) with the challenge `starting`; then the budget is funded, the
 * announcement posted, the challenge opened, its close entry set for the deadline, and the start
 * entry removed. After a crash anywhere in between, the next start runs the start entry, which
 * finishes the start (funding and posting are idempotent: the budget is keyed by this start, the
 * announcement carries a nonce) or, if it can no longer be finished, gives everything back and says
 * nothing in public.
 */
export class ChallengeStarter {
  readonly #d: StartDeps;
  /** Starts under way in this process: their close entry must not finish them twice. */
  readonly #busy = new Set<string>();

  constructor(deps: StartDeps) {
    this.#d = deps;
  }

  async start(input: StartInput): Promise<Challenge> {
    const { store, scheduler } = this.#d;
    const now = this.#d.now();
    const startKey = newStartKey(input.guildId, now);
    this.#busy.add(startKey);
    let challenge: Challenge | undefined;
    try {
      await scheduler.persist(CHALLENGE_CLOSE_KIND, startKey, now, { guildId: input.guildId });
      challenge = await store.updateBook(input.guildId, (book) => {
        const number = ++book.last;
        const c: Challenge = {
          guildId: input.guildId,
          number,
          title: input.title,
          theme: input.theme,
          channelId: input.channelId,
          createdBy: input.by,
          startedAt: now,
          endsAt: now + input.endsInMs,
          maxEntries: input.maxEntries,
          budget: input.budget,
          startKey,
          ...(input.winnerRoleId ? { winnerRoleId: input.winnerRoleId } : {}),
          voting: input.voting,
          attachmentSizeLimit: input.attachmentSizeLimit,
          ...(input.locale ? { locale: input.locale } : {}),
          state: 'starting',
          entries: {},
          lastSeq: 0,
        };
        book.challenges[number] = c;
        return structuredClone(c);
      });
      const opened = await this.#finish(challenge, input.by);
      this.#d.logger.info({ guildId: input.guildId, number: challenge.number, endsAt: challenge.endsAt, budget: input.budget }, 'challenge started');
      return opened;
    } catch (error) {
      // Refused (no credits, no permission to post): nothing is left of it. Anything else (Discord
      // down, a store error): the start entry finishes the start a minute from now.
      const refused = error instanceof StartRefused || (error instanceof ChallengeDiscordError && !error.passing);
      if (refused && challenge) await this.#abandon(challenge);
      else this.#d.scheduler.wake(CHALLENGE_CLOSE_KIND, startKey, this.#d.now() + RETRY_START_MS);
      if (error instanceof ChallengeDiscordError) {
        this.#d.logger.warn({ guildId: input.guildId, channelId: input.channelId, err: error.message }, 'could not post a challenge announcement');
        throw new UserError(message(error.passing ? 'challenges.refusals.cannotPostRetry' : 'challenges.refusals.cannotPost', { channelId: input.channelId }));
      }
      throw error;
    } finally {
      this.#busy.delete(startKey);
    }
  }

  /**
   * The start entry's run: a start cut short by a crash (or by Discord being down) is finished now,
   * or given up. Returns 'done' once nothing is left for the start entry to do.
   */
  async resume(guildId: string, startKey: string): Promise<Outcome> {
    if (this.#busy.has(startKey)) return { at: this.#d.now() + 30_000, meta: { guildId } };
    const book = await this.#d.store.book(guildId);
    const c = Object.values(book.challenges).find((x) => x.startKey === startKey);
    // Never got its number (a crash right after the start entry), or already given up.
    if (!c) return 'done';
    if (c.state !== 'starting') {
      // Opened; make sure its close is set before the start entry goes.
      if (c.state === 'open') await this.#d.scheduler.set(CHALLENGE_CLOSE_KIND, challengeKey(c.guildId, c.number), c.endsAt, { guildId });
      return 'done';
    }
    try {
      await this.#finish(c, 'system');
      this.#d.logger.info({ guildId, number: c.number }, 'finished a challenge start cut short');
    } catch (error) {
      if (error instanceof ChallengeDiscordError && error.passing) throw error; // the scheduler tries again
      this.#d.logger.warn({ guildId, number: c.number, err: error instanceof Error ? error.message : 'unknown' }, 'gave up a challenge start cut short');
      await this.#abandon(c);
    }
    return 'done';
  }

  /** Budget, announcement, open, close armed for the deadline; each step safe to repeat. */
  async #finish(c: Challenge, by: string): Promise<Challenge> {
    const { store, ledger, scheduler, discord } = this.#d;
    if (c.budget > 0) {
      const funded = await ledger.budgets.fund(c.guildId, by, budgetKeyOf(c), c.budget, message('jobs.field.budgetName', { number: c.number }));
      if (!funded.ok) throw new StartRefused(message('challenges.refusals.poorServer', { balance: funded.balance, budget: c.budget }));
    }
    // The nonce lets Discord drop a repeat if a crash came between the post and saving its id.
    const posted = c.announcementId ? { id: c.announcementId } : await discord.post(c.channelId, { ...announcement(c), nonce: `a${c.number}s${c.startedAt}`.slice(0, 25), enforce_nonce: true });
    const opened = await store.updateChallenge(c.guildId, c.number, (s) => {
      s.announcementId = posted.id;
      if (s.state === 'starting') s.state = 'open';
      return structuredClone(s);
    });
    if (!opened) throw new StartRefused(message('challenges.refusals.startGone'));
    await scheduler.set(CHALLENGE_CLOSE_KIND, challengeKey(c.guildId, c.number), opened.endsAt, { guildId: c.guildId });
    if (c.startKey) await scheduler.remove(CHALLENGE_CLOSE_KIND, c.startKey);
    return opened;
  }

  /** Undoes a start that cannot finish: budget back, record and start entry gone; the number stays used. */
  async #abandon(c: Challenge): Promise<void> {
    await this.#d.ledger.budgets.giveBack(c.guildId, 'system', budgetKeyOf(c));
    await this.#d.store.updateBook(c.guildId, (book) => {
      if (book.challenges[c.number]?.state === 'starting') delete book.challenges[c.number];
    });
    if (c.startKey) await this.#d.scheduler.remove(CHALLENGE_CLOSE_KIND, c.startKey);
  }
}
