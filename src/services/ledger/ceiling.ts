import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';

/** Credits all guilds together held or spent per UTC day (YYYY-MM-DD), for the last few days. */
export interface OperatorDays {
  days: Record<string, number>;
}

/** The one-day record kept before: read as its day alone. */
interface OneDay {
  day: string;
  held: number;
}

/** What the `operator` collection holds under the ceiling's key. */
export type OperatorDay = OperatorDays | OneDay;

/** The operator's daily spending ceiling across all guilds: reserve before a hold, give back on release. */
export interface SpendCeiling {
  /** Takes `amount` out of `day`'s room, or says it does not fit (and takes nothing). */
  reserve(amount: number, day: string): Promise<boolean>;
  /** Returns `amount` to `day`'s room: the day the hold was made on, whenever it is released. */
  giveBack(amount: number, day: string): Promise<void>;
}

const KEY = 'daily';
/**
 * Days kept, newest first. A hold made before midnight and released after it gives back to its own
 * day, so that day must still be there and must not be taken for today (Redis keeps three too).
 */
const KEEP_DAYS = 3;

function asDays(stored: OperatorDay | undefined): OperatorDays {
  if (!stored) return { days: {} };
  if ('days' in stored) return stored;
  return { days: stored.day ? { [stored.day]: stored.held } : {} };
}

/** One process's ceiling: one record in its own collection, changed through the keyed serializer. */
export class OperatorCeiling implements SpendCeiling {
  readonly #limit: number;
  readonly #records: SerialRecords<OperatorDays>;

  constructor(options: { limit: number; days: Collection<OperatorDay> }) {
    this.#limit = options.limit;
    this.#records = new SerialRecords<OperatorDays>({
      load: async (key) => asDays(await options.days.get(key)),
      save: (key, value) => options.days.set(key, value),
    });
  }

  reserve(amount: number, day: string): Promise<boolean> {
    return this.#records.update(KEY, (record) => {
      const held = record.days[day] ?? 0;
      if (held + amount > this.#limit) return false;
      record.days[day] = held + amount;
      for (const old of Object.keys(record.days).sort().reverse().slice(KEEP_DAYS)) delete record.days[old];
      return true;
    });
  }

  async giveBack(amount: number, day: string): Promise<void> {
    await this.#records.update(KEY, (record) => {
      const held = record.days[day];
      if (held !== undefined) record.days[day] = Math.max(0, held - amount);
    });
  }
}
