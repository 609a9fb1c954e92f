import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_PERMISSIONS, type FakeMessage } from '../../sandbox/discord.ts';
import { fixture } from '../support/fixtures.ts';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function replyTo(w: World, token: string): Promise<FakeMessage> {
  let found: FakeMessage | undefined;
  await until(() => {
    found = w.discord.originalFor(token);
    return found !== undefined && found.content !== '';
  });
  return found!;
}

const videos = (w: World) => w.discord.channelMessages(w.discord.channelIdOf()).filter((m) => m.attachments.some((a) => a.filename.endsWith('.mp4')));
const image = { attachments: [{ name: 'image', filename: 'cat.png', contentType: 'image/png', data: fixture('sample-image.png') }] };

describe('/models end to end', () => {
  it('shows every enabled family privately, with state, lengths, qualities, prices and strengths; a pause shows at once', async () => {
    world = await startWorld();
    const models = () => world!.discord.sendCommand({ name: 'models', guildId: world!.guildId, user: world!.member, memberPermissions: FAKE_PERMISSIONS.member });

    const first = await replyTo(world, (await models()).token);
    expect(first.flags & 64).toBe(64);
    expect(first.content.length).toBeLessThanOrEqual(2000);
    expect(first.content).toContain('default `sora-2`');
    expect(first.content).toContain('**Seedance 2** (`seedance-2`): not tried yet\n4–15 s · standard 720p, high 1080p · 164–1,530 credits · text or image');
    expect(first.content).toContain('**Hailuo 2.3** (`hailuo-2.3`): not tried yet\n6 or 10 s · standard 768p, high 1080p · 30–50 credits · image required');
    expect(first.content).toContain('**Veo 3.1** (`veo-3.1`): not tried yet\n8 s · standard Fast, high Quality · 60–250 credits');
    expect(first.content).toContain('**Sora 2** (`sora-2`): not tried yet\n10 or 15 s · 720p · 30–45 credits');
    for (const family of world.app.models.view()) expect(first.content).toContain(`\`${family.familyId}\``);

    await world.app.models.reportPaused('bytedance/seedance-2', 'This interface is temporarily paused');
    await world.app.models.reportSuccess('kling-3.0/video');
    const second = await replyTo(world, (await models()).token);
    expect(second.content).toMatch(/\*\*Seedance 2\*\* \(`seedance-2`\): \*\*paused\*\* by Kie <t:\d+:R>, tried again <t:\d+:R>/);
    expect(second.content).toContain('**Kling 3.0** (`kling-3.0`): live');
  });

  it('learns from real traffic: a model Kie answers "paused" for shows as paused in /models', async () => {
    world = await startWorld();
    world.kie.pauseModel('bytedance/seedance-2');
    await world.sora({ prompt: 'a paper boat', model: 'seedance-2' });
    await until(() => world!.app.models.statusOf('seedance-2') === 'paused');
    await world.sora({ prompt: 'a paper boat', model: 'kling-3.0' });
    await until(() => videos(world!).length === 1);
    const sent = await world.discord.sendCommand({ name: 'models', guildId: world.guildId, user: world.member, memberPermissions: FAKE_PERMISSIONS.member });
    const reply = await replyTo(world, sent.token);
    expect(reply.content).toMatch(/\*\*Seedance 2\*\* \(`seedance-2`\): \*\*paused\*\* by Kie <t:/);
    expect(reply.content).toContain('**Kling 3.0** (`kling-3.0`): live');
  });

  it('survives a restart: the state is in the store', async () => {
    world = await startWorld();
    await world.app.models.reportPaused('veo3_fast');
    await world.restart();
    expect(world.app.models.statusOf('veo-3.1')).toBe('paused');
  });
});

describe('new families end to end', () => {
  it('delivers a Seedance 2, a Seedance 2 Fast, a Wan 2.6 and a Hailuo 2.3 video with the right Kie model and input', async () => {
    world = await startWorld({ startingCredits: 5_000 });
    await world.sora({ prompt: 'a paper boat on a river', model: 'seedance-2', duration: 4, aspect: 'portrait' });
    await until(() => videos(world!).length === 1);
    await world.sora({ prompt: 'a paper boat on a lake', model: 'seedance-2-fast', duration: 5, quality: 'high' });
    await until(() => videos(world!).length === 2);
    await world.sora({ prompt: 'a paper boat at sea', model: 'wan-2.6', duration: 10 });
    await until(() => videos(world!).length === 3);
    await world.sora({ prompt: 'the cat wakes up', model: 'hailuo-2.3', duration: 6 }, image);
    await until(() => videos(world!).length === 4);

    const created = world.kie.created();
    expect(created.map((c) => `${c.api} ${c.model}`)).toEqual(['jobs bytedance/seedance-2', 'jobs bytedance/seedance-2-fast', 'jobs wan/2-6-text-to-video', 'jobs hailuo/2-3-image-to-video-standard']);
    expect(created[0]!.input).toEqual({ prompt: 'a paper boat on a river', duration: 4, resolution: '720p', aspect_ratio: '9:16', generate_audio: true, web_search: false });
    expect(created[1]!.input).toMatchObject({ duration: 5, resolution: '720p' });
    expect(created[2]!.input).toEqual({ prompt: 'a paper boat at sea', duration: '10', resolution: '720p' });
    expect(created[3]!.input).toMatchObject({ prompt: 'the cat wakes up', duration: '6', resolution: '768P', image_url: expect.stringMatching(/^http/) });
    // 164 + 124 + 140 + 30 credits.
    await until(async () => Object.keys((await world!.app.ledger.account(world!.guildId)).holds).length === 0);
    expect((await world.app.ledger.account(world.guildId)).balance).toBe(5_000 - 164 - 124 - 140 - 30);
  });

  it('refuses a text-only Hailuo request privately, before anything is held or sent', async () => {
    world = await startWorld();
    const sent = await world.sora({ prompt: 'a cat', model: 'hailuo-2.3' });
    const reply = await replyTo(world, sent.token);
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toContain('Hailuo 2.3 makes videos from a picture only');
    expect(world.kie.created()).toHaveLength(0);
  });

  it('delivers a Veo 3.1 video through Veo’s own endpoint', async () => {
    world = await startWorld();
    await world.sora({ prompt: 'a heron takes off at dawn', model: 'veo-3.1', aspect: 'portrait' });
    await until(() => videos(world!).length === 1);
    const [created] = world.kie.created();
    expect(created).toMatchObject({ api: 'veo', model: 'veo3_fast', input: { prompt: 'a heron takes off at dawn', aspectRatio: '9:16', generationType: 'TEXT_2_VIDEO' } });
    expect(world.kie.count('veoRecordInfo')).toBeGreaterThan(0);
    expect(world.kie.count('recordInfo')).toBe(0);
  });

  it('with callbacks on, Veo asks for one too and its own callback shape reaches the job', async () => {
    world = await startWorld({ callbacks: true });
    const w = world;
    const base = w.app.http?.url ?? '';
    await w.sora({ prompt: 'a heron takes off at dawn', model: 'veo-3.1' });
    await until(() => videos(w).length === 1);
    await until(() => w.kie.callbacks.length === 1 && w.kie.callbacks[0]?.status !== undefined);
    expect(w.kie.created()[0]).toMatchObject({ api: 'veo', body: { callBackUrl: `${base}/kie/callback` } });
    expect(w.kie.callbacks[0]).toMatchObject({ status: 200, body: { code: 200, data: { info: { resultUrls: [expect.stringMatching(/^http/)] } } } });
  });
});
