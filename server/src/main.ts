import { startBackline } from './backline.ts';
import { ConfigError, loadConfig } from './config/index.ts';
import { createLogger } from './logging/index.ts';
import { PRIVATE_UMASK } from './shared/files.ts';

async function main(): Promise<void> {
  // Everything Backline writes (the embedded store, keys, kubeconfig) is for its owner only.
  process.umask(PRIVATE_UMASK);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const backline = await startBackline(config, {
    logger,
    announce: (text) => process.stdout.write(`\n${'='.repeat(72)}\n${text}\n${'='.repeat(72)}\n\n`),
  });
  logger.info(
    { url: backline.url, store: config.store.kind },
    `Backline is serving the console at ${backline.url}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests and connections');
    // Kept referenced: it holds the process open while the drain completes.
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    await backline.close();
    clearTimeout(force);
    logger.info('stopped');
    logger.flush(() => process.exit(0));
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Backline failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
