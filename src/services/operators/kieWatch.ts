import type { Logger } from '../../logger.ts';
import type { KiePort } from '../kie/types.ts';
import type { Collection } from '../store.ts';
import { operatorMessages } from './messages.ts';
import type { OperatorNotices } from './notices.ts';

/** What the watch keeps in the store, so a restart neither repeats nor forgets a notice. */
export interface KieWatchRecord {
  /** The last read was below KIE_LOW_BALANCE and the operators were told. */
  below: boolean;
  /** When the operators were last told of a 402. */
  outOfCreditsToldAt?: number;
}

const KEY = 'kie';
const TEN_MINUTES = 10 * 60_000;
const HOUR = 60 * 60_000;

/**
 * The operator's Kie account: its balance read at start, every 10 minutes and right after any Kie
 * answer 402 (GET /api/v1/chat/credit), exported on /metrics, shown by `/operator kie`. The
 * operators are told once each time it drops below KIE_LOW_BALANCE, and at most once an hour that
 * Kie refused a video for want of credits. Reads and notices run one at a time, so a burst of 402s
 * (one per job) makes one read and one message.
 */
export class KieWatch {
  readonly #kie: Pick<KiePort, 'getCredits'>;
  readonly #notices: Pick<OperatorNotices, 'tell'>;
  readonly #records: Collection<KieWatchRecord>;
  readonly #low: number;
  readonly #now: () => number;
  readonly #log: Logger;
  readonly #everyMs: number;
  readonly #gauge: ((credits: number) => void) | undefined;
  #last: { credits: number; at: number } | undefined;
  #chain: Promise<unknown> = Promise.resolve();
  #pendingRead: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(options: {
    kie: Pick<KiePort, 'getCredits'>;
    notices: Pick<OperatorNotices, 'tell'>;
    records: Collection<KieWatchRecord>;
    lowBalance: number;
    now: () => number;
    logger: Logger;
    everyMs?: number | undefined;
    gauge?: (credits: number) => void;
  }) {
    this.#kie = options.kie;
    this.#notices = options.notices;
    this.#records = options.records;
    this.#low = options.lowBalance;
    this.#now = options.now;
    this.#log = options.logger;
    this.#everyMs = options.everyMs ?? TEN_MINUTES;
    this.#gauge = options.gauge;
  }

  /** The balance as last read, and when; undefined before the first read. */
  get last(): { credits: number; at: number } | undefined {
    return this.#last;
  }

  /** Reads now (in the background: Kie being slow must not hold up the start), then every 10 minutes. */
  start(): void {
    this.#stopped = false;
    void this.read();
    this.#timer = setInterval(() => void this.read(), this.#everyMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#chain;
  }

  /** Reads the balance; reads asked for while one waits to run share it. Never throws. */
  read(): Promise<void> {
    this.#pendingRead ??= this.#serial(async () => {
      this.#pendingRead = undefined;
      let credits: number;
      try {
        credits = await this.#kie.getCredits();
      } catch (error) {
        this.#log.warn({ err: error }, 'could not read the Kie account’s balance');
        return;
      }
      this.#last = { credits, at: this.#now() };
      this.#gauge?.(credits);
      const record = await this.#record();
      const below = credits < this.#low;
      if (below === record.below) return;
      if (below) {
        this.#log.warn({ credits, threshold: this.#low }, 'the Kie account’s balance is below KIE_LOW_BALANCE; telling the operators');
        await this.#notices.tell(operatorMessages.lowBalance(credits, this.#low), 'kie-low-balance');
      } else {
        this.#log.info({ credits, threshold: this.#low }, 'the Kie account’s balance is back above KIE_LOW_BALANCE');
      }
      // Written after the message: a crash in between repeats it once rather than losing it.
      await this.#records.set(KEY, { ...record, below });
    });
    return this.#pendingRead;
  }

  /** Kie answered 402 (out of credits): tell the operators (at most hourly), then read the balance. */
  outOfCredits(): Promise<void> {
    const told = this.#serial(async () => {
      const record = await this.#record();
      const now = this.#now();
      if (record.outOfCreditsToldAt !== undefined && now - record.outOfCreditsToldAt < HOUR) return;
      this.#log.warn({ balance: this.#last?.credits }, 'Kie answered 402 (out of credits); telling the operators');
      await this.#notices.tell(operatorMessages.outOfCredits(this.#last?.credits), 'kie-out-of-credits');
      // Out of credits is below any threshold: the read that follows need not say it again.
      await this.#records.set(KEY, { ...record, outOfCreditsToldAt: now, below: this.#low > 0 || record.below });
    });
    return told.then(() => this.read());
  }

  async #record(): Promise<KieWatchRecord> {
    return (await this.#records.get(KEY)) ?? { below: false };
  }

  /** Runs `work` after everything queued before it (nothing once stopped); a failure is logged, never passed on. */
  #serial(work: () => Promise<void>): Promise<void> {
    const run = this.#chain.then(() => (this.#stopped ? undefined : work())).catch((error: unknown) => this.#log.warn({ err: error }, 'Kie account watch failed; it tries again at the next read'));
    this.#chain = run;
    return run;
  }
}
