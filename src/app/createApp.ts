import type { Config } from '../config.ts';
import { openBase } from './base.ts';
import { wireChallenges } from './challenges.ts';
import { wireDiscordRest } from './discordRest.ts';
import { wireHttp } from './http.ts';
import { wireInteractions } from './interactions.ts';
import { wireJobRecords } from './jobRecords.ts';
import { wireJobs } from './jobs.ts';
import { wireKie } from './kie.ts';
import { wireLanguages } from './languages.ts';
import { wireModels } from './models.ts';
import { wireModeration } from './moderation.ts';
import { wireOperators } from './operators.ts';
import type { App, AppOverrides } from './types.ts';
import { collectStartUpGarbage } from './startUpGarbage.ts';

/**
 * The composition root: settings → log, store, money and schedule (base.ts) → one wiring module per
 * area → start and stop in order. A new area is one module here and a line in each list below.
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const base = await openBase(config, overrides);
  const kie = wireKie(base);
  const models = wireModels(base, kie);
  const languages = wireLanguages(base);
  const discord = wireDiscordRest(base, kie);
  const records = wireJobRecords(base);
  const challenges = wireChallenges(base, kie, discord, records);
  const jobs = wireJobs(base, kie, models, discord, records, challenges);
  const moderation = wireModeration(base, discord, records, challenges);
  jobs.onFinished((job) => moderation.jobEnded(job.id));
  const operators = wireOperators(base, kie, discord);
  const interactions = wireInteractions(base, { models, languages, jobs, records, challenges, discord, moderation, operators });
  const http = wireHttp(base, interactions, jobs);
  const { logger, owner, store } = base;

  return {
    client: interactions.client,
    ledger: base.ledger,
    jobs: jobs.jobs,
    store,
    logger,
    metrics: base.metrics,
    http,
    models: models.models,
    scheduler: base.scheduler,
    lease: owner.lease,
    async start() {
      // Up first, so /healthz answers (and /readyz says why not) while the bot starts.
      await http?.start();
      // One owner per server: nothing is loaded, resumed or settled while another process serves them.
      await owner.take();
      await models.start();
      await languages.start();
      await jobs.start();
      await moderation.start();
      await interactions.login();
      // Once Discord answers: who the operators are, before the first command is taken.
      await operators.start();
      // What start-up read and dropped goes now, not in the middle of the first members' commands.
      collectStartUpGarbage();
      interactions.accepting = true;
      operators.started();
      logger.info({ user: interactions.client.user?.tag, guilds: interactions.client.guilds.cache.size, models: base.registry.list().map((f) => f.id) }, 'bot ready');
    },
    async stop() {
      interactions.accepting = false;
      // No callback starts new work after this; hints under way finish first.
      await http?.stop();
      await jobs.stop();
      models.stop();
      languages.stop();
      await challenges.stop();
      await operators.stop();
      await interactions.settle();
      await moderation.stop();
      await interactions.client.destroy();
      await discord.close();
      await owner.release();
      await store.close();
      logger.info('bot stopped');
    },
  };
}
