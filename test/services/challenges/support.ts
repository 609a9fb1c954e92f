import type { RawFile } from '@discordjs/rest';
import { createLogger } from '../../../src/logger.ts';
import { Challenges } from '../../../src/services/challenges/service.ts';
import { ChallengeStore } from '../../../src/services/challenges/store.ts';
import { ChallengeDiscordError, type ChallengeDiscordPort } from '../../../src/services/challenges/discord.ts';
import type { ChallengeMessage } from '../../../src/services/challenges/messages.ts';
import type { RoleFacts } from '../../../src/services/challenges/permissions.ts';
import type { Job } from '../../../src/services/jobs/job.ts';
import { Ledger, type Account, type JournalEntry } from '../../../src/services/ledger/ledger.ts';
import { Scheduler, type Entry } from '../../../src/services/scheduler.ts';
import { openStore, type Store } from '../../../src/services/store.ts';
import { Writable } from 'node:stream';

/** Records what the service sends to Discord; `refuse` makes the next matching calls fail. */
export class RecordingDiscord implements ChallengeDiscordPort {
  posts: Array<{ id: string; channelId: string; body: ChallengeMessage; files: RawFile[] }> = [];
  edits: Array<{ channelId: string; messageId: string; body: Partial<ChallengeMessage> }> = [];
  roles: Array<{ guildId: string; userId: string; roleId: string }> = [];
  refuse: { post?: number; role?: number } = {};
  #next = 1;
  async post(channelId: string, body: ChallengeMessage, files: RawFile[] = []): Promise<{ id: string }> {
    if (this.refuse.post) throw new ChallengeDiscordError(this.refuse.post, 50013);
    const id = String(9000 + this.#next++);
    this.posts.push({ id, channelId, body, files });
    return { id };
  }
  async edit(channelId: string, messageId: string, body: Partial<ChallengeMessage>): Promise<void> {
    this.edits.push({ channelId, messageId, body });
  }
  removed: Array<{ channelId: string; messageId: string }> = [];
  async remove(channelId: string, messageId: string): Promise<void> {
    this.removed.push({ channelId, messageId });
  }
  async attachments(): Promise<Array<{ url: string; filename: string; size: number }>> {
    return [];
  }
  async addRole(guildId: string, userId: string, roleId: string): Promise<void> {
    if (this.refuse.role) throw new ChallengeDiscordError(this.refuse.role, 50013);
    this.roles.push({ guildId, userId, roleId });
  }
  guildFacts: { ownerId: string; roles: RoleFacts[] } = { ownerId: '1', roles: [] };
  memberRoleIds: string[] = [];
  async guild(): Promise<{ ownerId: string; roles: RoleFacts[] }> {
    return structuredClone(this.guildFacts);
  }
  async memberRoles(): Promise<string[]> {
    return [...this.memberRoleIds];
  }
  label(messageId: string): string | undefined {
    const last = this.edits.filter((e) => e.messageId === messageId && e.body.components).at(-1);
    return (last?.body.components?.[0]?.components[0] as { label?: string } | undefined)?.label;
  }
}

export const silent = createLogger({ level: 'silent', secrets: [], destination: new Writable({ write: (_c, _e, done) => done() }) });

export interface Setup {
  store: Store;
  ledger: Ledger;
  scheduler: Scheduler;
  discord: RecordingDiscord;
  jobs: Map<string, Job>;
  challenges: Challenges;
  challengeStore: ChallengeStore;
  clock: { now: number };
}

export async function setup(options: { credits?: number; debounceMs?: number } = {}): Promise<Setup> {
  const store = await openStore('memory://');
  const clock = { now: 1_800_000_000_000 };
  const now = () => clock.now;
  const ledger = new Ledger({
    accounts: store.collection<Account>('accounts') as never,
    journalArchive: store.collection<JournalEntry[]>('journal'),
    defaultCredits: options.credits ?? 1000,
    now,
  });
  const scheduler = new Scheduler({ concurrency: 4, logger: silent, now });
  const discord = new RecordingDiscord();
  const jobs = new Map<string, Job>();
  const challengeStore = new ChallengeStore(store.collection('challenges'));
  const challenges = new Challenges({
    store: challengeStore,
    ledger,
    scheduler,
    jobs: { get: async (id) => structuredClone(jobs.get(id)) },
    discord,
    freshUrl: async (url) => url,
    download: async () => ({ kind: 'file', data: Buffer.from('mp4 bytes'), contentType: 'video/mp4' }),
    logger: silent,
    now,
    labelDebounceMs: options.debounceMs ?? 20,
  });
  scheduler.register('challenge-close', { entries: store.collection<Entry>('challenge_close'), run: (id) => challenges.runClose(id) });
  return { store, ledger, scheduler, discord, jobs, challenges, challengeStore, clock };
}

let seq = 0;
/** A delivered job (no reply message, no result URL: entries are posted as a link or refused as expired). */
export function job(overrides: Partial<Job> & { guildId: string; memberId: string; createdAt: number }): Job {
  seq += 1;
  return {
    id: `job${String(seq).padStart(6, '0')}`,
    channelId: '100',
    applicationId: '1',
    interactionToken: 't',
    tokenExpiresAt: 0,
    attachmentSizeLimit: 10_000_000,
    familyId: 'sora-2',
    familyLabel: 'Sora 2',
    kieModel: 'sora-2-text-to-video',
    input: {},
    prompt: 'a fox @everyone in the snow',
    duration: 10,
    aspect: 'portrait',
    quality: 'standard',
    price: 30,
    state: 'delivered',
    resultUrl: 'http://127.0.0.1:9/result.mp4',
    updatedAt: overrides.createdAt,
    checks: 0,
    deliveryAttempts: 0,
    ...overrides,
  };
}
