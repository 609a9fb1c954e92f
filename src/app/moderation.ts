import { Client, GatewayDispatchEvents } from 'discord.js';
import type { Challenges } from '../services/challenges/service.ts';
import { RestAutoModReader } from '../services/moderation/automod.ts';
import { AutoModSync } from '../services/moderation/automodSync.ts';
import { VideoRemoval } from '../services/moderation/removal.ts';
import { ReviewLog } from '../services/moderation/reviewLog.ts';
import { Moderation } from '../services/moderation/service.ts';
import { ModerationStore } from '../services/moderation/store.ts';
import type { ModerationTools } from '../services/moderation/tools.ts';
import type { ModerationRecord } from '../services/moderation/types.ts';
import type { Base } from './base.ts';
import type { DiscordRestArea } from './discordRest.ts';
import type { JobRecordsArea } from './jobRecords.ts';

export interface ModerationArea {
  tools: ModerationTools;
  /** Re-reads a server's AutoMod rules when the gateway says they changed (intent AUTO_MODERATION_CONFIGURATION). */
  watch(client: Client): void;
  /** A job was delivered or failed: the review log posts it. */
  jobEnded(jobId: string): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const RULE_EVENTS = [GatewayDispatchEvents.AutoModerationRuleCreate, GatewayDispatchEvents.AutoModerationRuleUpdate, GatewayDispatchEvents.AutoModerationRuleDelete] as const;

/** A server's word rules, its AutoMod rules reused, blocked members, allowed channels and the review log. */
export function wireModeration(base: Base, discord: DiscordRestArea, records: JobRecordsArea, challenges: Challenges): ModerationArea {
  const { store: db, logger, now, metrics, ownership } = base;
  const store = new ModerationStore(db.collection<ModerationRecord>('moderation'));
  const automod = new AutoModSync({ store, reader: new RestAutoModReader(discord.rest), logger, now, owns: (guildId) => ownership.owns(guildId) });
  // The log is built just below; refusals reach it only once members act.
  const rules = new Moderation({ store, automod, logger, now, observe: (source) => metrics?.promptRefused(source), onRefused: (refusal) => log.refused(refusal) });
  const log = new ReviewLog({ rest: discord.rest, moderation: rules, jobs: records.store, copies: discord.copies, logger });
  const removal = new VideoRemoval({ rest: discord.rest, jobs: records.history, withdraw: (guildId, jobId) => challenges.withdraw(guildId, jobId), logger });
  const tools: ModerationTools = { rules, log, removal };
  return {
    tools,
    watch(client) {
      // Raw dispatches, not discord.js's cached rule objects: the bot may keep no guild cache.
      for (const event of RULE_EVENTS) {
        client.ws.on(event, (data: { guild_id?: unknown }) => {
          if (typeof data.guild_id === 'string') void automod.changed(data.guild_id);
        });
      }
    },
    jobEnded: (jobId) => tools.log.jobEnded(jobId),
    async start() {
      // Every server's settings in memory before the first command: the checks do no I/O.
      await store.load();
      await automod.start();
    },
    async stop() {
      await automod.stop();
      await tools.log.settle();
    },
  };
}
