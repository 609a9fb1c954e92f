import { chooseDefault } from '../services/models/advice.ts';
import { checkModels, ModelCheckSchedule } from '../services/models/check.ts';
import { ServerChoices, type ServerModelsRecord } from '../services/models/serverChoices.ts';
import { ModelState, type ModelStateRecord } from '../services/models/state.ts';
import { Refresher } from '../services/refresh.ts';
import type { Base } from './base.ts';
import type { KieArea } from './kie.ts';

export interface ModelsArea {
  models: ModelState;
  serverModels: ServerChoices;
  /** DEFAULT_MODEL, or the first family in registry order not known to be paused (read per request). */
  defaultModel(): string;
  start(): Promise<void>;
  stop(): void;
}

/** What the bot knows of each model (live, paused, failing), each server's choices, and the free model check. */
export function wireModels(base: Base, kie: KieArea): ModelsArea {
  const { config, registry, store, now, logger } = base;
  const models = new ModelState({ registry, collection: store.collection<ModelStateRecord>('models'), now });
  // Each server's allowed models and default (`/settings models`), inside the operator's bound.
  const serverModels = new ServerChoices({ registry, models, collection: store.collection<ServerModelsRecord>('serverModels'), operatorDefault: config.DEFAULT_MODEL, now });
  // In-memory copies of records other processes on a shared store may change: re-read each minute.
  const modelsRefresh = new Refresher(() => models.load());
  const serverModelsRefresh = new Refresher(() => serverModels.load());
  // MODEL_CHECK: which models are live, asked of Kie for free at start and hourly (not with a stand-in
  // Kie port). Sharded: the first process only; the others read its answers from the shared store.
  const modelCheck =
    config.MODEL_CHECK && base.overrides.kie === undefined && (config.SHARDING?.process ?? 0) === 0
      ? new ModelCheckSchedule(
          async (signal) => {
            const results = await checkModels({ kie: kie.client, registry, models, signal, membersWaiting: () => kie.client.queuedCreates });
            const count = (answer: string) => results.filter((r) => r.answer === answer).map((r) => r.kieModel);
            logger.info({ live: count('live'), paused: count('paused'), unknown: count('unknown') }, 'model check');
          },
          60 * 60_000,
          (error) => logger.warn({ err: error }, 'model check failed'),
        )
      : undefined;
  return {
    models,
    serverModels,
    // A fresh install must not greet its first member with a dead default.
    defaultModel: () => config.DEFAULT_MODEL ?? chooseDefault(models, registry.list().map((f) => f.id)) ?? registry.list()[0]!.id,
    async start() {
      await models.load();
      // Other processes on a shared store report too; their news reaches this one within a minute.
      modelsRefresh.start(60_000, (error) => logger.warn({ err: error }, 'could not re-read the model state'));
      await serverModels.load();
      // In the background: members are served while it runs, and its creates wait for free slots.
      modelCheck?.start();
      serverModelsRefresh.start(60_000, (error) => logger.warn({ err: error }, 'could not re-read the servers’ model settings'));
    },
    stop() {
      modelCheck?.stop();
      modelsRefresh.stop();
      serverModelsRefresh.stop();
    },
  };
}
