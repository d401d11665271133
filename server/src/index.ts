import type { AddressInfo } from 'node:net';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { createApp } from './app';
import { openStore } from './store/open-store';
import { createScorer } from './scoring/pipeline';
import { loadDemoData } from './demo/load-demo';
import { setUpAccounts } from './auth/bootstrap-users';

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
  auth: { ingestPerMinute: Number(process.env.SIFT_INGEST_RATE_LIMIT ?? 600) || 600 },
});

await app.locals.moderation.settings.ready;
const demoLoaded = config.demo ? await loadDemoData({ store, ingest: app.locals.ingest, logger, decisions: app.locals.moderation.decisions }) : false;
// First-run admin and demo accounts; passwords go to the console once, never to the JSON logs.
await setUpAccounts({
  store,
  auth: app.locals.auth,
  accounts: app.locals.accounts,
  demoRequested: config.demo,
  demoLoaded,
  adminPassword: process.env.SIFT_ADMIN_PASSWORD || undefined,
  print: (line) => console.log(line),
});

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
  // Ends the live event streams and stops a running rescore after its batch.
  await app.locals.moderation.close();
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
