import { Status } from 'discord.js';
import { HttpServer } from '../http/server.ts';
import type { Base } from './base.ts';
import type { InteractionsArea } from './interactions.ts';
import type { JobsArea } from './jobs.ts';

/** The bot's own HTTP server (health, readiness, metrics, Kie callbacks), when HTTP_PORT or PUBLIC_URL is set. */
export function wireHttp(base: Base, interactions: InteractionsArea, jobs: JobsArea): HttpServer | undefined {
  const { config, metrics, logger, store, owner, overrides } = base;
  if (config.HTTP_PORT === undefined || metrics === undefined) return undefined;
  const probe = store.collection<number[]>('meta');
  return new HttpServer({
    host: config.HTTP_HOST,
    port: config.HTTP_PORT,
    metrics,
    webhookKey: config.KIE_WEBHOOK_HMAC_KEY,
    logger,
    async ready() {
      if (!interactions.accepting || interactions.client.ws.status !== Status.Ready) return { ok: false, reason: 'the Discord gateway is not ready' };
      try {
        await probe.get('readyz');
      } catch {
        return { ok: false, reason: 'the store does not answer' };
      }
      return { ok: true };
    },
    // Dropped while another process serves these servers (hints are only hints).
    onTaskHint: overrides.onTaskHint ?? ((taskId) => (owner.held ? jobs.hints.hint(taskId) : Promise.resolve())),
  });
}
