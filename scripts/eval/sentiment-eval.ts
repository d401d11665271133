// Accuracy of Sift's sentiment analyser on the tweet ground truth (mean human
// ratings -4..4), next to the `sentiment` and `vader-sentiment` packages
// measured in the same run. Run alone: npx tsx scripts/eval/sentiment-eval.ts
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import { analyzeSentiment, SENTIMENT_VERSION } from '../../server/src/scoring/sentiment/index';

const require = createRequire(import.meta.url);

export const TWEETS_FILE = path.resolve(
  process.env.SIFT_DATA_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data'),
  'sentiment/tweets_GroundTruth.txt',
);

export interface RatedText {
  rating: number;
  text: string;
}

/** Tab-separated `id<TAB>mean rating<TAB>text`, CRLF line ends; undefined when absent. */
export function loadTweets(file = TWEETS_FILE): RatedText[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const out: RatedText[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (first < 0 || second < 0) continue;
    const rating = Number(line.slice(first + 1, second));
    if (Number.isFinite(rating)) out.push({ rating, text: line.slice(second + 1) });
  }
  return out;
}

type VaderAnalyzer = { polarity_scores(text: string): { compound: number } };
export function loadVader(): VaderAnalyzer {
  return (require('vader-sentiment') as { SentimentIntensityAnalyzer: VaderAnalyzer }).SentimentIntensityAnalyzer;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

type Label = 'positive' | 'neutral' | 'negative';
export function labelOf(value: number, band = 0): Label {
  return value > band ? 'positive' : value < -band ? 'negative' : 'neutral';
}

/** F1 per class, averaged with each class weighted by its share of the gold labels. */
export function weightedF1(gold: readonly Label[], predicted: readonly Label[]): number {
  let total = 0;
  for (const cls of ['positive', 'neutral', 'negative'] as const) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === cls;
      const p = predicted[i] === cls;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const support = tp + fn;
    if (support === 0) continue;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    total += f1 * support;
  }
  return total / gold.length;
}

export async function runSentimentEval(): Promise<void> {
  const data = loadTweets();
  if (data === undefined) {
    console.log(`skipped: ${TWEETS_FILE} not found`);
    return;
  }
  const ratings = data.map((d) => d.rating);
  const gold = ratings.map((r) => labelOf(r));
  const sentiment = new Sentiment();
  const vader = loadVader();

  const systems: { name: string; run: (text: string) => { value: number; label: Label } }[] = [
    {
      name: `Sift (${SENTIMENT_VERSION})`,
      run: (text) => {
        const r = analyzeSentiment(text);
        return { value: r.compound, label: r.label };
      },
    },
    {
      name: 'sentiment 5.0.2 (comparative)',
      run: (text) => {
        const c = sentiment.analyze(text).comparative;
        return { value: c, label: labelOf(c) };
      },
    },
    {
      name: 'sentiment 5.0.2 (score normalised)',
      run: (text) => {
        const score = sentiment.analyze(text).score;
        const c = score / Math.sqrt(score * score + 15);
        return { value: c, label: labelOf(c) };
      },
    },
    {
      name: 'vader-sentiment 1.1.3 (compound)',
      run: (text) => {
        const c = vader.polarity_scores(text).compound;
        return { value: c, label: labelOf(c, 0.05) };
      },
    },
  ];

  console.log(`tweets_GroundTruth: ${data.length} texts (${gold.filter((g) => g === 'positive').length} positive, ${gold.filter((g) => g === 'negative').length} negative, ${gold.filter((g) => g === 'neutral').length} neutral)`);
  console.log('| system | Pearson r | weighted F1 |');
  console.log('| --- | ---: | ---: |');
  for (const system of systems) {
    const values: number[] = [];
    const labels: Label[] = [];
    for (const d of data) {
      const out = system.run(d.text);
      values.push(out.value);
      labels.push(out.label);
    }
    console.log(`| ${system.name} | ${pearson(values, ratings).toFixed(4)} | ${weightedF1(gold, labels).toFixed(4)} |`);
  }
  console.log('Reference: individual human raters reach r = 0.888 on this set.');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runSentimentEval().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
