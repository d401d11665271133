// Throughput of Sift's sentiment analyser next to `sentiment` and
// `vader-sentiment`, on the same texts in one run (machines are shared and
// noisy, so compare the ratios, not the absolute numbers).
// Run alone: npx tsx scripts/bench/sentiment-bench.ts
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import { analyzeSentiment } from '../../server/src/scoring/sentiment/index';
import { loadTweets, loadVader, TWEETS_FILE } from '../eval/sentiment-eval';
import { textsPerSecond } from './texts-per-second';

/** Comment-like texts for when the tweet file is absent. */
function generatedTexts(count: number): string[] {
  const openers = ['Honestly', 'Well', 'OK so', 'Wow', 'Hmm', 'LOL'];
  const middles = ['this is not very good', 'I really love it :)', 'the service was slow but friendly', 'sooo goood!!', 'never really liked it', 'what a waste of time :(', 'AMAZING work 😍', 'kind of meh'];
  const closers = ['.', '!', '?', '...', ' <3', ' :D'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${openers[i % openers.length]}, ${middles[(i * 7) % middles.length]} and ${middles[(i * 3 + 1) % middles.length]}${closers[i % closers.length]}`);
  }
  return out;
}

export async function runSentimentBench(): Promise<void> {
  const tweets = loadTweets();
  const texts = tweets ? tweets.map((t) => t.text) : generatedTexts(4000);
  console.log(tweets ? `texts: ${texts.length} tweets from ${TWEETS_FILE}` : `texts: ${texts.length} generated (${TWEETS_FILE} not found)`);
  const sentiment = new Sentiment();
  const vader = loadVader();
  const minMs = Number(process.env.BENCH_MS ?? 2000);
  const rates = [
    { name: 'Sift analyzeSentiment', rate: textsPerSecond(texts, (t) => analyzeSentiment(t), minMs) },
    { name: 'sentiment 5.0.2', rate: textsPerSecond(texts, (t) => sentiment.analyze(t), minMs) },
    { name: 'vader-sentiment 1.1.3', rate: textsPerSecond(texts, (t) => vader.polarity_scores(t), minMs) },
  ];
  const vaderRate = rates[2]!.rate;
  console.log('| analyser | texts/s | × vader |');
  console.log('| --- | ---: | ---: |');
  for (const r of rates) console.log(`| ${r.name} | ${Math.round(r.rate).toLocaleString('en-US')} | ${(r.rate / vaderRate).toFixed(1)} |`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runSentimentBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
