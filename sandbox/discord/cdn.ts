// Discord's CDN for attachments: files are stored under signed-looking URLs (cdn/ and media/ proxy)
// and served back, with no token, exactly as uploaded. Expiring links or image resizing go here.
import { randomBytes } from 'node:crypto';
import type { Route } from './rest/http.ts';
import type { DiscordState } from './state.ts';

export class Cdn {
  readonly #state: DiscordState;

  constructor(state: DiscordState) {
    this.#state = state;
  }

  /** Keeps the bytes and returns the attachment's `url` and `proxy_url`. */
  store(channelId: string, attachmentId: string, filename: string, data: Buffer, contentType: string): { url: string; proxyUrl: string } {
    this.#state.files.set(`${channelId}/${attachmentId}`, { data, contentType });
    const name = encodeURIComponent(filename);
    const ex = Math.floor(Date.now() / 1000 + 86400).toString(16);
    const signature = `?ex=${ex}&is=${Math.floor(Date.now() / 1000).toString(16)}&hm=${randomBytes(32).toString('hex')}&`;
    const origin = this.#state.origin;
    return {
      url: `${origin}/cdn/attachments/${channelId}/${attachmentId}/${name}${signature}`,
      proxyUrl: `${origin}/media/attachments/${channelId}/${attachmentId}/${name}${signature}`,
    };
  }

  routes(): Route[] {
    return [
      {
        methods: ['GET', 'HEAD'],
        path: /^\/(cdn|media)\/attachments\/(\d+)\/(\d+)\/[^/]+$/,
        auth: 'open',
        handle: (ctx, m) => {
          const file = this.#state.files.get(`${m[2]}/${m[3]}`);
          if (!file) return { status: 404, raw: { data: Buffer.from('Not Found'), contentType: 'text/plain' } };
          return { status: 200, raw: { data: ctx.method === 'HEAD' ? Buffer.alloc(0) : file.data, contentType: file.contentType } };
        },
      },
    ];
  }
}
