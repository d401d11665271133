// npm run eval: accuracy of Sift's scorers on the development data sets in
// ../shared/data, each next to the reference libraries measured in the same run.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const sections: { name: string; file: string; run: (mod: Record<string, unknown>) => Promise<void> }[] = [
  { name: 'sentiment', file: 'sentiment-eval.ts', run: (m) => (m.runSentimentEval as () => Promise<void>)() },
  { name: 'flags', file: 'flags-eval.ts', run: (m) => (m.runFlagsEval as () => Promise<void>)() },
  {
    name: 'learning',
    file: 'learning-eval.ts',
    run: (m) => (m.runLearningEval as (argv: string[]) => Promise<void>)(['--train', path.join(root, '../shared/data/flags/olid-training-v1.0.tsv'), '--split', '0.8']),
  },
];

for (const s of sections) {
  if (only && s.name !== only) continue;
  const file = path.join(import.meta.dirname, s.file);
  if (!fs.existsSync(file)) continue;
  console.log(`\n### ${s.name}\n`);
  await s.run((await import(file)) as Record<string, unknown>);
}
