// The bot's connections to Discord's HTTP API (both REST clients share one pool, app/discordRest.ts)
// are its own: a stopped bot leaves none open behind it, kept-alive or not, and neither does the
// gateway.
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../support/wait.ts';
import { startWorld, type World } from './world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("the bot's connections to Discord", () => {
  it('are all closed once the bot has stopped, right after a video was delivered', async () => {
    world = await startWorld({ kie: { plan: { waitingMs: 20, queueMs: 20, generateMs: 50 } } });
    const sent = await world.sora({ prompt: 'a kite over a windy beach' });
    await until(() => (world!.discord.originalFor(sent.token)?.content ?? '').includes('your video is ready'), 10_000, 'the video');
    // The gateway and the HTTP connections the replies went over, kept alive for the next request.
    expect(world.discord.connections.size).toBeGreaterThan(1);

    await world.stopBot();
    await until(() => world!.discord.connections.size === 0, 1_000, 'no connection left open');
  });
});
