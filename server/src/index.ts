import type { AddressInfo } from 'node:net';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { createApp } from './app';
import { openStore } from './store/open-store';
import { createScorer } from './scoring/pipeline';
import { loadDemoData } from './demo/load-demo';

const config = loadConfig(process.env, process.argv.slice(2));
const logger = createLogger(config.logLevel);

const store = await openStore(config);
const scorer = createScorer();
const app = createApp({
  store,
  logger,
  scorer,
  bodyLimit: config.bodyLimit,
  importLimit: config.importLimit,
  clientDir: config.clientDir,
});

if (config.demo) await loadDemoData({ store, ingest: app.locals.ingest, logger });

const server = app.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  logger.info({ port, store: store.kind }, `Sift is listening on http://localhost:${port}`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  // Long-lived streams (live events) would keep close() waiting forever.
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  server.closeIdleConnections();
  server.close(async () => {
    clearTimeout(force);
    await store.close();
    logger.info('database closed; bye');
    process.exit(0);
  });
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
