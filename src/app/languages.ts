import { Refresher } from '../services/refresh.ts';
import { ServerLanguages, type ServerLanguageRecord } from '../services/settings/languages.ts';
import type { Base } from './base.ts';

export interface LanguagesArea {
  languages: ServerLanguages;
  start(): Promise<void>;
  stop(): void;
}

/** Each server's language for its public messages (`/settings language`), re-read each minute. */
export function wireLanguages(base: Base): LanguagesArea {
  const languages = new ServerLanguages({ collection: base.store.collection<ServerLanguageRecord>('serverSettings'), now: base.now });
  const refresh = new Refresher(() => languages.load());
  return {
    languages,
    async start() {
      await languages.load();
      refresh.start(60_000, (error) => base.logger.warn({ err: error }, 'could not re-read the servers’ languages'));
    },
    stop() {
      refresh.stop();
    },
  };
}
