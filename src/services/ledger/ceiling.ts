import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';

/** Credits all guilds together held or spent on one UTC day. */
export interface OperatorDay {
  day: string;
  held: number;
}

/** The operator's daily spending ceiling across all guilds: reserve before a hold, give back on release. */
export interface SpendCeiling {
  /** Takes `amount` out of `day`'s room, or says it does not fit (and takes nothing). */
  reserve(amount: number, day: string): Promise<boolean>;
  giveBack(amount: number, day: string): Promise<void>;
}

const KEY = 'daily';

/** One process's ceiling: one record in its own collection, changed through the keyed serializer. */
export class OperatorCeiling implements SpendCeiling {
  readonly #limit: number;
  readonly #records: SerialRecords<OperatorDay>;

  constructor(options: { limit: number; days: Collection<OperatorDay> }) {
    this.#limit = options.limit;
    this.#records = new SerialRecords<OperatorDay>({
      load: async (key) => (await options.days.get(key)) ?? { day: '', held: 0 },
      save: (key, value) => options.days.set(key, value),
    });
  }

  reserve(amount: number, day: string): Promise<boolean> {
    return this.#records.update(KEY, (op) => {
      if (op.day !== day) {
        op.day = day;
        op.held = 0;
      }
      if (op.held + amount > this.#limit) return false;
      op.held += amount;
      return true;
    });
  }

  async giveBack(amount: number, day: string): Promise<void> {
    await this.#records.update(KEY, (op) => {
      if (op.day === day) op.held = Math.max(0, op.held - amount);
    });
  }
}
