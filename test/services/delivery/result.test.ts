import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultSender, type LinkInfo } from '../../../src/services/delivery/result.ts';
import { DiscordUnavailableError, TooLargeError, UnreachableError, type Delivery } from '../../../src/services/delivery/routes.ts';
import type { MessageBody } from '../../../src/services/jobs/statusView.ts';
import { logger, makeJob } from '../jobs/support.ts';

// Real downloads from a loopback file server; Discord's side is a recording stand-in.
const VIDEO = Buffer.alloc(4096, 7);
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/video.mp4' || req.url === '/fresh.mp4') {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': VIDEO.length });
      res.end(VIDEO);
    } else if (req.url === '/expired.mp4') {
      res.writeHead(403).end();
    } else {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const compose = (link?: LinkInfo): MessageBody => ({ content: link ? `link ${link.url}` : 'file', embeds: [], components: [], allowed_mentions: { parse: [] } });

function discord(...answers: Array<Error | undefined>) {
  const calls: Array<{ content: string; files: number }> = [];
  const delivery = {
    async edit(_job: unknown, body: MessageBody, files: unknown[] = []) {
      calls.push({ content: body.content, files: files.length });
      const answer = answers.shift();
      if (answer) throw answer;
      return { route: 'interaction', messageId: 'r1', tokenDead: false };
    },
  } as unknown as Delivery;
  return { delivery, calls };
}

describe('result sender', () => {
  it('downloads the video and attaches it', async () => {
    const d = discord();
    const sent = await new ResultSender({ delivery: d.delivery, freshUrl: () => Promise.reject(new Error('not needed')), logger }).send(makeJob(Date.now()), `${base}/video.mp4`, compose);
    expect(sent).toMatchObject({ kind: 'delivered', as: 'attachment' });
    expect(d.calls).toEqual([{ content: 'file', files: 1 }]);
  });

  it('over the channel’s upload limit: a link, no attachment', async () => {
    const d = discord();
    const sent = await new ResultSender({ delivery: d.delivery, freshUrl: () => Promise.reject(new Error('x')), logger }).send(makeJob(Date.now(), { attachmentSizeLimit: 100 }), `${base}/video.mp4`, compose);
    expect(sent).toMatchObject({ kind: 'delivered', as: 'link' });
    expect(d.calls).toEqual([{ content: `link ${base}/video.mp4`, files: 0 }]);
  });

  it('Discord refuses the file as too large: falls back to a link', async () => {
    const d = discord(new TooLargeError());
    const sent = await new ResultSender({ delivery: d.delivery, freshUrl: () => Promise.reject(new Error('x')), logger }).send(makeJob(Date.now()), `${base}/video.mp4`, compose);
    expect(sent).toMatchObject({ kind: 'delivered', as: 'link' });
    expect(d.calls.map((c) => c.files)).toEqual([1, 0]);
  });

  it('an expired Kie link is swapped for a fresh one; when that fails too, the result is gone', async () => {
    const d = discord();
    const fresh = new ResultSender({ delivery: d.delivery, freshUrl: async () => `${base}/fresh.mp4`, logger });
    expect(await fresh.send(makeJob(Date.now()), `${base}/expired.mp4`, compose)).toMatchObject({ kind: 'delivered', as: 'attachment' });
    const none = new ResultSender({ delivery: d.delivery, freshUrl: () => Promise.reject(new Error('refused')), logger });
    expect(await none.send(makeJob(Date.now()), `${base}/expired.mp4`, compose)).toEqual({ kind: 'gone' });
  });

  it('passing faults say "retry"; no route to the member says "unreachable"', async () => {
    const job = makeJob(Date.now());
    const sender = (d: Delivery) => new ResultSender({ delivery: d, freshUrl: () => Promise.reject(new Error('x')), logger });
    expect(await sender(discord(new DiscordUnavailableError('503')).delivery).send(job, `${base}/video.mp4`, compose)).toMatchObject({ kind: 'retry' });
    expect(await sender(discord().delivery).send(job, `${base}/broken.mp4`, compose)).toMatchObject({ kind: 'retry', why: 'download: HTTP 500' });
    expect(await sender(discord(new UnreachableError('403')).delivery).send(job, `${base}/video.mp4`, compose)).toEqual({ kind: 'unreachable' });
  });
});
