import { SerialRecords } from '../serial.ts';
import type { Collection } from '../store.ts';
import type { DailyCeiling } from './types.ts';

interface CeilingDay {
  day: string;
  held: number;
}

/**
 * Today's behaviour for one process (memory, SQLite): the day's total in one stored record, changed
 * one at a time in this process. Only the current day is kept; a new day starts at zero.
 */
export class LocalDailyCeiling implements DailyCeiling {
  readonly #records: SerialRecords<CeilingDay>;
  readonly #key: string;

  constructor(collection: Collection<CeilingDay>, key: string) {
    this.#key = key;
    this.#records = new SerialRecords<CeilingDay>({
      load: async (k) => (await collection.get(k)) ?? { day: '', held: 0 },
      save: (k, value) => collection.set(k, value),
    });
  }

  reserve(day: string, amount: number, ceiling: number): Promise<boolean> {
    return this.#records.update(this.#key, (record) => {
      const held = record.day === day ? record.held : 0;
      if (held + amount > ceiling) return false;
      record.day = day;
      record.held = held + amount;
      return true;
    });
  }

  async giveBack(day: string, amount: number): Promise<void> {
    await this.#records.update(this.#key, (record) => {
      if (record.day === day) record.held = Math.max(0, record.held - amount);
    });
  }

  async held(day: string): Promise<number> {
    const record = await this.#records.read(this.#key);
    return record.day === day ? record.held : 0;
  }
}
