import { KieClient } from '../services/kie/client.ts';
import { KieRouter } from '../services/kie/router.ts';
import type { KiePort } from '../services/kie/types.ts';
import { VeoAdapter } from '../services/kie/veo.ts';
import type { Base } from './base.ts';

export interface KieArea {
  /** The HTTP client itself (its create queue, the free model check). */
  client: KieClient;
  /** What the job steps use: the jobs API or Veo's endpoint, as the registry says. */
  port: KiePort;
  /** `<PUBLIC_URL>/kie/callback` when Kie can reach the bot. */
  callbackUrl: string | undefined;
  /** Told of every answer from Kie (`ok` or the error's kind), e.g. to watch for 402. */
  onAnswer(listener: (endpoint: string, outcome: string) => void): void;
}

/** Kie.ai: one client (one create limit per account) behind both API shapes. */
export function wireKie(base: Base): KieArea {
  const { config, logger, limits, metrics, registry } = base;
  const callbackUrl = config.PUBLIC_URL === undefined ? undefined : `${config.PUBLIC_URL}/kie/callback`;
  const listeners = new Set<(endpoint: string, outcome: string) => void>();
  const client = new KieClient({
    baseUrl: config.KIE_API_URL,
    apiKey: config.KIE_API_KEY,
    logger,
    timeoutMs: config.KIE_TIMEOUT_MS,
    callbackUrl,
    onRequest: (op, outcome) => {
      metrics?.kieCall(op, outcome);
      for (const listener of listeners) listener(op, outcome);
    },
    createLimiter: limits.limiter('kie-create', config.KIE_CREATE_LIMIT),
    readLimiter: limits.limiter('kie-read', config.KIE_READ_LIMIT),
  });
  const port = base.overrides.kie ?? new KieRouter({ jobs: client, veo: new VeoAdapter(client, logger), apiOf: (model) => registry.apiOf(model) });
  return { client, port, callbackUrl, onAnswer: (listener) => void listeners.add(listener) };
}
