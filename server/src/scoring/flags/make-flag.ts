import type { Flag, FlagCategory, Severity, Span } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { canonicalSpan } from '../normalise/tokenise';
import type { GlobalMatcher } from './alternation';

/** A detector looks at one normalised comment and returns zero or more flags. */
export type FlagDetector = (text: NormalisedText) => Flag[];

export interface CanonicalHit {
  /** Canonical-text range of the offending words. */
  start: number;
  end: number;
  severity: Severity;
  confidence: number;
  reason: string;
}

/** Sorts spans and merges overlapping ones so a flag never repeats characters. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const severityRank: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * Folds many hits of one category into a single flag: the worst severity,
 * the highest confidence, every span, and the reasons of the strongest hits.
 */
export function combineHits(category: FlagCategory, hits: { span: Span; severity: Severity; confidence: number; reason: string }[]): Flag[] {
  if (hits.length === 0) return [];
  let severity: Severity = 'low';
  let confidence = 0;
  const reasons: string[] = [];
  for (const h of hits) {
    if (severityRank[h.severity] > severityRank[severity]) severity = h.severity;
    confidence = Math.max(confidence, h.confidence);
    if (!reasons.includes(h.reason) && reasons.length < 3) reasons.push(h.reason);
  }
  return [{
    category,
    severity,
    confidence: Math.round(confidence * 100) / 100,
    spans: mergeSpans(hits.map((h) => h.span)),
    reason: reasons.join('; '),
  }];
}

/** Converts canonical-text hits (from phrase regexes) to a flag with original spans. */
export function flagFromCanonicalHits(category: FlagCategory, text: NormalisedText, hits: CanonicalHit[]): Flag[] {
  return combineHits(category, hits.map((h) => ({ span: canonicalSpan(text, h.start, h.end), severity: h.severity, confidence: h.confidence, reason: h.reason })));
}

/**
 * Runs a phrase regex (flags `gd`, with the offending part in group 1 when the
 * context around it should not be highlighted) over the canonical text.
 */
export function collectHits(
  re: GlobalMatcher,
  canonical: string,
  make: (m: RegExpExecArray) => Omit<CanonicalHit, 'start' | 'end'> | null,
): CanonicalHit[] {
  const hits: CanonicalHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(canonical); m; m = re.exec(canonical)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const info = make(m);
    if (!info) continue;
    // Regexes carry the `d` flag so group 1's exact position is known.
    const focus = m.indices?.[1];
    const start = focus ? focus[0] : m.index;
    const end = focus ? focus[1] : m.index + m[0].length;
    // Fields named, not spread: rules' `make` results differ in shape, and spreading them is slow.
    hits.push({ severity: info.severity, confidence: info.confidence, reason: info.reason, start, end });
  }
  return hits;
}

/** Tokens either side of an anchor word that a phrase rule's match can reach. */
const WINDOW = 8;

/**
 * `collectHits` over only the parts of the canonical text near tokens whose
 * anchor bits meet `bits`: every match of a phrase rule contains one of its
 * anchor words, so the regex need not scan the rest of a long comment.
 * Windows start and end at token edges, where `\b` and look-arounds see the
 * same thing as in the whole text.
 */
export function collectHitsNear(
  re: GlobalMatcher,
  text: NormalisedText,
  anchors: readonly number[],
  bits: number,
  make: (m: RegExpExecArray) => Omit<CanonicalHit, 'start' | 'end'> | null,
): CanonicalHit[] {
  const tokens = text.tokens;
  const hits: CanonicalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((anchors[i]! & bits) === 0) continue;
    const first = Math.max(0, i - WINDOW);
    let last = Math.min(tokens.length - 1, i + WINDOW);
    // Merge with the windows of further anchors that overlap this one.
    for (let j = i + 1; j < tokens.length && j <= last + WINDOW; j++) {
      if ((anchors[j]! & bits) !== 0) last = Math.min(tokens.length - 1, j + WINDOW);
    }
    const starts = text.canonStarts;
    const from = starts[first]!;
    const to = starts[last]! + tokens[last]!.key.length;
    for (const h of collectHits(re, text.canonical.slice(from, to), make)) {
      // The hits are new: moved to whole-text offsets in place.
      h.start += from;
      h.end += from;
      hits.push(h);
    }
    i = last;
  }
  return hits;
}
