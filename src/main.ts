import { CONFIG_EXIT, ConfigError, loadConfigOrExit, secretsOf } from './config.ts';
import { createApp, type App } from './index.ts';
import { createLogger } from './logger.ts';
import { OWNER_EXIT, StoreError, StoreInUseError } from './services/store.ts';

/**
 * The only entry point: `npm start` (dist/src/main.js), `node src/main.ts`, and each process that
 * `npm run start:sharded` starts. Reads the environment, starts the app, stops cleanly on SIGTERM or
 * SIGINT, and turns every way of failing into its exit code.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit('No accounts yet? `npm run sandbox` runs the bot against built-in stand-ins for Discord and Kie.ai, with a web page to use it.');
  const root = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  // Started by `npm run start:sharded`: every line says which process wrote it.
  const logger = config.SHARDING ? root.child({ process: config.SHARDING.process }) : root;
  let app: App;
  try {
    app = await createApp(config, { logger });
  } catch (error) {
    if (error instanceof StoreError || error instanceof ConfigError) {
      process.stderr.write(`The bot cannot start: ${error.message}\n`);
      process.exit(error instanceof StoreError ? 73 : CONFIG_EXIT);
    }
    throw error;
  }
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 9 s; exiting');
      process.exit(1);
    }, 9_000);
    force.unref();
    app
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  // Another process owns these servers now and the store refuses this one's writes: stop at once,
  // without the clean stop's work (a supervisor starts this process again, and it waits its turn).
  void app.lease.lost.then((why) => {
    logger.error({ why }, 'this process no longer owns its servers; exiting');
    process.stderr.write(`The bot stopped: it no longer owns its servers (${why}).\n`);
    process.exit(OWNER_EXIT);
  });
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // The sharding manager is gone (killed, crashed): a new one would start another process for these
  // shards, and two owners of one server must never run at once.
  if (config.SHARDING) process.once('disconnect', () => shutdown('sharding manager gone'));
  try {
    await app.start();
  } catch (error) {
    if (error instanceof StoreInUseError) {
      process.stderr.write(`The bot cannot start: ${error.message}\n`);
      process.exit(OWNER_EXIT);
    }
    // Stopped while waiting for its servers: the shutdown above exits.
    if (stopping) return;
    logger.error({ err: error }, 'the bot could not start');
    await app.stop().catch(() => undefined);
    process.exit(1);
  }
}

await main();
