// Single-core throughput of the scoring pipeline and the libraries it is
// compared with, on the same texts in one run (so ratios, not absolute
// numbers, are what to read on a shared machine).
// Run: npx tsx scripts/bench/scoring-bench.ts
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
// @ts-expect-error vader-sentiment ships no types
import vader from 'vader-sentiment';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { profanity } from '@2toad/profanity';
import { createScorer } from '../../server/src/scoring/pipeline';
import { analyzeSentiment } from '../../server/src/scoring/sentiment';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const olidPath = resolve(repoRoot, '../shared/data/flags/olid-training-v1.0.tsv');
const MIN_MS = 1500;

function loadTexts(): { texts: string[]; source: string } {
  if (existsSync(olidPath)) {
    const texts = readFileSync(olidPath, 'utf8').split('\n').slice(1)
      .map((l) => l.split('\t')[1] ?? '').filter((t) => t !== '').slice(0, 5000);
    return { texts, source: `OLID tweets (${texts.length})` };
  }
  const words = ['the', 'great', 'article', 'you', 'idiot', 'really', 'not', 'good', 'love', 'this', 'terrible', 'news', 'why', 'would', 'anyone', 'think', 'so', 'damn', 'check', 'my', 'channel'];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts = Array.from({ length: 5000 }, () =>
    Array.from({ length: 8 + Math.floor(rand() * 25) }, () => words[Math.floor(rand() * words.length)]).join(' '));
  return { texts, source: 'generated sentences (5000; OLID not found)' };
}

/** Texts per second: repeat passes over all texts until MIN_MS has elapsed. */
function measure(texts: readonly string[], fn: (t: string) => unknown): number {
  for (const t of texts.slice(0, 500)) fn(t); // warm up the JIT
  let n = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    for (const t of texts) fn(t);
    n += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_MS);
  return (n / elapsed) * 1000;
}

export async function runScoringBench(): Promise<void> {
  const { texts, source } = loadTexts();
  console.log(`== Scoring benchmark (single core) on ${source} ==`);
  const scorer = createScorer();
  const afinn = new Sentiment();
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const cases: [string, (t: string) => unknown][] = [
    ['vader-sentiment', (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t)],
    ['Sift full pipeline', (t) => scorer.score(t)],
    ['Sift analyzeSentiment', (t) => analyzeSentiment(t)],
    ['sentiment (AFINN)', (t) => afinn.analyze(t)],
    ['obscenity', (t) => matcher.hasMatch(t)],
    ['@2toad/profanity', (t) => profanity.exists(t)],
  ];
  const rates = new Map<string, number>();
  for (const [name, fn] of cases) rates.set(name, measure(texts, fn));
  const vaderRate = rates.get('vader-sentiment')!;
  for (const [name, rate] of rates) {
    console.log(`${name.padEnd(24)} ${Math.round(rate).toString().padStart(9)} texts/s  ${(rate / vaderRate).toFixed(1).padStart(6)}x vader`);
  }
  const ratio = rates.get('Sift full pipeline')! / vaderRate;
  console.log(`\nTarget: full pipeline >= 10x vader-sentiment: ${ratio.toFixed(1)}x (${ratio >= 10 ? 'met' : 'NOT met'})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runScoringBench();
}
