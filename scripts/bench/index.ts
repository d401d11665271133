// Entry of `npm run bench`: runs each bench module in turn.
//   --only <name>     sentiment | scoring | learning | bundle | moderation
//   --store <kind>    sqlite (default) | postgres (moderation bench on DATABASE_URL or a throwaway cluster)
//   --quick           smaller data for smoke runs (moderation: 100k comments)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface BenchModule {
  name: string;
  file: string;
  run: (mod: Record<string, unknown>) => Promise<unknown>;
}

const quick = process.argv.includes('--quick');
const storeKind = flag('store') ?? 'sqlite';
const only = flag('only');

const modules: BenchModule[] = [
  { name: 'sentiment', file: 'sentiment-bench.ts', run: (m) => (m.runSentimentBench as () => Promise<unknown>)() },
  { name: 'scoring', file: 'scoring-bench.ts', run: (m) => (m.runScoringBench as () => Promise<unknown>)() },
  { name: 'learning', file: 'learning-bench.ts', run: (m) => (m.runLearningBench as () => Promise<unknown>)() },
  { name: 'bundle', file: 'bundle-bench.ts', run: (m) => (m.runBundleBench as () => Promise<unknown>)() },
  { name: 'moderation', file: 'moderation-bench.ts', run: (m) => (m.runModerationBench as (o: object) => Promise<unknown>)({ quick }) },
];

if (only && !modules.some((m) => m.name === only)) {
  console.error(`unknown bench "${only}"; choose one of ${modules.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
if (storeKind !== 'sqlite' && storeKind !== 'postgres') {
  console.error('--store must be sqlite or postgres');
  process.exit(2);
}

for (const m of modules) {
  if (only && m.name !== only) continue;
  const file = path.join(here, m.file);
  if (!fs.existsSync(file)) {
    console.log(`\n== ${m.name}: ${m.file} not found, skipped`);
    continue;
  }
  console.log(`\n== ${m.name}`);
  if (m.name === 'moderation' && storeKind === 'postgres') {
    // Same figures on PostgreSQL (DATABASE_URL, or a throwaway cluster).
    const pgBench = (await import(pathToFileURL(path.join(here, 'postgres-bench.ts')).href)) as typeof import('./postgres-bench');
    await pgBench.runPostgresBench({ quick });
    continue;
  }
  if (m.name === 'moderation') {
    // Kept for the side-by-side table that the PostgreSQL run prints.
    const rows = await m.run((await import(pathToFileURL(file).href)) as Record<string, unknown>);
    const { resultsFile, saveResults } = await import('./pg-side-by-side');
    if (Array.isArray(rows)) saveResults(resultsFile(path.join(here, '../../.bench'), 'sqlite', quick ? 100_000 : 1_000_000), rows as never);
    continue;
  }
  await m.run((await import(pathToFileURL(file).href)) as Record<string, unknown>);
}
