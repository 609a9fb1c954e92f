import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import type { ChallengeBook } from '../../src/services/challenges/types.ts';
import { until } from '../support/wait.ts';
import { challengeDriver } from './challengeSupport.ts';
import { MODERATOR, moderationDriver } from './moderationSupport.ts';
import { hasVideo, otherMember, press, replyOf } from './results-support.ts';
import { startWorld, type World } from './world.ts';

let world: World;
let mod: ReturnType<typeof moderationDriver>;
let challenges: ReturnType<typeof challengeDriver>;
const BLOCKED = 'You cannot use this bot in this server.';

beforeAll(async () => {
  world = await startWorld();
  mod = moderationDriver(world);
  challenges = challengeDriver(world);
});
afterAll(() => world.close());

const entriesOf = async (): Promise<Record<string, unknown>> => {
  const book = await world.app.store.collection<ChallengeBook>('challenges').get(`g:${world.guildId}`);
  return Object.assign({}, ...Object.values(book?.challenges ?? {}).filter((c) => c.state === 'open').map((c) => c.entries));
};

describe('blocked members', () => {
  it('refuses a blocked member’s /sora, Again on another member’s result and /challenge submit, privately; unblocked, serves them', async () => {
    const theirs = await world.sora({ prompt: 'a red kite' }, { user: otherMember });
    const result = await replyOf(world, theirs.token, hasVideo);
    expect(await mod.answer(await mod.moderation('block', { member: world.member.id, reason: 'spam' }))).toContain(`Blocked <@${world.member.id}>`);
    const created = world.kie.created().length;

    expect(await mod.answer(await world.sora({ prompt: 'a blue kite' }))).toBe(BLOCKED);
    expect(await mod.answer(await press(world, result, 'Again', world.member))).toBe(BLOCKED);
    expect(await mod.answer(await challenges.challenge('start', { title: 'Kites', theme: 'kites', ends_in: '1h' }))).toContain('Challenge #1 started');
    expect(await mod.answer(await challenges.challenge('submit', {}, { user: world.member, memberPermissions: FAKE_PERMISSIONS.member }))).toBe(BLOCKED);
    expect(world.kie.created()).toHaveLength(created);
    expect(Object.keys((await world.app.ledger.account(world.guildId)).holds)).toHaveLength(0);
    expect(await mod.answer(await mod.moderation('blocked'))).toContain(`<@${world.member.id}> by <@${world.admin.id}>`);

    expect(await mod.answer(await mod.moderation('unblock', { member: world.member.id }))).toContain('Unblocked');
    const served = await world.sora({ prompt: 'a blue kite' });
    await replyOf(world, served.token, hasVideo);
    expect(world.kie.created()).toHaveLength(created + 1);
  });
});

describe('allowed channels', () => {
  it('refuses /sora outside the allowed channels and names them; serves it inside (and in an open challenge’s channel)', async () => {
    const videos = mod.channel();
    const art = mod.channel();
    const elsewhere = mod.channel();
    expect(await mod.answer(await mod.moderation('channels', { allow: `<#${videos}>, <#${art}>` }))).toContain(`only in <#${videos}> or <#${art}>`);
    const refused = await world.sora({ prompt: 'a kite' }, { channelId: elsewhere });
    const text = await mod.answer(refused);
    expect(text).toContain(`<#${videos}> or <#${art}>`);
    expect(text).toContain(`<#${challenges.channelId}>`);
    const inside = await world.sora({ prompt: 'a kite' }, { channelId: videos });
    await replyOf(world, inside.token, hasVideo);
    // Challenge #1 (from above) is open in the first channel: allowed for its challenge.
    const inChallenge = await world.sora({ prompt: 'a kite' }, { channelId: challenges.channelId });
    await replyOf(world, inChallenge.token, hasVideo);
    expect(await mod.answer(await mod.moderation('channels', { allow: '<#123456789012345678>' }))).toContain('is not a channel of this server');
    expect(await mod.answer(await mod.moderation('channels', { all: true }))).toContain('every channel');
  });
});

describe('the review log', () => {
  it('posts a delivered and a failed video once each; Remove video (Manage Messages) deletes the result and its challenge entry; Block member blocks', async () => {
    const log = mod.channel();
    expect(await mod.answer(await mod.moderation('log', { channel: log }))).toContain(`The review log is <#${log}>`);
    const delivered = await world.sora({ prompt: 'a green kite' });
    const result = await replyOf(world, delivered.token, hasVideo);
    world.kie.planNext({ outcome: { fail: { code: '500', msg: 'Internal generation error' } } });
    const failed = await world.sora({ prompt: 'a broken kite' });
    const [good] = await mod.messagesIn(log, (m) => m.content.includes('Video delivered'), 1);
    const [bad] = await mod.messagesIn(log, (m) => m.content.includes('Video failed'), 1);
    expect(good!.content).toContain('> a green kite');
    expect(good!.content).toContain(`<@${world.member.id}>`);
    expect(good!.content).toContain(`https://discord.com/channels/${world.guildId}/${result.channelId}/${result.id}`);
    expect(good!.attachments.some((a) => a.filename.endsWith('.mp4'))).toBe(true);
    expect(bad!.content).toContain('> a broken kite');
    expect(bad!.content).toContain('refunded');
    expect(world.discord.originalFor(failed.token)).toBeDefined();

    const submitted = await challenges.challenge('submit', { video: challenges.jobIdOf(result) }, { user: world.member, memberPermissions: FAKE_PERMISSIONS.member });
    expect(await mod.answer(submitted)).toContain('is entered in challenge #1');
    const entryIds = Object.values(await entriesOf()).map((e) => (e as { messageId?: string }).messageId);
    expect(entryIds).toHaveLength(1);

    expect(await mod.answer(await mod.press(good!, 'Remove video', otherMember))).toContain('Only moderators (Manage Messages)');
    expect(world.discord.message(result.id)?.deleted).toBe(false);
    expect(await mod.answer(await mod.press(good!, 'Remove video', world.admin, MODERATOR))).toContain('Removed the video and its 1 challenge entry');
    expect(world.discord.message(result.id)?.deleted).toBe(true);
    expect(world.discord.message(entryIds[0]!)?.deleted).toBe(true);
    expect(await entriesOf()).toEqual({});
    await until(() => world.discord.message(good!.id)!.content.includes(`Removed by <@${world.admin.id}>`));

    expect(await mod.answer(await mod.press(bad!, 'Block member', world.admin, MODERATOR))).toContain(`Blocked <@${world.member.id}>`);
    expect(await mod.answer(await world.sora({ prompt: 'a kite' }))).toBe(BLOCKED);
    await mod.answer(await mod.moderation('unblock', { member: world.member.id }));

    // Each job once, whatever else was posted.
    const jobsLogged = world.discord.channelMessages(log).filter((m) => m.content.startsWith('✅') || m.content.startsWith('❌'));
    expect(jobsLogged).toHaveLength(2);
  });

  it('a missing permission in the log channel never blocks a member’s video; the status says so', async () => {
    const log = (await mod.record())!.log!.channelId;
    world.discord.fail({ method: 'POST', path: new RegExp(`/channels/${log}/messages$`) }, { status: 403, body: { message: 'Missing Permissions', code: 50013 } }, 4);
    const sent = await world.sora({ prompt: 'a yellow kite' });
    await replyOf(world, sent.token, hasVideo);
    await until(async () => (await mod.record())?.log?.problem !== undefined);
    expect(await mod.answer(await mod.moderation('status'))).toContain(`I cannot post in <#${log}>`);
    world.discord.clearFaults();
  });
});
