import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openStore } from '../store/open-store';
import { createScorer } from '../scoring/pipeline';
import { createApp } from '../app';
import { csvRows, formatFromName, jsonRows, ndjsonRows } from '../import/row-streams';

// npm run import -- <file> [<file> ...]: article text (.txt), comments as .csv, .json or .ndjson.
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run import -- <file.txt|file.csv|file.json|file.ndjson> [...]');
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const store = await openStore(config);
// The same app as the server builds, so imports get the site's word lists, rules and model.
const app = createApp({ store, logger, scorer: createScorer() });
await app.locals.moderation.settings.ready;
const imports = app.locals.imports;
let failed = false;
for (const file of files) {
  const started = performance.now();
  try {
    const format = formatFromName(file);
    const summary =
      format === 'article'
        ? await imports.importArticleText(fs.readFileSync(file, 'utf8'))
        : await imports.importRows((format === 'csv' ? csvRows : format === 'json' ? jsonRows : ndjsonRows)(fs.createReadStream(file)));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${path.basename(file)}: ${summary.articlesCreated} articles and ${summary.commentsCreated} comments created, ` +
        `${summary.commentsExisting} already there, ${summary.invalid} invalid (${seconds.toFixed(2)} s)`,
    );
    for (const w of summary.warnings) console.log(`  warning: ${w}`);
  } catch (err) {
    failed = true;
    console.error(`${file}: ${(err as Error).message}`);
  }
}
await app.locals.moderation.close();
await store.close();
process.exit(failed ? 1 : 0);
