// The scenarios crashed at every write: what members and admins do, through the fake Discord.
import { FAKE_PERMISSIONS, MESSAGE_FLAGS, type FakeMessage, type FakeUser, type SentInteraction } from '../../sandbox/discord.ts';
import type { Scenario, ScenarioContext } from './harness.ts';

const members: FakeUser[] = [1, 2, 3].map((n) => ({ id: `50000000000000000${n}`, username: `member${n}` }));

async function sora(ctx: ScenarioContext, prompt: string, user: FakeUser = ctx.member): Promise<SentInteraction> {
  const sent = await ctx.discord.sendCommand({ name: 'sora', guildId: ctx.guildId, user, options: [{ name: 'prompt', type: 3, value: prompt }] });
  ctx.sent.push({ token: sent.token, memberId: user.id });
  return sent;
}

const reply = (ctx: ScenarioContext, sent: SentInteraction): FakeMessage | undefined => ctx.discord.originalFor(sent.token);
const says = (ctx: ScenarioContext, sent: SentInteraction, text: string) => () => (reply(ctx, sent)?.content ?? '').includes(text);
const delivered = (ctx: ScenarioContext, sent: SentInteraction) => says(ctx, sent, 'your video is ready');

function challenge(ctx: ScenarioContext, sub: string, values: Record<string, string | number> = {}): Promise<SentInteraction> {
  const options = Object.entries(values).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value }));
  return ctx.discord.sendCommand({ name: 'challenge', guildId: ctx.guildId, user: ctx.admin, memberPermissions: FAKE_PERMISSIONS.admin, options: [{ name: sub, type: 1, options }] });
}

function submit(ctx: ScenarioContext, user: FakeUser): Promise<SentInteraction> {
  return ctx.discord.sendCommand({ name: 'challenge', guildId: ctx.guildId, user, options: [{ name: 'submit', type: 1, options: [] }] });
}

/** The private answer to a command, once it is there. */
function answered(ctx: ScenarioContext, sent: SentInteraction): () => boolean {
  return () => {
    const i = ctx.discord.interaction(sent.token);
    if (!i || i.callbackType === null) return false;
    const original = ctx.discord.originalFor(sent.token);
    const followUp = i.followUpIds.length > 0;
    return followUp || (original !== undefined && (original.flags & MESSAGE_FLAGS.loading) === 0);
  };
}

const channelMessages = (ctx: ScenarioContext) => ctx.discord.channelMessages(ctx.discord.channelIdOf()).filter((m) => !m.deleted);
const entryOf = (ctx: ScenarioContext, user: FakeUser) => channelMessages(ctx).find((m) => m.content.startsWith(`🎬 Entry by <@${user.id}>`));

function vote(ctx: ScenarioContext, entry: FakeMessage, voter: FakeUser): Promise<SentInteraction> {
  const customId = /"custom_id":"(challenge:vote:[^"]+)"/.exec(JSON.stringify(entry.components))![1]!;
  return ctx.discord.sendComponent({ customId, messageId: entry.id, user: voter, guildId: ctx.guildId });
}

export const jobDelivered: Scenario = {
  name: 'a job delivered',
  async drive(ctx) {
    const sent = await sora(ctx, 'a lighthouse in a storm');
    await ctx.wait(delivered(ctx, sent), 'the video');
  },
};

export const jobFailedByKie: Scenario = {
  name: 'a job failed by Kie',
  kie: { plan: { outcome: { fail: { code: '500', msg: 'GPU lost' } } } },
  async drive(ctx) {
    const sent = await sora(ctx, 'a lighthouse that will not render');
    await ctx.wait(says(ctx, sent, 'You were not charged'), 'the failure notice');
  },
};

export const jobCancelledWhileQueued: Scenario = {
  name: 'a job cancelled while queued',
  // One create a minute: the second job waits in the queue, where its Cancel button takes it back.
  envBefore: { KIE_CREATE_LIMIT: '1/60s' },
  async drive(ctx) {
    const first = await sora(ctx, 'the first clip');
    await ctx.wait(() => ctx.kie.created().length === 1, 'the first create');
    const second = await sora(ctx, 'the clip to take back');
    await ctx.wait(() => JSON.stringify(reply(ctx, second)?.components ?? []).includes('"Cancel"'), 'the queued reply with Cancel');
    const customId = /"custom_id":"([^"]+)","label":"Cancel"|"label":"Cancel"[^}]*"custom_id":"([^"]+)"/.exec(JSON.stringify(reply(ctx, second)!.components))!;
    await ctx.discord.sendComponent({ customId: (customId[1] ?? customId[2])!, messageId: reply(ctx, second)!.id, user: ctx.member, guildId: ctx.guildId });
    await ctx.wait(says(ctx, second, 'cancelled'), 'the cancelled reply');
    await ctx.wait(delivered(ctx, first), 'the first video');
  },
};

export const pausedModelRefused: Scenario = {
  name: 'a paused model refused',
  async drive(ctx) {
    ctx.kie.pauseModel('sora-2-text-to-video');
    const sent = await sora(ctx, 'a clip on a paused model');
    await ctx.wait(says(ctx, sent, 'You were not charged'), 'the refusal in the reply');
    // Now known to be paused: the next request is refused before anything is held.
    const again = await sora(ctx, 'again on the paused model');
    await ctx.wait(answered(ctx, again), 'the private refusal');
  },
};

export const challengeClosedAtDeadline: Scenario = {
  name: 'a challenge with a budget, two entries and votes, closed at the deadline',
  offsetAfterMs: 11_000,
  async drive(ctx) {
    const [a, b, c] = members as [FakeUser, FakeUser, FakeUser];
    const started = await challenge(ctx, 'start', { title: 'Storms', theme: 'lighthouses', ends_in: '10s', budget: 100 });
    await ctx.wait(answered(ctx, started), 'the challenge to start');
    const videoA = await sora(ctx, 'a lighthouse, entry A', a);
    const videoB = await sora(ctx, 'a lighthouse, entry B', b);
    await ctx.wait(() => delivered(ctx, videoA)() && delivered(ctx, videoB)(), 'both videos');
    for (const user of [a, b]) {
      const entered = await submit(ctx, user);
      await ctx.wait(answered(ctx, entered), 'the entry');
    }
    await ctx.wait(() => entryOf(ctx, a) !== undefined && entryOf(ctx, b) !== undefined, 'both entries posted');
    for (const [voter, entrant] of [[a, b], [b, a], [c, a]] as const) {
      const pressed = await vote(ctx, entryOf(ctx, entrant)!, voter);
      await ctx.wait(answered(ctx, pressed), 'the vote');
    }
    // The deadline passes; the close entry's timer fires.
    ctx.clock.offset += 11_000;
    ctx.app.scheduler.wake('challenge-close', `${ctx.guildId}:1`, 0);
    await ctx.wait(() => channelMessages(ctx).some((m) => m.content.startsWith('🏁 **Challenge #1:')), 'the results');
  },
};

export const challengeCancelled: Scenario = {
  name: 'a challenge cancelled',
  // A crash before the cancel: the challenge closes at its deadline instead.
  offsetAfterMs: 11_000,
  async drive(ctx) {
    const started = await challenge(ctx, 'start', { title: 'Waves', theme: 'the sea', ends_in: '10s', budget: 50 });
    await ctx.wait(answered(ctx, started), 'the challenge to start');
    const video = await sora(ctx, 'a wave, paid from the budget');
    await ctx.wait(delivered(ctx, video), 'the video');
    const cancelled = await challenge(ctx, 'cancel');
    await ctx.wait(answered(ctx, cancelled), 'the cancel');
  },
};

export const jobScenarios = [jobDelivered, jobFailedByKie, jobCancelledWhileQueued, pausedModelRefused];
export const challengeScenarios = [challengeClosedAtDeadline, challengeCancelled];
