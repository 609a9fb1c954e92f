import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeCommandOption, type FakeUser } from '../../sandbox/discord.ts';
import type { Job } from '../../src/services/jobs/job.ts';
import { fixture } from '../support/fixtures.ts';
import { until } from '../support/wait.ts';
import { buttonsOf, hasVideo, otherMember, press, privateAnswer, replyOf } from './results-support.ts';
import { startWorld, type World, type WorldOptions } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function start(options: WorldOptions = {}): Promise<World> {
  world = await startWorld(options);
  return world;
}

function jobsCommand(w: World, sub: string, options: FakeCommandOption[] = [], user: FakeUser = w.member, admin = false) {
  return w.discord.sendCommand({
    name: 'jobs',
    guildId: w.guildId,
    user,
    memberPermissions: admin ? FAKE_PERMISSIONS.admin : FAKE_PERMISSIONS.member,
    options: [{ name: sub, type: 1, options }],
  });
}

const idOption = (id: string): FakeCommandOption[] => [{ name: 'id', type: 3, value: id }];

async function jobByPrompt(w: World, prompt: string): Promise<Job> {
  let found: Job | undefined;
  await until(async () => {
    for await (const [, job] of w.app.store.collection<Job>('jobs').entries()) if (job.prompt === prompt) found = job;
    return found !== undefined;
  });
  return found!;
}

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
}

describe('/jobs list', () => {
  it('lists the member’s videos newest first, privately, five a page with Previous / Next', async () => {
    const w = await start();
    const sent = [];
    // One after another: each job is submitted (and indexed) before the next command is sent, so
    // "newest first" has one right answer.
    for (let i = 0; i < 7; i++) {
      const s = await w.sora({ prompt: `clip number ${i}` });
      await replyOf(w, s.token, (m) => m.embeds.length > 0);
      sent.push(s);
    }
    await w.sora({ prompt: 'someone else’s clip' }, { user: otherMember });
    for (const s of sent) await replyOf(w, s.token, hasVideo);

    const listed = await jobsCommand(w, 'list');
    const reply = await replyOf(w, listed.token, (m) => m.embeds.length > 0);
    expect(reply.flags & 64).toBe(64);
    const embed = reply.embeds[0] as Embed;
    expect(embed.description).toContain('clip number 6');
    expect(embed.description).not.toContain('clip number 1');
    expect(embed.description).not.toContain('someone else');
    expect(embed.description!.indexOf('clip number 6')).toBeLessThan(embed.description!.indexOf('clip number 2'));
    expect(embed.description).toContain('✅ delivered');
    expect(embed.description).toContain('30 credits');
    expect(embed.footer?.text).toContain('Page 1 of 2');
    const newest = await jobByPrompt(w, 'clip number 6');
    expect(embed.description).toContain(`\`${newest.id.slice(0, 6)}\``);
    expect(embed.description).not.toContain(newest.id);
    expect(embed.description).toContain(`/channels/${w.guildId}/${newest.channelId}/${newest.replyMessageId}`);

    const next = await press(w, reply, 'Next', w.member);
    await until(() => w.discord.interaction(next.token)?.callbackType === 7);
    const page2 = w.discord.message(reply.id)!.embeds[0] as Embed;
    expect(page2.footer?.text).toContain('Page 2 of 2');
    expect(page2.description).toContain('clip number 0');
    expect(page2.description).toContain('clip number 1');
    expect(page2.description).not.toContain('clip number 2');
    expect(buttonsOf(w.discord.message(reply.id)!).find((b) => b.label === 'Next')).toMatchObject({ disabled: true });
  });

  it('lets admins list another member’s videos and refuses members', async () => {
    const w = await start();
    await replyOf(w, (await w.sora({ prompt: 'the member’s clip' })).token, hasVideo);
    const refused = await jobsCommand(w, 'list', [{ name: 'member', type: 6, value: w.member.id }], otherMember);
    expect(await privateAnswer(w, refused.token)).toContain('Only admins');
    const allowed = await jobsCommand(w, 'list', [{ name: 'member', type: 6, value: w.member.id }], w.admin, true);
    const reply = await replyOf(w, allowed.token, (m) => m.embeds.length > 0);
    expect(JSON.stringify(reply.embeds)).toContain('the member’s clip');
  });

  it('offers the member’s own jobs in id autocomplete, by short id', async () => {
    const w = await start();
    await replyOf(w, (await w.sora({ prompt: 'mine' })).token, hasVideo);
    await replyOf(w, (await w.sora({ prompt: 'theirs' }, { user: otherMember })).token, hasVideo);
    const mine = await jobByPrompt(w, 'mine');
    const sent = await w.discord.sendAutocomplete({
      name: 'jobs',
      guildId: w.guildId,
      user: w.member,
      options: [{ name: 'show', type: 1, options: [{ name: 'id', type: 3, value: '', focused: true }] }],
    });
    await until(() => w.discord.interaction(sent.token)?.callbackType === 8);
    const choices = (w.discord.interaction(sent.token)!.callbackData as { choices: Array<{ name: string; value: string }> }).choices;
    expect(choices).toHaveLength(1);
    expect(choices[0]!.value).toBe(mine.id);
    expect(choices[0]!.name).toMatch(new RegExp(`^${mine.id.slice(0, 6)} · delivered · Sora 2 · mine`));
  });
});

describe('/jobs show', () => {
  it('brings back a 3-day-old video whose first Kie URL has expired, after its message was deleted', async () => {
    let offset = 0;
    const w = await start({ kie: { now: () => Date.now() + offset, fileTtlMs: 24 * 3600_000 } });
    const sent = await w.sora({ prompt: 'an old favourite', aspect: 'portrait' });
    const reply = await replyOf(w, sent.token, hasVideo);
    await press(w, reply, 'Delete', w.member);
    await until(() => w.discord.message(reply.id)!.deleted);
    offset = 3 * 24 * 3600_000;
    const job = await jobByPrompt(w, 'an old favourite');
    expect((await fetch(job.resultUrl!)).status).toBe(404);

    const shown = await jobsCommand(w, 'show', idOption(job.id.slice(0, 6)));
    const answer = await replyOf(w, shown.token, hasVideo, 15_000);
    expect(answer.flags & 64).toBe(64);
    expect(answer.attachments[0]!.data.equals(fixture('sample-portrait.mp4'))).toBe(true);
    expect(w.kie.count('downloadUrl')).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(answer.embeds)).toContain('an old favourite');
  });

  it('says plainly when the file is gone everywhere', async () => {
    let offset = 0;
    const w = await start({ kie: { now: () => Date.now() + offset, fileTtlMs: 24 * 3600_000 } });
    const sent = await w.sora({ prompt: 'lost to time' });
    const reply = await replyOf(w, sent.token, hasVideo);
    await press(w, reply, 'Delete', w.member);
    await until(() => w.discord.message(reply.id)!.deleted);
    offset = 30 * 24 * 3600_000;
    w.kie.failNext('downloadUrl', { code: 404, msg: 'file not found', times: 5 });
    const job = await jobByPrompt(w, 'lost to time');
    const shown = await jobsCommand(w, 'show', idOption(job.id));
    const answer = await replyOf(w, shown.token, (m) => m.content.length > 0, 15_000);
    expect(answer.content).toContain('The video file is gone');
    expect(answer.attachments).toHaveLength(0);
  });

  it('refuses a job that is not the member’s', async () => {
    const w = await start();
    await replyOf(w, (await w.sora({ prompt: 'theirs' }, { user: otherMember })).token, hasVideo);
    const theirs = await jobByPrompt(w, 'theirs');
    const shown = await jobsCommand(w, 'show', idOption(theirs.id));
    expect(await privateAnswer(w, shown.token)).toContain('No job of yours');
  });
});

describe('/jobs cancel', () => {
  it('cancels queued jobs (member and admin) with one refund each, never sending them to Kie; a running job is refused', async () => {
    // Long tasks keep the first 20 creates running; the bot's own pacing (20 per 10 s) holds the rest.
    const w = await start({ kie: { createRateLimit: false, plan: { waitingMs: 60_000, queueMs: 0, generateMs: 1000 } } });
    const fillers = Array.from({ length: 20 }, (_, i) => ({ id: `7100000000000000${String(i).padStart(2, '0')}`, username: `f${i}` }));
    await Promise.all(fillers.map((user, i) => w.sora({ prompt: `filler ${i}` }, { user })));
    await until(() => w.kie.created().length === 20, 10_000, '20 creates');
    const before = await w.app.ledger.account(w.guildId);

    const a = await w.sora({ prompt: 'cancel me' });
    const b = await w.sora({ prompt: 'an admin cancels me' });
    const jobA = await jobByPrompt(w, 'cancel me');
    const jobB = await jobByPrompt(w, 'an admin cancels me');
    await replyOf(w, a.token, (m) => m.content.includes('video'));

    const byMember = await jobsCommand(w, 'cancel', idOption(jobA.id.slice(0, 6)));
    expect(await privateAnswer(w, byMember.token)).toContain('Cancelled');
    const byOther = await jobsCommand(w, 'cancel', idOption(jobB.id), otherMember);
    expect(await privateAnswer(w, byOther.token)).toContain('No job of yours');
    const byAdmin = await jobsCommand(w, 'cancel', idOption(jobB.id), w.admin, true);
    expect(await privateAnswer(w, byAdmin.token)).toContain('Cancelled');

    const cancelledReply = await replyOf(w, a.token, (m) => m.content.includes('cancelled'));
    expect(JSON.stringify(cancelledReply.embeds)).toContain('refunded');
    await replyOf(w, b.token, (m) => m.content.includes('cancelled'));
    const afterCancel = await w.app.ledger.account(w.guildId);
    expect(afterCancel.balance).toBe(before.balance);

    // A job after them gets the next create slot; the cancelled ones never reach Kie.
    await w.sora({ prompt: 'after the cancel' });
    await until(() => w.kie.created().length === 21, 20_000, 'the next create');
    const prompts = w.kie.created().map((c) => c.input.prompt);
    expect(prompts).toContain('after the cancel');
    expect(prompts).not.toContain('cancel me');
    expect(prompts).not.toContain('an admin cancels me');
    const account = await w.app.ledger.account(w.guildId);
    const releases = account.journal.filter((e) => e.kind === 'release' && (e.jobId === jobA.id || e.jobId === jobB.id));
    expect(releases).toHaveLength(2);
    expect((await w.app.store.collection<Job>('jobs').get(jobA.id))!.state).toBe('failed');

    const filler = await jobByPrompt(w, 'filler 0');
    const running = await jobsCommand(w, 'cancel', idOption(filler.id), w.admin, true);
    expect(await privateAnswer(w, running.token)).toContain('cannot be cancelled');
    const again = await jobsCommand(w, 'cancel', idOption(jobA.id));
    expect(await privateAnswer(w, again.token)).toContain('already finished');
    expect((await w.app.ledger.account(w.guildId)).journal.filter((e) => e.kind === 'release' && e.jobId === jobA.id)).toHaveLength(1);
  }, 40_000);
});

describe('the Cancel button of a queued reply', () => {
  it('takes a queued job back for its maker (one refund, never sent to Kie), refuses others privately, and leaves running replies without it', async () => {
    // Long tasks keep the first 20 creates running; the bot's own pacing (20 per 10 s) holds the rest.
    const w = await start({ kie: { createRateLimit: false, plan: { waitingMs: 60_000, queueMs: 0, generateMs: 1000 } } });
    const fillers = Array.from({ length: 20 }, (_, i) => ({ id: `7200000000000000${String(i).padStart(2, '0')}`, username: `f${i}` }));
    const filled = await Promise.all(fillers.map((user, i) => w.sora({ prompt: `filler ${i}` }, { user })));
    await until(() => w.kie.created().length === 20, 10_000, '20 creates');
    const before = await w.app.ledger.account(w.guildId);

    const sent = await w.sora({ prompt: 'take me back' });
    const queued = await replyOf(w, sent.token, (m) => buttonsOf(m).some((b) => b.label === 'Cancel'));
    expect(JSON.stringify(queued.embeds)).toContain('Queued');
    // The fake's message is live; a member's screen may still show this copy after the cancel.
    const staleCopy = structuredClone(queued);
    // A reply whose job is already at Kie has no Cancel (it could not be taken back).
    const running = await replyOf(w, filled[0]!.token, (m) => JSON.stringify(m.embeds).includes('Queued at the video service') || JSON.stringify(m.embeds).includes('Generating'));
    expect(buttonsOf(running).map((b) => b.label)).not.toContain('Cancel');

    const byOther = await press(w, queued, 'Cancel', otherMember);
    expect(await privateAnswer(w, byOther.token)).toContain('Only the member who asked for this video');
    expect((await jobByPrompt(w, 'take me back')).state).toBe('queued');

    const byMaker = await press(w, queued, 'Cancel', w.member);
    expect(await privateAnswer(w, byMaker.token)).toContain('Cancelled');
    const cancelled = await replyOf(w, sent.token, (m) => m.content.includes('cancelled'));
    expect(buttonsOf(cancelled).map((b) => b.label)).not.toContain('Cancel');
    expect((await w.app.ledger.account(w.guildId)).balance).toBe(before.balance);

    // Pressed again (a stale copy of the message): nothing more to cancel, no second refund.
    const again = await press(w, staleCopy, 'Cancel', w.member);
    expect(await privateAnswer(w, again.token)).toContain('already finished');
    const job = await jobByPrompt(w, 'take me back');
    expect((await w.app.ledger.account(w.guildId)).journal.filter((e) => e.kind === 'release' && e.jobId === job.id)).toHaveLength(1);
    await w.sora({ prompt: 'after the cancel' });
    await until(() => w.kie.created().length === 21, 20_000, 'the next create');
    expect(w.kie.created().map((c) => c.input.prompt)).not.toContain('take me back');
  }, 40_000);
});
