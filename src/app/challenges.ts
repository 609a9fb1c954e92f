import { ChallengeDiscord } from '../services/challenges/discord.ts';
import { CHALLENGE_CLOSE_KIND, Challenges } from '../services/challenges/service.ts';
import { ChallengeStore } from '../services/challenges/store.ts';
import type { Entry } from '../services/scheduler.ts';
import type { Base } from './base.ts';
import type { DiscordRestArea } from './discordRest.ts';
import type { JobRecordsArea } from './jobRecords.ts';
import type { KieArea } from './kie.ts';

/** Community challenges: entries, votes, budgets, and their starts and closes on the scheduler. */
export function wireChallenges(base: Base, kie: KieArea, discord: DiscordRestArea, records: JobRecordsArea): Challenges {
  const { store, ledger, scheduler, logger, now } = base;
  const challenges = new Challenges({
    store: new ChallengeStore(store.collection('challenges')),
    ledger,
    scheduler,
    // Members quote the short id from a video's footer.
    jobs: { get: (id) => records.store.get(id), byShortId: (guildId, typed) => records.history.find({ guildId, memberId: undefined }, typed).catch(() => undefined) },
    discord: new ChallengeDiscord(discord.rest),
    freshUrl: (url) => kie.port.getDownloadUrl(url),
    logger,
    now,
  });
  scheduler.register(CHALLENGE_CLOSE_KIND, { entries: store.collection<Entry>('challenge_close'), run: (id) => challenges.runClose(id) });
  return challenges;
}
