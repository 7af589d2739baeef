import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // /healthz answers (503 "starting") while the database is connected, retried if unreachable.
  const app = await createApp(config, { waitUntilReady: false });
  app.log.info(`HTTP up on ${app.url}; connecting to the ${config.database.dialect} database`);
  try {
    await app.ready;
  } catch (err) {
    app.log.fatal(
      { reason: err instanceof Error ? err.message : String(err) },
      'database not usable; stopping',
    );
    await app.close().catch(() => {});
    process.exit(1);
  }
  app.log.info(
    `Dossier listening: GraphQL ${app.url}/graphql${config.adminDist ? `, console ${app.url}/` : ' (admin console not built)'}, database ${config.database.dialect}`,
  );

  const shutdown = (signal: string) => {
    app.log.info(`${signal}: draining requests`);
    app
      .close()
      .then(() => process.exit(0))
      .catch((err) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('Dossier failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
