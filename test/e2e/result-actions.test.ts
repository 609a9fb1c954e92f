import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS } from '../../sandbox/discord.ts';
import type { Job } from '../../src/services/jobs/job.ts';
import { until } from '../support/wait.ts';
import { button, buttonsOf, hasVideo, otherMember, press, privateAnswer, replyOf, textOf } from './results-support.ts';
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

async function delivered(w: World, options: Record<string, string | number> = { prompt: 'a red kite over green hills' }) {
  const sent = await w.sora(options);
  const reply = await replyOf(w, sent.token, hasVideo);
  return { sent, reply };
}

async function jobs(w: World): Promise<Job[]> {
  const all: Job[] = [];
  for await (const [, job] of w.app.store.collection<Job>('jobs').entries()) all.push(job);
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

describe('Again / Remix / Delete on a delivered video', () => {
  it('puts the three buttons on the result, with the job id in each custom id', async () => {
    const w = await start();
    const { reply } = await delivered(w);
    const [job] = await jobs(w);
    expect(buttonsOf(reply).map((b) => b.label)).toEqual(['Again', 'Remix', 'Delete']);
    for (const b of buttonsOf(reply)) expect(b.custom_id).toContain(job!.id);
  });

  it('Again makes exactly one new job, held from the presser, with its own public reply', async () => {
    const w = await start();
    const { reply } = await delivered(w, { prompt: 'a red kite over green hills', duration: 15, aspect: 'portrait' });
    const pressed = await press(w, reply, 'Again', otherMember);
    const again = await replyOf(w, pressed.token, hasVideo);
    expect(again.id).not.toBe(reply.id);
    expect((again.flags & 64) === 0).toBe(true);
    expect(again.content).toContain(`<@${otherMember.id}>`);
    expect(w.kie.created()).toHaveLength(2);
    expect(w.kie.created()[1]!.input).toMatchObject({ prompt: 'a red kite over green hills', n_frames: '15', aspect_ratio: 'portrait' });
    const all = await jobs(w);
    expect(all).toHaveLength(2);
    expect(all[1]!.memberId).toBe(otherMember.id);
    await until(async () => Object.keys((await w.app.ledger.account(w.guildId)).holds).length === 0);
    const account = await w.app.ledger.account(w.guildId);
    expect(account.spentTotal).toBe(90);
    expect(Object.values(account.usage[otherMember.id] ?? {}).reduce((a, b) => a + b, 0)).toBe(45);
    // The callback came within Discord's 3 s.
    const interaction = w.discord.interaction(pressed.token)!;
    expect(interaction.callbackType).toBe(5);
    expect(interaction.acknowledgedAt! - interaction.dispatchedAt).toBeLessThan(3000);
  });

  it('refuses Again privately and creates nothing when the presser is over the daily cap', async () => {
    const w = await start();
    const { reply } = await delivered(w);
    await w.credits('limit', { daily: 20 });
    const pressed = await press(w, reply, 'Again', otherMember);
    expect(await privateAnswer(w, pressed.token)).toContain('daily credits');
    expect(w.kie.created()).toHaveLength(1);
    expect(await jobs(w)).toHaveLength(1);
    expect(w.discord.originalFor(pressed.token)?.deleted ?? true).toBe(true);
  });

  it('refuses Again privately and creates nothing when the pool is empty', async () => {
    const w = await start({ startingCredits: 30 });
    const { reply } = await delivered(w);
    const pressed = await press(w, reply, 'Again', otherMember);
    expect(await privateAnswer(w, pressed.token)).toContain('the server has only 0 left');
    expect(w.kie.created()).toHaveLength(1);
    expect(await jobs(w)).toHaveLength(1);
    expect((await w.app.ledger.account(w.guildId)).balance).toBe(0);
  });

  it('Remix opens a form with the prompt, and submitting it makes one new job like /sora', async () => {
    const w = await start();
    const { reply } = await delivered(w, { prompt: 'a red kite over green hills' });
    const pressed = await press(w, reply, 'Remix', otherMember);
    await until(() => w.discord.interaction(pressed.token)?.callbackType === 9);
    const modal = w.discord.interaction(pressed.token)!.callbackData as { custom_id: string; components: Array<{ components: Array<{ custom_id: string; value: string }> }> };
    const inputs = Object.fromEntries(modal.components.flatMap((r) => r.components).map((c) => [c.custom_id, c.value]));
    expect(inputs).toEqual({ prompt: 'a red kite over green hills', duration: '10', aspect: 'landscape' });

    const submitted = await w.discord.sendModalSubmit({
      customId: modal.custom_id,
      messageId: reply.id,
      guildId: w.guildId,
      user: otherMember,
      fields: { prompt: 'a blue kite over a grey sea', duration: '15', aspect: 'portrait' },
    });
    await replyOf(w, submitted.token, hasVideo);
    expect(w.kie.created()).toHaveLength(2);
    expect(w.kie.created()[1]!.input).toMatchObject({ prompt: 'a blue kite over a grey sea', n_frames: '15', aspect_ratio: 'portrait' });
    const all = await jobs(w);
    expect(all[1]!.memberId).toBe(otherMember.id);
    expect(all[1]!.price).toBe(45);
  });

  it('refuses a Remix with a duration the model does not make, privately, creating nothing', async () => {
    const w = await start();
    const { reply } = await delivered(w);
    const submitted = await w.discord.sendModalSubmit({
      customId: button(reply, 'Remix').custom_id!,
      messageId: reply.id,
      guildId: w.guildId,
      user: w.member,
      fields: { prompt: 'same again', duration: '7', aspect: 'landscape' },
    });
    expect(await privateAnswer(w, submitted.token)).toContain('not 7');
    expect(w.kie.created()).toHaveLength(1);
  });

  it('Delete by someone else is refused privately; by the owner it removes the message and changes no balance', async () => {
    const w = await start();
    const { reply } = await delivered(w);
    await until(async () => Object.keys((await w.app.ledger.account(w.guildId)).holds).length === 0);
    const before = await w.app.ledger.account(w.guildId);

    const refused = await press(w, reply, 'Delete', otherMember);
    expect(await privateAnswer(w, refused.token)).toContain('Only the member who made this video');
    expect(w.discord.message(reply.id)!.deleted).toBe(false);

    const deleted = await press(w, reply, 'Delete', w.member);
    await until(() => w.discord.message(reply.id)!.deleted);
    const after = await w.app.ledger.account(w.guildId);
    expect(after.balance).toBe(before.balance);
    expect(after.spentTotal).toBe(before.spentTotal);
    expect(w.discord.interaction(deleted.token)!.callbackType).toBe(6);
  });

  it('lets someone with Manage Messages delete another member’s video', async () => {
    const w = await start();
    const { reply } = await delivered(w);
    const moderator = (BigInt(FAKE_PERMISSIONS.member) | (1n << 13n)).toString();
    await press(w, reply, 'Delete', otherMember, moderator);
    await until(() => w.discord.message(reply.id)!.deleted);
  });

  it('buttons pressed after a restart still work', async () => {
    const w = await start();
    const { reply } = await delivered(w);
    await w.restart();
    await w.discord.waitForIdentify();
    const pressed = await press(w, reply, 'Again', w.member);
    await replyOf(w, pressed.token, hasVideo);
    expect(w.kie.created()).toHaveLength(2);
    await press(w, reply, 'Delete', w.member);
    await until(() => w.discord.message(reply.id)!.deleted);
  });

  it('puts Again and Remix on a failure notice, and Again there starts a new job', async () => {
    const w = await start();
    w.kie.setDefaultPlan({ outcome: { fail: { code: '500', msg: 'Internal generation error' } } });
    const sent = await w.sora({ prompt: 'a dragon over a castle' });
    const failed = await replyOf(w, sent.token, (m) => m.content.includes('could not be made'));
    expect(buttonsOf(failed).map((b) => b.label)).toEqual(['Again', 'Remix']);
    w.kie.setDefaultPlan({ outcome: 'success' });
    const pressed = await press(w, failed, 'Again', w.member);
    await replyOf(w, pressed.token, hasVideo);
    expect(w.kie.created()).toHaveLength(2);
  });
});

describe('long prompts and mentions', () => {
  const longPrompt = `<@400000000000000009> ${'a slow pan across a misty valley at dawn, '.repeat(200)}`.slice(0, 6000);

  it('keeps the status, the result and the form within Discord’s limits with a 6000-character prompt, pinging nobody but the member', async () => {
    const w = await start();
    expect(longPrompt).toHaveLength(6000);
    const { reply } = await delivered(w, { prompt: longPrompt });
    expect(w.kie.created()[0]!.input.prompt).toBe(longPrompt);
    // Every payload the fake accepted was within its limits; it refuses the ones that are not.
    const refusals = w.discord.requests.filter((r) => r.kind === 'http' && r.status === 400);
    expect(refusals).toEqual([]);
    for (const payload of reply.payloads as Array<{ allowed_mentions?: { parse?: unknown[]; users?: string[] } }>) {
      expect(payload.allowed_mentions?.parse).toEqual([]);
      expect(payload.allowed_mentions?.users ?? []).not.toContain('400000000000000009');
    }
    expect(buttonsOf(reply).length).toBeLessThanOrEqual(5);
    expect(textOf(reply).length).toBeLessThan(6000 + 2000);

    // Remix carries the whole prompt across two text inputs (Discord allows 4000 per input).
    const pressed = await press(w, reply, 'Remix', w.member);
    await until(() => w.discord.interaction(pressed.token)?.callbackType === 9);
    const modal = w.discord.interaction(pressed.token)!.callbackData as { custom_id: string; title: string; components: Array<{ components: Array<{ custom_id: string; value: string; label: string; max_length: number }> }> };
    const inputs = modal.components.flatMap((r) => r.components);
    expect(modal.components.length).toBeLessThanOrEqual(5);
    for (const input of inputs) {
      expect(input.value.length).toBeLessThanOrEqual(4000);
      expect(input.label.length).toBeLessThanOrEqual(45);
    }
    const values = Object.fromEntries(inputs.map((c) => [c.custom_id, c.value]));
    expect(values.prompt! + values.prompt2!).toBe(longPrompt);

    const submitted = await w.discord.sendModalSubmit({ customId: modal.custom_id, messageId: reply.id, guildId: w.guildId, user: w.member, fields: values as Record<string, string> });
    await replyOf(w, submitted.token, hasVideo);
    expect(w.kie.created()[1]!.input.prompt).toBe(longPrompt);

    const again = await press(w, reply, 'Again', w.member);
    await replyOf(w, again.token, hasVideo);
    expect(w.kie.created()[2]!.input.prompt).toBe(longPrompt);
    expect(w.discord.requests.filter((r) => r.kind === 'http' && r.status === 400)).toEqual([]);
  });
});
