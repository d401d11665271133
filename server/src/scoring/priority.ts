/**
 * Priority: how urgently a moderator should look at a comment, in [0, 1].
 * This comment is the one place the formula is written down.
 *
 * The queue is ordered in four bands; a comment in a higher band always
 * outranks every comment in a lower one:
 *
 *   band 3  [0.75, 1.00]  any high-severity flag (threat, identity attack,
 *                          banned word, or any other flag marked high)
 *   band 2  [0.50, 0.75)  any other flag
 *   band 1  [0.25, 0.50)  no flag, but strongly negative (compound <= -0.5)
 *   band 0  [0.00, 0.25)  everything else
 *
 * Within a band, priority = band floor + 0.25 * s, with s in [0, 1):
 *
 *   band 3  s = 0.85 * noisyOr(confidence of high flags)
 *               + 0.15 * min(1, (number of flags - 1) / 4)
 *   band 2  s = noisyOr(weight(severity) * confidence of each flag),
 *               weight(low) = 0.4, weight(medium) = 0.8
 *   band 1  s = (-compound - 0.5) / 0.5
 *   band 0  s = (1 - compound) / 2 * 0.99   (negative before neutral before positive)
 *
 * noisyOr(p1..pn) = 1 - (1 - p1)(1 - p2)...(1 - pn): several independent
 * signals add up but never pass 1. s is capped just below 1 so bands never
 * touch. `priorityReasons` lists, strongest first, what put the comment where
 * it is.
 */
import type { Flag, SentimentResult, Severity } from '@sift/shared';

export interface Priority {
  priority: number;
  priorityReasons: string[];
}

const BAND_WIDTH = 0.25;
const STRONG_NEGATIVE = -0.5;
const MAX_S = 0.999;
const severityWeight: Record<Severity, number> = { low: 0.4, medium: 0.8, high: 1 };

/** One factor of noisyOr's product: 1 - p, p clamped to [0, 1]. */
const miss = (p: number) => 1 - Math.min(1, Math.max(0, p));
const round = (x: number) => Math.round(x * 1000) / 1000;
// Categories as words ("identity attack"), made once per category rather than once per flag.
const categoryWords = new Map<string, string>();
const wordsOf = (category: string) => {
  let words = categoryWords.get(category);
  if (words === undefined) categoryWords.set(category, (words = category.replace('_', ' ')));
  return words;
};
const describe = (f: Flag) => `${wordsOf(f.category)} (${f.severity}, ${Math.round(f.confidence * 100)}%)`;

/** Where the formula above puts a comment, before any reason is put in words. */
interface Placement {
  priority: number;
  band: number;
  compound: number;
  /** The flags, strongest first. */
  ordered: readonly Flag[];
}

const NO_FLAGS: readonly Flag[] = [];

function place(flags: readonly Flag[], sentiment: Pick<SentimentResult, 'compound'>): Placement {
  const compound = Number.isFinite(sentiment.compound) ? sentiment.compound : 0;
  let band: number;
  let s: number;
  let ordered = NO_FLAGS;
  if (flags.length > 0) {
    // Strongest first: the reasons list them so, and noisyOr multiplies in this order.
    ordered = [...flags].sort(
      (a, b) => severityWeight[b.severity] * b.confidence - severityWeight[a.severity] * a.confidence,
    );
    // noisyOr's products, multiplied in the same order as the formula (no arrays in between).
    let high = 0;
    let highMiss = 1;
    let allMiss = 1;
    for (const f of ordered) {
      if (f.severity === 'high') {
        high++;
        highMiss *= miss(f.confidence);
      }
      allMiss *= miss(severityWeight[f.severity] * f.confidence);
    }
    if (high > 0) {
      band = 3;
      s = 0.85 * (1 - highMiss) + 0.15 * Math.min(1, (flags.length - 1) / 4);
    } else {
      band = 2;
      s = 1 - allMiss;
    }
  } else if (compound <= STRONG_NEGATIVE) {
    band = 1;
    s = (-compound + STRONG_NEGATIVE) / 0.5;
  } else {
    band = 0;
    s = ((1 - compound) / 2) * 0.99;
  }
  return { priority: round(band * BAND_WIDTH + BAND_WIDTH * Math.min(MAX_S, Math.max(0, s))), band, compound, ordered };
}

/** The priority alone, without its reasons in words (the site model reads it for every comment). */
export function rulePriority(flags: readonly Flag[], sentiment: Pick<SentimentResult, 'compound'>): number {
  return place(flags, sentiment).priority;
}

export function computePriority(flags: readonly Flag[], sentiment: Pick<SentimentResult, 'compound'>): Priority {
  const { priority, band, compound, ordered } = place(flags, sentiment);
  const reasons = ordered.map(describe);
  if (compound <= STRONG_NEGATIVE) reasons.push(`strongly negative (${compound.toFixed(2)})`);
  else if (band === 0) reasons.push(compound < 0 ? 'mildly negative' : 'no flags');
  return { priority, priorityReasons: reasons };
}
