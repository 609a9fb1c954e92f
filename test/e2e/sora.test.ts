import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeMessage, type RecordedRequest } from '../../sandbox/discord.ts';
import { fixture } from '../support/fixtures.ts';
import { startWorld, type World } from './world.ts';
import { until } from '../support/wait.ts';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const isCallback = (token: string) => (r: RecordedRequest) => r.kind === 'http' && r.method === 'POST' && r.path.includes(`/${token}/callback`);

async function waitForMessage(predicate: (m: FakeMessage) => boolean, timeoutMs = 10_000): Promise<FakeMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = world.discord.channelMessages(world.discord.channelIdOf()).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) {
      const all = world.discord.channelMessages(world.discord.channelIdOf()).map((m) => m.content);
      throw new Error(`no matching message within ${timeoutMs} ms; messages: ${JSON.stringify(all)}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}


const hasVideo = (m: FakeMessage) => m.attachments.some((a) => a.filename.endsWith('.mp4'));
const text = (m: FakeMessage) => `${m.content}\n${JSON.stringify(m.embeds)}`;

describe('/sora end to end', () => {
  it('acknowledges at once, creates the task as asked, and edits the reply with the video', async () => {
    const prompt = 'A lighthouse in a storm, slow dolly-in; waves "crash" — 10/10 🌊';
    const sent = await world.sora({ prompt, duration: 15, aspect: 'portrait' });

    const callback = await world.discord.waitForRequest(isCallback(sent.token));
    expect(callback.at - sent.dispatchedAt).toBeLessThan(3000);
    expect(callback.json).toMatchObject({ type: 5 });

    const video = await waitForMessage(hasVideo);
    const [created] = world.kie.created();
    expect(world.kie.created()).toHaveLength(1);
    expect(created!.model).toBe('sora-2-text-to-video');
    expect(created!.input).toMatchObject({ prompt, n_frames: '15', aspect_ratio: 'portrait', remove_watermark: true });

    expect(video.id).toBe(world.discord.originalFor(sent.token)!.id);
    const file = video.attachments.find((a) => a.filename.endsWith('.mp4'))!;
    expect(file.data.equals(fixture('sample-portrait.mp4'))).toBe(true);
    expect(video.content).toContain(`<@${world.member.id}>`);
    expect(video.allowedMentions).toEqual({ parse: [], users: [world.member.id] });
    expect(text(video)).toContain('45 credits');

    // The status was shown before the video: queued with the price.
    const firstEdit = video.payloads.find((p) => JSON.stringify(p).includes('Queued')) as object | undefined;
    expect(JSON.stringify(firstEdit)).toContain('45 credits');
  });

  it('sends size "high" to the pro model for quality:high', async () => {
    await world.sora({ prompt: 'a neon city at night', model: 'sora-2-pro', quality: 'high', duration: 10 });
    await waitForMessage(hasVideo);
    const [created] = world.kie.created();
    expect(created!.model).toBe('sora-2-pro-text-to-video');
    expect(created!.input).toMatchObject({ size: 'high', n_frames: '10' });
  });

  it('turns an attached image into image-to-video with that image as the first frame', async () => {
    const sent = await world.sora(
      { prompt: 'the cat wakes up and stretches' },
      { attachments: [{ name: 'image', filename: 'cat.png', contentType: 'image/png', data: fixture('sample-image.png') }] },
    );
    await waitForMessage(hasVideo);
    const [created] = world.kie.created();
    expect(created!.model).toBe('sora-2-image-to-video');
    const interaction = world.discord.interaction(sent.interactionId)!;
    expect(interaction).toBeDefined();
    const urls = created!.input.image_urls as string[];
    expect(urls).toHaveLength(1);
    const served = await fetch(urls[0]!);
    expect(Buffer.from(await served.arrayBuffer()).equals(fixture('sample-image.png'))).toBe(true);
  });

  it('says in the reply when the task fails, and charges nothing', async () => {
    world.kie.setDefaultPlan({ outcome: { fail: { code: '500', msg: 'Internal generation error' } } });
    const before = (await world.app.ledger.account(world.guildId)).balance;
    await world.sora({ prompt: 'a dragon over a castle' });
    const failed = await waitForMessage((m) => m.content.includes('could not be made'));
    expect(text(failed)).toContain('Internal generation error');
    expect(text(failed)).toContain('refunded');
    expect((await world.app.ledger.account(world.guildId)).balance).toBe(before);
  });

  it('posts a link when the video is larger than the upload limit', async () => {
    const sent = await world.sora({ prompt: 'waves on a beach', aspect: 'landscape' }, { attachmentSizeLimit: 10_000 });
    const linked = await waitForMessage((m) => m.content.includes('download link'));
    expect(linked.id).toBe(world.discord.originalFor(sent.token)!.id);
    expect(linked.attachments).toHaveLength(0);
    const button = JSON.stringify(linked.components);
    const url = /"url":"([^"]+)"/.exec(button)?.[1];
    expect(url).toBeDefined();
    const body = Buffer.from(await (await fetch(url!)).arrayBuffer());
    expect(body.equals(fixture('sample-landscape.mp4'))).toBe(true);
    // A link is still a delivered video: the member pays for it.
    await until(async () => Object.keys((await world.app.ledger.account(world.guildId)).holds).length === 0);
    expect((await world.app.ledger.account(world.guildId)).spentTotal).toBe(30);
  });

  it('delivers a link where the bot may not attach files', async () => {
    const sent = await world.sora({ prompt: 'a windmill' }, { appPermissions: FAKE_PERMISSIONS.botWithoutAttach });
    const linked = await waitForMessage((m) => m.content.includes('download link'));
    expect(linked.content).toContain('may not attach files in this channel');
    expect(linked.id).toBe(world.discord.originalFor(sent.token)!.id);
    expect(linked.attachments).toHaveLength(0);
  });

  it('edits the public reply with the bot token once the interaction token is refused', async () => {
    world.kie.setDefaultPlan({ waitingMs: 100, queueMs: 100, generateMs: 1500 });
    const sent = await world.sora({ prompt: 'a paper boat in the rain' });
    const original = await waitForMessage((m) => m.content.includes('video'));
    world.discord.expireToken(sent.token);
    const delivered = await waitForMessage(hasVideo);
    expect(delivered.id).toBe(original.id);
    const botEdit = world.discord.requests.find((r) => r.method === 'PATCH' && r.path === `/channels/${original.channelId}/messages/${original.id}` && (r.files?.length ?? 0) > 0);
    expect(botEdit).toBeDefined();
    expect(botEdit!.headers.authorization).toBe(`Bot ${world.discord.token}`);
  });

  it('finishes a job after a restart, with the video in the same reply, exactly once', async () => {
    world.kie.setDefaultPlan({ waitingMs: 100, queueMs: 100, generateMs: 2000 });
    const sent = await world.sora({ prompt: 'a comet over mountains', duration: 15, aspect: 'portrait' });
    // Stop the bot mid-job: the task exists at Kie and has been polled, but is not done.
    await until(() => world.kie.created().length === 1 && world.kie.count('recordInfo') >= 1);
    expect(world.discord.channelMessages(world.discord.channelIdOf()).some(hasVideo)).toBe(false);
    await world.stopBot();
    await world.restart();
    const video = await waitForMessage(hasVideo);
    expect(video.id).toBe(world.discord.originalFor(sent.token)!.id);
    await new Promise((r) => setTimeout(r, 500));
    const withVideo = video.payloads.filter((p) => JSON.stringify(p).includes('your video is ready'));
    expect(withVideo).toHaveLength(1);
    expect(world.kie.created()).toHaveLength(1);
    const after = await world.app.ledger.account(world.guildId);
    expect(after.spentTotal).toBe(45);
    expect(after.balance).toBe(1000 - 45);
    expect(after.holds).toEqual({});
  });
});
