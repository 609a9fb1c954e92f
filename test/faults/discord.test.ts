import { failureText } from '../../src/errors/index.ts';
import { translator } from '../../src/i18n/index.ts';
// Discord faults, each injected at the worst moment: the Kie task is held until the fault is in
// place and then finishes, so the fault meets the final message, not a status edit. Every case
// checks: (1) delivered or refunded, with an exact ledger; (2) the member is told in plain words, and
// where; (3) a new /sora is delivered afterwards; (4) nothing unhandled was logged.
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedRequest, SentInteraction } from '../../sandbox/discord.ts';
import type { World } from '../e2e/world.ts';
import { until } from '../support/wait.ts';
import {
  expectNextDelivered,
  expectNothingUnhandled,
  expectSettled,
  finished,
  hasVideo,
  jobOf,
  logged,
  SORA_PRICE,
  STARTING_CREDITS,
  startFaultWorld,
  told,
} from './support.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const webhookOf = (sent: SentInteraction) => new RegExp(`^/webhooks/\\d+/${escape(sent.token)}(/|$)`);
const channelRoutes = (channelId: string) => new RegExp(`^/channels/${channelId}(/|$)`);
const missingAccess = { status: 403, body: { message: 'Missing Access', code: 50001 } };
/** The bot can no longer use the interaction token nor the channel. */
const loseAccess = (w: World, sent: SentInteraction) => {
  w.discord.fail({ path: webhookOf(sent) }, missingAccess, 100);
  w.discord.fail({ path: channelRoutes(w.discord.channelIdOf()) }, missingAccess, 100);
};

/**
 * Sends a /sora whose Kie task waits until `inject` has run, then lets it finish: the first message
 * the fault meets is the final one (the status edit after create has already gone through).
 */
async function soraWithFaultAtDelivery(w: World, inject: (sent: SentInteraction) => void, outcome: 'success' | 'fail' = 'success'): Promise<SentInteraction> {
  w.kie.planNext({ generateMs: 60_000 });
  const sent = await w.sora({ prompt: 'a lighthouse in a storm' });
  await w.discord.waitForRequest((r) => r.method === 'PATCH' && webhookOf(sent).test(r.path) && JSON.stringify(r.json ?? null).includes('at the video service'), 10_000);
  const job = await jobOf(w, sent);
  inject(sent);
  await w.kie.completeTask(job.kieTaskId!, outcome === 'success' ? 'success' : { fail: { code: '500', msg: 'Internal generation error' } });
  return sent;
}

const deliveries = (w: World, path: RegExp): RecordedRequest[] => w.discord.requests.filter((r) => r.kind === 'http' && path.test(r.path) && (r.files?.length ?? 0) > 0);

describe('Discord faults on the gateway', () => {
  it('the gateway connection drops mid-job: the job finishes over REST, and the bot resumes and answers', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, () => world!.discord.dropConnection());
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    await told(world, sent, 'reply', /your video is ready/);
    await world.discord.waitForResume(10_000);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });
});

describe('Discord faults on the final message', () => {
  it('429 on the webhook edit: waits retry_after, then delivers in the reply', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) =>
      world!.discord.fail({ method: 'PATCH', path: webhookOf(s) }, { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.4, global: false } }),
    );
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const reply = await told(world, sent, 'reply', /your video is ready/);
    expect(hasVideo(reply)).toBe(true);
    const [limited, accepted] = deliveries(world, webhookOf(sent));
    expect(limited?.status).toBe(429);
    expect(accepted?.status).toBe(200);
    expect(accepted!.at - limited!.at).toBeGreaterThanOrEqual(400);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('5xx on the final edit beyond REST retries: kept, retried later, delivered once, charged once', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) =>
      world!.discord.fail({ method: 'PATCH', path: webhookOf(s) }, { status: 500, body: { message: '500: Internal Server Error', code: 0 } }, 4),
    );
    await until(() => logged(world!, /delivery postponed/).length === 1, 10_000, 'the delivery to be postponed');
    expect((await jobOf(world, sent)).state).toBe('delivering');
    const job = await finished(world, sent, 25_000);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const reply = await told(world, sent, 'reply', /your video is ready/);
    expect(hasVideo(reply)).toBe(true);
    expect(reply.payloads.filter((p) => JSON.stringify(p).includes('your video is ready'))).toHaveLength(1);
    expect(deliveries(world, webhookOf(sent)).map((r) => r.status)).toEqual([500, 500, 500, 500, 200]);
    expect(world.discord.channelMessages(world.discord.channelIdOf()).filter(hasVideo)).toHaveLength(1);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  }, 40_000);

  it('5xx when a failure should be told: refunded at once, and the member is told once Discord is back', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(
      world,
      (s) => world!.discord.fail({ method: 'PATCH', path: webhookOf(s) }, { status: 500, body: { message: '500: Internal Server Error', code: 0 } }, 4),
      'fail',
    );
    await until(() => logged(world!, /tell the member about the failure later/).length === 1, 10_000, 'the notice to be postponed');
    const account = await world.app.ledger.account(world.guildId);
    expect(account.holds).toEqual({});
    expect(account.balance).toBe(STARTING_CREDITS);
    const job = await finished(world, sent, 25_000);
    await until(async () => (await jobOf(world!, sent)).state === 'failed' && (world!.discord.originalFor(sent.token)?.content ?? '').includes('could not be made'), 25_000, 'the member to be told');
    await expectSettled(world, { ...job, state: 'failed' }, 'refunded', 0);
    await told(world, sent, 'reply', /Internal generation error/);
    await expectNextDelivered(world, 0);
    expectNothingUnhandled(world);
  }, 40_000);

  it('expired interaction token (401/50027): the reply is edited with the bot token', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) => world!.discord.expireToken(s.token));
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const reply = await told(world, sent, 'reply', /your video is ready/);
    expect(hasVideo(reply)).toBe(true);
    const edit = deliveries(world, channelRoutes(world.discord.channelIdOf())).find((r) => r.method === 'PATCH');
    expect(edit?.path).toBe(`/channels/${reply.channelId}/messages/${reply.id}`);
    expect(edit?.headers.authorization).toBe(`Bot ${world.discord.token}`);
    // A 401 on a token route must not have cleared the bot token: the next job goes through.
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('interaction token refused early (404/10015 Unknown Webhook): the reply is edited with the bot token', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) =>
      world!.discord.fail({ path: webhookOf(s) }, { status: 404, body: { message: 'Unknown Webhook', code: 10015 } }, 100),
    );
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const reply = await told(world, sent, 'reply', /your video is ready/);
    expect(hasVideo(reply)).toBe(true);
    world.discord.clearFaults();
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('the reply was deleted (404/10008): the video comes in a new channel message', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) => {
      const original = world!.discord.originalFor(s.token)!;
      world!.discord.deleteMessage(original.channelId, original.id);
    });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const posted = await told(world, sent, 'channel', /your video is ready/);
    expect(hasVideo(posted)).toBe(true);
    expect(posted.content).toContain(`<@${world.member.id}>`);
    expect(job.replyMessageId).toBe(posted.id);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('the reply was deleted and the token has expired: the video comes in a new channel message', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) => {
      const original = world!.discord.originalFor(s.token)!;
      world!.discord.deleteMessage(original.channelId, original.id);
      world!.discord.expireToken(s.token);
    });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const posted = await told(world, sent, 'channel', /your video is ready/);
    expect(hasVideo(posted)).toBe(true);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('missing access (403/50001) on the webhook and the channel: the video arrives by DM and is charged', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) => loseAccess(world!, s));
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const dm = await told(world, sent, 'dm', /your video is ready/);
    expect(hasVideo(dm)).toBe(true);
    expect(world.discord.dms(world.member.id)).toHaveLength(1);
    world.discord.clearFaults();
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('missing access when the task fails: the member learns of the refund by DM', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(
      world,
      (s) => loseAccess(world!, s),
      'fail',
    );
    const job = await finished(world, sent);
    await expectSettled(world, job, 'refunded', 0);
    const dm = await told(world, sent, 'dm', /could not be made\. You were not charged/);
    expect(JSON.stringify(dm.embeds)).toContain('Internal generation error');
    world.discord.clearFaults();
    await expectNextDelivered(world, 0);
    expectNothingUnhandled(world);
  });

  it('the bot lost the channel before the job started: one DM with the outcome, no status DMs', async () => {
    world = await startFaultWorld();
    world.discord.fail({ path: channelRoutes(world.discord.channelIdOf()) }, missingAccess, 1000);
    world.discord.fail({ method: 'PATCH', path: /^\/webhooks\// }, missingAccess, 1000);
    const sent = await world.sora({ prompt: 'a lighthouse in a storm' });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    const dm = await told(world, sent, 'dm', /your video is ready/);
    expect(hasVideo(dm)).toBe(true);
    expect(world.discord.dms(world.member.id)).toHaveLength(1);
    world.discord.clearFaults();
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('missing access and DMs closed: nobody can be told, so the credits go back', async () => {
    world = await startFaultWorld();
    world.discord.closeDms(world.member.id);
    const sent = await soraWithFaultAtDelivery(world, (s) => loseAccess(world!, s));
    const job = await finished(world, sent);
    await expectSettled(world, job, 'refunded', 0);
    expect(failureText(job.failure, translator('en-US'))).toContain('could not be posted in this channel');
    expect(logged(world, /the member cannot be reached; refunding/, { jobId: job.id })).toHaveLength(1);
    expect(world.discord.dms(world.member.id)).toHaveLength(0);
    world.discord.clearFaults();
    await expectNextDelivered(world, 0);
    expectNothingUnhandled(world);
  });

  it('payload too large (413/40005) on the webhook upload: a download link in the reply', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) =>
      world!.discord.fail({ method: 'PATCH', path: webhookOf(s) }, { status: 413, body: { message: 'Request entity too large', code: 40005 } }),
    );
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    expect(job.deliveredAs).toBe('link');
    const reply = await told(world, sent, 'reply', /your video is ready[\s\S]*download link/);
    expect(reply.attachments).toHaveLength(0);
    const url = /"url":"([^"]+)"/.exec(JSON.stringify(reply.components))?.[1];
    expect(url).toBeDefined();
    expect((await fetch(url!)).status).toBe(200);
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });

  it('payload too large on the bot-token route (upload over the channel limit): a download link in the reply', async () => {
    world = await startFaultWorld();
    const sent = await soraWithFaultAtDelivery(world, (s) => {
      world!.discord.expireToken(s.token);
      world!.discord.channelUploadLimit = 1000;
    });
    const job = await finished(world, sent);
    await expectSettled(world, job, 'delivered', SORA_PRICE);
    expect(job.deliveredAs).toBe('link');
    const reply = await told(world, sent, 'reply', /your video is ready[\s\S]*download link/);
    expect(reply.attachments).toHaveLength(0);
    world.discord.channelUploadLimit = 10 * 1024 * 1024;
    await expectNextDelivered(world, SORA_PRICE);
    expectNothingUnhandled(world);
  });
});
