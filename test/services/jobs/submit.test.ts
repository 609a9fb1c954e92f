import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors/index.ts';
import { ActiveJobs } from '../../../src/services/jobs/activeJobs.ts';
import { quote, submitStep, type SubmitRequest } from '../../../src/services/jobs/submit.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { openStore, type Store } from '../../../src/services/store.ts';
import { logger, modelsIn, registry } from './support.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function deps(credits: number, limits = { maxPerMember: 2, maxPerGuild: 10 }) {
  store = await openStore('memory://');
  const ledger = new Ledger({ accounts: store.collection<Account>('accounts'), journalArchive: store.collection<JournalEntry[]>('journal'), defaultCredits: credits, now: () => NOW });
  return { registry, models: modelsIn(store, () => NOW), ledger, active: new ActiveJobs(limits), logger, now: () => NOW };
}

const request = (patch: Partial<SubmitRequest> = {}): SubmitRequest => ({
  guildId: 'g1',
  channelId: 'c1',
  memberId: 'm1',
  applicationId: 'app',
  interactionToken: 'tok',
  receivedAt: NOW - 500,
  attachmentSizeLimit: 1024,
  model: 'sora-2',
  prompt: 'a kite over the sea',
  ...patch,
});

describe('submit step', () => {
  it('prices, holds and returns a queued job whose token lifetime counts from the command', async () => {
    const d = await deps(100);
    const { job } = await submitStep(request(), d);
    expect(job).toMatchObject({ state: 'queued', familyId: 'sora-2', price: 30, tokenExpiresAt: NOW - 500 + 15 * 60_000, balanceAfterHold: 70 });
    expect((await d.ledger.account('g1')).holds[job.id]).toMatchObject({ amount: 30, memberId: 'm1' });
  });

  it('refusals are UserErrors that hold nothing: not enough credits, the in-flight limit, a bad option', async () => {
    const poor = await deps(10);
    await expect(submitStep(request(), poor)).rejects.toThrow(/costs 30 credits, but the server has only 10 left/);
    expect((await poor.ledger.account('g1')).holds).toEqual({});

    const busy = await deps(1000, { maxPerMember: 1, maxPerGuild: 10 });
    await submitStep(request(), busy);
    const refused = await submitStep(request(), busy).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toContain('You already have 1 video in progress');
    expect(() => quote({ model: 'sora-2', prompt: 'x', duration: 7 }, busy)).toThrow(UserError);
  });

  it('release gives back the claim and the hold when the job cannot be stored', async () => {
    const d = await deps(100, { maxPerMember: 1, maxPerGuild: 10 });
    const { job, release } = await submitStep(request(), d);
    await release('could not save the job');
    expect((await d.ledger.account('g1')).balance).toBe(100);
    expect((await d.ledger.account('g1')).holds[job.id]).toBeUndefined();
    await expect(submitStep(request(), d)).resolves.toBeDefined();
  });

  it('a model Kie paused recently is refused before anything is held, naming the others', async () => {
    const d = await deps(100);
    await d.models.reportPaused('sora-2-text-to-video');
    expect(() => quote({ model: 'sora-2', prompt: 'x' }, d)).toThrow(/Sora 2 is paused at the video service right now.*\. You were not charged\. Try `model:sora-2-pro`/);
  });
});
