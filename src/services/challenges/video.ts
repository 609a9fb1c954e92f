import { downloadResult, type Download } from '../delivery/download.ts';
import type { Job } from '../jobs/job.ts';
import type { ChallengeDiscordPort } from './discord.ts';

export type EntryVideo = { kind: 'file'; data: Buffer } | { kind: 'link'; url: string } | { kind: 'none' };

export interface VideoDeps {
  discord: ChallengeDiscordPort;
  /** Kie's fresh link for an expired result URL. */
  freshUrl: (url: string) => Promise<string>;
  download?: ((url: string, maxBytes: number) => Promise<Download>) | undefined;
}

/**
 * The bytes that were delivered, fetched anew: first the file attached to the member's result
 * (Discord signs a fresh URL on every read), then Kie's result URL, then a fresh link from Kie. Over
 * the channel's limit the entry shows a link instead.
 */
export async function fetchEntryVideo(job: Job, maxBytes: number, deps: VideoDeps): Promise<EntryVideo> {
  const download = deps.download ?? downloadResult;
  const urls: Array<() => Promise<string | undefined>> = [];
  if (job.replyMessageId) {
    urls.push(async () => {
      const files = await deps.discord.attachments(job.channelId, job.replyMessageId!);
      return files.find((f) => f.filename.endsWith('.mp4'))?.url;
    });
  }
  if (job.resultUrl) {
    urls.push(async () => job.resultUrl);
    urls.push(async () => deps.freshUrl(job.resultUrl!));
  }
  for (const next of urls) {
    let url: string | undefined;
    try {
      url = await next();
    } catch {
      continue;
    }
    if (!url) continue;
    const got = await download(url, maxBytes);
    if (got.kind === 'file') return { kind: 'file', data: got.data };
    if (got.kind === 'too-large') return { kind: 'link', url };
  }
  return { kind: 'none' };
}
