// Shared by the fault-injection suite: a fast world, a TCP gate that can refuse Kie's connections,
// and the four checks every fault case ends with.
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { Job } from '../../src/services/jobs/job.ts';
import type { Account } from '../../src/services/ledger/ledger.ts';
import type { FakeMessage, SentInteraction } from '../../sandbox/discord.ts';
import { startWorld, type World, type WorldOptions } from '../e2e/world.ts';
import { until } from '../support/wait.ts';

export const STARTING_CREDITS = 1000;
/** sora-2, 10 s (the default) costs this much. */
export const SORA_PRICE = 30;

/**
 * A world tuned for speed: Kie tasks finish in about 150 ms, the bot believes so and polls every
 * 20 ms at most, and one Kie request gives up after 500 ms.
 */
export function startFaultWorld(options: WorldOptions = {}): Promise<World> {
  return startWorld({
    startingCredits: STARTING_CREDITS,
    learnedMs: 150,
    ...options,
    env: { POLL_INTERVAL_MS: '20', KIE_TIMEOUT_MS: '500', JOB_TIMEOUT_MS: '20000', ...options.env },
    kie: { ...options.kie, plan: { waitingMs: 20, queueMs: 20, generateMs: 100, ...options.kie?.plan } },
  });
}

// ---------- reading the bot's state ----------

export async function storedJobs(world: World): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const [, job] of world.app.store.collection<Job>('jobs').entries()) jobs.push(job);
  return jobs.sort((a, b) => a.createdAt - b.createdAt);
}

/** The stored job of a /sora, once it exists. */
export async function jobOf(world: World, sent: SentInteraction): Promise<Job> {
  let found: Job | undefined;
  await until(
    async () => {
      found = (await storedJobs(world)).find((j) => j.interactionToken === sent.token);
      return found !== undefined;
    },
    10_000,
    'the job to be stored',
  );
  return found!;
}

/** Waits until the job has ended (delivered or failed) and its hold is settled. */
export async function finished(world: World, sent: SentInteraction, timeoutMs = 15_000): Promise<Job> {
  const { id } = await jobOf(world, sent);
  let job: Job | undefined;
  await until(
    async () => {
      job = await world.app.store.collection<Job>('jobs').get(id);
      const account = await world.app.ledger.account(world.guildId);
      return (job?.state === 'delivered' || job?.state === 'failed') && account.holds[id] === undefined;
    },
    timeoutMs,
    `job ${id} to end and settle`,
  );
  return job!;
}

const text = (m: FakeMessage): string => `${m.content}\n${JSON.stringify(m.embeds)}`;
export const hasVideo = (m: FakeMessage): boolean => m.attachments.some((a) => a.filename.endsWith('.mp4'));

/** Every message the member could read about a job: the reply, the channel, their DMs. */
export function messagesFor(world: World, where: 'reply' | 'channel' | 'dm', sent: SentInteraction): FakeMessage[] {
  const { discord } = world;
  if (where === 'reply') return [discord.originalFor(sent.token)].filter((m): m is FakeMessage => m !== undefined && !m.deleted);
  if (where === 'dm') return discord.dms(world.member.id);
  const original = discord.originalFor(sent.token)?.id;
  return discord.channelMessages(discord.channelIdOf()).filter((m) => m.id !== original);
}

/** (2) The member is told, in plain words, in the given place. Returns the message that says so. */
export async function told(world: World, sent: SentInteraction, where: 'reply' | 'channel' | 'dm', words: RegExp): Promise<FakeMessage> {
  let found: FakeMessage | undefined;
  await until(
    () => {
      found = messagesFor(world, where, sent).find((m) => words.test(text(m)));
      return found !== undefined;
    },
    10_000,
    `a ${where} message matching ${String(words)}; have: ${JSON.stringify(messagesFor(world, where, sent).map(text))}`,
  );
  return found!;
}

// ---------- the four checks ----------

/**
 * (1) The job ended delivered (captured once) or refunded (released once), and the account is
 * exact: no hold left, balance and spending what the delivered jobs so far add up to.
 */
export async function expectSettled(world: World, job: Job, outcome: 'delivered' | 'refunded', spentSoFar: number): Promise<Account> {
  expect(job.state).toBe(outcome === 'delivered' ? 'delivered' : 'failed');
  const account = await world.app.ledger.account(world.guildId);
  expect(account.holds).toEqual({});
  expect(account.settled[job.id]).toBe(outcome === 'delivered' ? 'captured' : 'released');
  const entries = account.journal.filter((e) => e.jobId === job.id).map((e) => e.kind);
  expect(entries).toEqual(['hold', outcome === 'delivered' ? 'capture' : 'release']);
  expect(account.spentTotal).toBe(spentSoFar);
  expect(account.balance).toBe(STARTING_CREDITS - spentSoFar);
  return account;
}

/**
 * (3) The bot still works: a new /sora (faults cleared by the caller) is delivered with the video
 * in its reply and charged once.
 */
export async function expectNextDelivered(world: World, spentBefore: number, options: Record<string, string | number> = {}, price = SORA_PRICE): Promise<void> {
  const sent = await world.sora({ prompt: 'after the fault: a quiet harbour at dawn', ...options });
  const job = await finished(world, sent);
  expect(job.state, `second job failed: ${job.failure ?? ''}`).toBe('delivered');
  const reply = await told(world, sent, 'reply', /your video is ready/);
  expect(hasVideo(reply)).toBe(true);
  await expectSettled(world, job, 'delivered', spentBefore + price);
}

/**
 * Log lines that stand for an error nobody handled. What counts: every line at level ≥ 50 (error,
 * fatal), whatever its message, except the ones a case names as expected (such as the operator line
 * for an empty Kie account). That covers the catch-alls — 'background job step failed' (a command or
 * job step threw past its own handling), 'job check failed unexpectedly' (the poller caught a
 * throw), 'command failed' (the dispatcher's "unexpected error (ref …)"), 'unexpected error creating
 * the Kie task', 'Discord client error', 'unhandled promise rejection' — and anything added later.
 * An unhandled rejection in the bot itself fails the run anyway: the bot runs in vitest's process.
 */
export function unhandledLogs(world: World, expected: RegExp[] = []): Array<Record<string, unknown>> {
  return world.parsedLogs().filter((line) => {
    const level = typeof line['level'] === 'number' ? line['level'] : 0;
    const msg = typeof line['msg'] === 'string' ? line['msg'] : '';
    return level >= 50 && !expected.some((e) => e.test(msg));
  });
}

/** (4) Nothing unhandled was logged. */
export function expectNothingUnhandled(world: World, expected: RegExp[] = []): void {
  expect(unhandledLogs(world, expected)).toEqual([]);
}

export function logged(world: World, msg: RegExp, fields: Record<string, unknown> = {}): Array<Record<string, unknown>> {
  return world.parsedLogs().filter((l) => typeof l['msg'] === 'string' && msg.test(l['msg']) && Object.entries(fields).every(([k, v]) => l[k] === v));
}

// ---------- a gate in front of the fake Kie ----------

/**
 * A loopback TCP relay for the bot's Kie API calls. `down()` closes its port, so new connections
 * are refused (ECONNREFUSED) exactly as when Kie's host is down, and cuts open ones; `up()` listens
 * on the same port again. The fake Kie behind it keeps its tasks throughout.
 */
export class KieGate {
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;
  #port = 0;
  /** Port of the fake Kie; set once the world has started it. */
  targetPort = 0;

  static async open(): Promise<KieGate> {
    const gate = new KieGate();
    await gate.up();
    return gate;
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get isUp(): boolean {
    return this.#server !== undefined;
  }

  async up(): Promise<void> {
    if (this.#server) return;
    const server = createServer((client) => this.#relay(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => resolve());
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  async down(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    await closed;
  }

  #relay(client: Socket): void {
    const upstream = connect(this.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  }
}
