import type { Scores } from '@sift/shared';
import type { Token as SentimentToken } from './sentiment/token';

/**
 * What the site has configured that changes scoring. Settings (issue 4) fill
 * this in; the scoring phases take it as plain input so they stay testable.
 */
export interface ScoringSettings {
  /** Words or phrases that reject a comment; `*` is a wildcard ("idiot*"). */
  bannedWords: string[];
  /** Words or phrases that only raise a comment's priority. */
  suspectWords: string[];
  /** Per-site sentiment weights (-5..5) that override the lexicon. */
  sentimentOverrides: Record<string, number>;
}

export const defaultScoringSettings: ScoringSettings = {
  bannedWords: [],
  suspectWords: [],
  sentimentOverrides: {},
};

/** The seam that ingest calls: text in, scores out. Never throws. */
export interface Scorer {
  readonly version: string;
  score(text: string): Scores;
}

/**
 * A scorer that also hands over the sentiment tokens it made (the rule
 * pipeline does), so the site model reads the same words without
 * tokenising the comment a second time. `tokens` is null when the
 * sentiment phase did not run.
 */
export interface TokenScorer extends Scorer {
  scoreWithTokens(text: string): { scores: Scores; tokens: readonly SentimentToken[] | null };
}

export function sharesTokens(scorer: Scorer): scorer is TokenScorer {
  return typeof (scorer as Partial<TokenScorer>).scoreWithTokens === 'function';
}
