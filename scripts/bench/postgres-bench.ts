// The moderation benchmark on PostgreSQL: the same figures as
// moderation-bench.ts prints for SQLite (queue pages, counts, every stats
// call, the report, the full CSV export, ingest), so the two read side by
// side. Runs on DATABASE_URL when set, otherwise on a throwaway cluster.
// Run alone: npx tsx scripts/bench/postgres-bench.ts [--quick]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { PgStore } from '../../server/src/store/postgres/pg-store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import { QueueService } from '../../server/src/queue/queue-service';
import { encodeCursor } from '../../server/src/queue/keyset-cursor';
import { printTable, type BenchRow } from './bench-table';
import type { ExportFigures } from './export-download';
import { benchSizes, exportRows, modelCatchUpRows, queueCountRows, queuePageRows, statsAndReportRows, type ModerationBenchOptions } from './moderation-rows';
import { startPgBenchServer } from './pg-bench-server';
import { generatePgBenchData } from './pg-bench-data';
import { runPgIngestBench } from './pg-ingest-bench';
import { printSideBySide, resultsFile, saveResults } from './pg-side-by-side';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const TARGET_MS = 100;
const QUEUE_TARGET_MS = 20;
const COUNTS_TARGET_MS = 50;

/** The same sizes as the SQLite bench, so the two runs read side by side. */
export type PostgresBenchOptions = ModerationBenchOptions;

/** The export, measured in a child process of its own. */
function exportInChild(url: string): Promise<ExportFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'pg-export-child.ts'), url], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').findLast((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`export child failed (${code}):\n${out}`));
      else resolve(JSON.parse(line) as ExportFigures);
    });
  });
}

export async function runPostgresBench(opts: PostgresBenchOptions = {}): Promise<BenchRow[]> {
  const { comments: n, ingestComments } = benchSizes(opts);
  const log = (s: string) => console.log(s);
  const server = await startPgBenchServer();
  log(`postgres bench: ${n.toLocaleString('en-GB')} comments on ${server.label}`);
  const rows: BenchRow[] = [];
  try {
    const ingestRows = await runPgIngestBench(server, ingestComments, log);

    const url = await server.createDatabase('sift_bench');
    const store = await PgStore.open(url, { max: 10 });
    const loader = await store.pool.connect();
    const data = await generatePgBenchData(loader, n, log).finally(() => loader.release());
    log(`  loaded in ${data.seconds.toFixed(0)} s (${Math.round(n / data.seconds).toLocaleString('en-GB')} comments/s)`);
    rows.push({ name: `bulk load (INSERT … SELECT generate_series, indexes rebuilt, VACUUM ANALYZE)`, value: data.seconds, unit: 's' });

    const queue = new QueueService(store);
    const app = createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH });
    const range = { from: new Date(data.startMs).toISOString(), to: new Date(data.endMs).toISOString() };
    const queueTarget = { op: '<' as const, limit: QUEUE_TARGET_MS };
    const countsTarget = { op: '<' as const, limit: COUNTS_TARGET_MS };
    const target = { op: '<' as const, limit: TARGET_MS };

    rows.push(...(await modelCatchUpRows(app)));

    // Queue: first page and a page 50,000 rows deep (keyset cursor built from the 50,000th row).
    const deep = Math.min(50_000, Math.floor(n / 10));
    for (const [view, sort, key] of [['pending', 'priority', 'c.priority'], ['all', 'newest', 'c.created_at']] as const) {
      const where = view === 'pending' ? "c.status = 'pending'" : 'TRUE';
      const { rows: at } = await store.pool.query<{ k: number; id: number }>(
        `SELECT ${key} AS k, c.id FROM comments c WHERE ${where} ORDER BY ${key} DESC, c.id DESC LIMIT 1 OFFSET $1`,
        [deep - 1],
      );
      const cursor = encodeCursor(`queue:${sort}`, [Number(at[0]?.k), Number(at[0]?.id)]);
      rows.push(...(await queuePageRows(app, (q) => queue.page(q), { view, sort, deep, cursor }, queueTarget)));
    }
    rows.push(...(await queueCountRows(app, range, countsTarget)));

    rows.push(...(await statsAndReportRows(store, app, range, { stats: target })));

    // The full CSV export over a real socket, in a process of its own.
    const total = await store.countComments();
    log('  exporting');
    const exp = await exportInChild(url);
    rows.push(...exportRows(total, exp, 'child process'));
    await app.locals.moderation.close();
    await store.close();
    rows.push(...ingestRows);
  } finally {
    await server.stop();
  }
  printTable(`Moderation bench (${n.toLocaleString('en-GB')} comments, PostgreSQL)`, rows);
  const cacheDir = path.join(repoRoot, '.bench');
  saveResults(resultsFile(cacheDir, 'postgres', n), rows);
  const sqliteFile = resultsFile(cacheDir, 'sqlite', n);
  if (fs.existsSync(sqliteFile)) printSideBySide(n, sqliteFile, rows);
  else log(`\n(no SQLite results for ${n.toLocaleString('en-GB')} comments yet: run \`npm run bench -- --only moderation${opts.quick ? ' --quick' : ''}\` for a side-by-side table)`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runPostgresBench({ quick: process.argv.includes('--quick') });
}
