// The export server of the moderation bench, in a process of its own so that
// only the server's memory is measured (not the downloading client's). It
// serves the app on the SQLite file given, then answers IPC messages:
// 'start' takes the RSS baseline and starts sampling, 'stop' replies with the
// peak RSS growth in MB.
//   spawned by moderation-bench.ts: node --import tsx sqlite-export-server.ts <db file>
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { SqliteStore } from '../../server/src/store/sqlite/sqlite-store';
import { TEST_AUTH } from '../../server/src/test/test-app';

const file = process.argv[2];
if (!file || !process.send) throw new Error('usage: spawned with IPC, sqlite-export-server.ts <db file>');
const store = new SqliteStore(file, { synchronous: 'NORMAL' });
const app = createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH });
const server = http.createServer(app).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
let baseline = 0;
let peak = 0;
let sampler: NodeJS.Timeout | undefined;
process.on('message', (msg: string) => {
  if (msg === 'start') {
    baseline = process.memoryUsage().rss;
    peak = baseline;
    sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    process.send?.({ started: true });
  } else if (msg === 'stop') {
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    process.send?.({ rssGrowthMb: (peak - baseline) / 1024 / 1024 });
  } else if (msg === 'exit') {
    server.close();
    void store.close().then(() => process.exit(0));
  }
});
process.send({ port: (server.address() as AddressInfo).port });
