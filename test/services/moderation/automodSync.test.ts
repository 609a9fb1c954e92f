import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { isMessage, render, translator } from '../../../src/i18n/index.ts';
import { AutoModAccessError, type AutoModReader } from '../../../src/services/moderation/automod.ts';
import { AutoModSync } from '../../../src/services/moderation/automodSync.ts';
import { ModerationStore } from '../../../src/services/moderation/store.ts';
import type { AutoModRule, ModerationRecord } from '../../../src/services/moderation/types.ts';
import { openStore } from '../../../src/services/store.ts';

const GUILD = '300000000000000001';
const rule = (keywords: string[]): AutoModRule => ({ id: '1', name: 'Words', enabled: true, triggerType: 1, keywords, regexes: [], allow: [], exemptRoles: [], exemptChannels: [] });

/** A reader whose answers the test sets, counting reads; `hold` keeps a read open until released. */
class Reader implements AutoModReader {
  rules: AutoModRule[] = [rule(['cat'])];
  fail: Error | undefined;
  reads = 0;
  hold: Promise<void> | undefined;
  async read(): Promise<AutoModRule[]> {
    this.reads++;
    await this.hold;
    if (this.fail) throw this.fail;
    return structuredClone(this.rules);
  }
}

async function setup() {
  const db = await openStore('memory://');
  const store = new ModerationStore(db.collection<ModerationRecord>('moderation'));
  const reader = new Reader();
  const sync = new AutoModSync({ store, reader, logger: pino({ level: 'silent' }), now: () => 1_000 });
  return { store, reader, sync };
}

const where = { roleIds: [], channelId: '1' };

describe('AutoModSync', () => {
  it('reads when turned on, again on a change event, and the new rules judge at once', async () => {
    const { store, reader, sync } = await setup();
    await sync.turnOn(GUILD);
    expect((await store.get(GUILD)).rules.judge('a cat', where).ok).toBe(false);
    reader.rules = [rule(['dog'])];
    await sync.changed(GUILD);
    const { rules } = await store.get(GUILD);
    expect(rules.judge('a cat', where).ok).toBe(true);
    expect(rules.judge('a dog', where).ok).toBe(false);
  });

  it('coalesces events that arrive during a read into one more read', async () => {
    const { reader, sync } = await setup();
    await sync.turnOn(GUILD);
    let release!: () => void;
    reader.hold = new Promise((resolve) => (release = resolve));
    const first = sync.changed(GUILD);
    void sync.changed(GUILD);
    void sync.changed(GUILD);
    release();
    await first;
    reader.hold = undefined;
    await sync.stop();
    expect(reader.reads).toBe(3); // turnOn, the first event, one more for the two during it
  });

  it('keeps the rules last read when a re-read is refused, and says why', async () => {
    const { store, reader, sync } = await setup();
    await sync.turnOn(GUILD);
    reader.fail = new AutoModAccessError(403);
    await sync.changed(GUILD);
    const { record, rules } = await store.get(GUILD);
    const problem = record.automod.problem;
    // Kept as a message, said in the reader's language.
    expect(isMessage(problem) && render(problem, translator('en-US'))).toContain('Manage Server');
    expect(rules.judge('a cat', where).ok).toBe(false);
  });

  it('turning on without access changes nothing; off ignores later events', async () => {
    const { store, reader, sync } = await setup();
    reader.fail = new AutoModAccessError(403);
    await expect(sync.turnOn(GUILD)).rejects.toBeInstanceOf(AutoModAccessError);
    expect((await store.get(GUILD)).record.automod.on).toBe(false);
    reader.fail = undefined;
    await sync.turnOn(GUILD);
    await sync.turnOff(GUILD);
    const reads = reader.reads;
    await sync.changed(GUILD);
    expect(reader.reads).toBe(reads);
    expect((await store.get(GUILD)).rules.judge('a cat', where).ok).toBe(true);
  });
});
