// Runs in its own process (so the bench's own memory does not count): serves
// the app on a PgStore, downloads the full CSV export over a real socket and
// prints one JSON line with time to first byte, total time, bytes and the
// peak RSS growth of this process during the export.
//   node --import tsx scripts/bench/pg-export-child.ts <database url>
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { PgStore } from '../../server/src/store/postgres/pg-store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import { timeDownload, warmUpExport, type ExportFigures } from './export-download';

const url = process.argv[2];
if (!url) throw new Error('usage: pg-export-child.ts <database url>');
const store = await PgStore.open(url, { migrate: false });
const app = createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH });
const server = http.createServer(app).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
await warmUpExport(base, '/api/export/comments.csv');
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
const download = await timeDownload(`${base}/api/export/comments.csv`);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const figures: ExportFigures = { ...download, rssGrowthMb: (peak - baseline) / 1024 / 1024 };
console.log(JSON.stringify(figures));
server.close();
await app.locals.moderation.close();
await store.close();
process.exit(0);
