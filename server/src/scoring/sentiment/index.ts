import type { SentimentLabel, SentimentResult } from '@sift/shared';
import { EXCLAMATION_MAX, EXCLAMATION_STEP, NEUTRAL_BAND, NORMALIZE_ALPHA, QUESTION_STEP } from './constants';
import { LEXICON } from './lexicon';
import { scoreTokens } from './scorer';
import { tokenize, type TokenizedText } from './tokenizer';
import type { Overrides } from './word-valence';

/** Changes whenever rules, constants or lexicon sources change, so stored scores can be traced. */
export const SENTIMENT_VERSION = `sift-sentiment-1.0.0+${LEXICON.sources.join('+')}`;

export interface SentimentOptions {
  /** Per-site weights (-5..5) for words or phrases; applied to this call only. */
  overrides?: Record<string, number>;
}

function normaliseKey(key: string): string {
  return key.trim().toLowerCase().replaceAll('\u2019', "'").replace(/\s+/g, ' ');
}

/** Builds a private lookup for this call: the shared lexicon is never touched. */
function prepareOverrides(raw: Record<string, number> | undefined): Overrides | undefined {
  if (raw === undefined) return undefined;
  const words = new Map<string, number>();
  const phrases = new Map<string, { rest: string[]; phrase: string; weight: number }[]>();
  for (const [rawKey, rawWeight] of Object.entries(raw)) {
    if (typeof rawWeight !== 'number' || !Number.isFinite(rawWeight)) continue;
    const weight = Math.max(-5, Math.min(5, rawWeight));
    const key = normaliseKey(rawKey);
    if (key === '') continue;
    const parts = key.split(' ');
    if (parts.length < 2) {
      words.set(key, weight);
      continue;
    }
    const [first, ...rest] = parts as [string, ...string[]];
    const list = phrases.get(first) ?? [];
    list.push({ rest, phrase: parts.join(' '), weight });
    list.sort((a, b) => b.rest.length - a.rest.length);
    phrases.set(first, list);
  }
  return words.size + phrases.size > 0 ? { words, phrases } : undefined;
}

/** Punctuation emphasis: "!" (up to four) and runs of "?" make a feeling stronger. */
function punctuationEmphasis(exclamations: number, questions: number): number {
  let emphasis = Math.min(exclamations, EXCLAMATION_MAX) * EXCLAMATION_STEP;
  if (questions > 1) emphasis += questions <= 3 ? questions * QUESTION_STEP : 4 * QUESTION_STEP;
  return emphasis;
}

function toLabel(compound: number): SentimentLabel {
  if (compound >= NEUTRAL_BAND) return 'positive';
  if (compound <= -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function analyzeSentiment(text: string, options?: SentimentOptions): SentimentResult {
  return analyzeTokenized(text, tokenize(text), options);
}

/** analyzeSentiment of a text already tokenized (the pipeline hands the tokens on to the site model). */
export function analyzeTokenized(text: string, tokenized: TokenizedText, options?: SentimentOptions): SentimentResult {
  const { items } = scoreTokens(tokenized, prepareOverrides(options?.overrides));
  // A negator that counted on its own is found late; report in text order.
  let ordered = true;
  for (let k = 1; k < items.length && ordered; k++) ordered = items[k - 1]!.start <= items[k]!.start;
  if (!ordered) items.sort((a, b) => a.start - b.start);
  let score = 0;
  for (const item of items) score += item.weight;
  if (score !== 0) score += Math.sign(score) * punctuationEmphasis(tokenized.exclamations, tokenized.questions);
  const compound = score / Math.sqrt(score * score + NORMALIZE_ALPHA);
  const contributions: SentimentResult['contributions'] = [];
  for (const item of items) {
    if (item.weight === 0) continue;
    const contribution: SentimentResult['contributions'][number] = {
      text: text.slice(item.start, item.end),
      weight: round(item.weight),
      start: item.start,
      end: item.end,
    };
    if (item.notes.length > 0) contribution.note = item.notes.join('; ');
    contributions.push(contribution);
  }
  const rounded = round(compound);
  return { score: round(score), compound: rounded, label: toLabel(rounded), contributions };
}
