import type { Flag, Severity, Span } from '@sift/shared';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { NormalisedText, Token } from '../normalise/tokenise';
import { toOriginalSpan } from '../normalise/fold-text';
import { combineHits } from './make-flag';
import {
  mildProfanity, profaneRoots, profanityByShape, profanitySet, rootExceptions, squeezedProfanitySet,
} from './profanity-words';

// Two libraries, each where it is good:
// - @2toad/profanity's word list, looked up per normalised token (a Set hit
//   per word, so hundreds of thousands of comments a second). The normaliser
//   already undoes case, homoglyphs, accents, leetspeak, elongation and
//   spaced-out letters, and keeps offsets back to the original text.
// - obscenity, whose matcher knows many more look-alike tricks ("fvck",
//   "@ss") but is ~30x slower, runs only on comments the cheap check finds
//   obfuscated (a word mixing letters with digits or symbols, or non-ASCII
//   letters). Its hits count only inside such an obfuscated word, which keeps
//   its substring matching ("cockpit") away from plain words.
let obscenityMatcher: RegExpMatcher | null = null;
function obscenity(): RegExpMatcher {
  obscenityMatcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return obscenityMatcher;
}


function matchMasked(key: string): string | null {
  if (key[0] === '*' || key[0] === '#') return null;
  const bucket = profanityByShape.get(`${key[0]}${key.length}`);
  if (!bucket) return null;
  const letters = key.replace(/[*#]/g, '').length;
  if (letters < 2) return null;
  for (const word of bucket) {
    let ok = true;
    for (let i = 0; i < key.length && ok; i++) if (key[i] !== '*' && key[i] !== '#' && key[i] !== word[i]) ok = false;
    if (ok) return word;
  }
  return null;
}

/** The profanity a token spells, if any, and how sure we are. */
export function profaneWordIn(token: Token): { word: string; confidence: number } | null {
  if (token.kind === 'number' || token.kind === 'break' || token.kind === 'mention') return null;
  const key = token.kind === 'hashtag' ? token.key.slice(1) : token.key;
  if (profanitySet.has(key)) return { word: key, confidence: 0.95 };
  if (token.squeezed && squeezedProfanitySet.has(token.squeezed)) return { word: token.squeezed, confidence: 0.9 };
  if (token.masked) {
    const word = matchMasked(key);
    if (word) return { word, confidence: 0.85 };
  }
  const root = profaneRoots.exec(key);
  if (root && !rootExceptions.has(key)) return { word: key, confidence: 0.9 };
  return null;
}

function severityOf(word: string): Severity {
  return mildProfanity.has(word) ? 'low' : 'medium';
}

export function detectProfanity(text: NormalisedText): Flag[] {
  const hits: { span: Span; severity: Severity; confidence: number; reason: string }[] = [];
  for (const token of text.tokens) {
    const found = profaneWordIn(token);
    if (!found) continue;
    // "cum laude" is Latin, not profanity.
    if (found.word === 'cum' && /^\s*laude/.test(text.folded.slice(token.end, token.end + 8))) continue;
    // "he'll", "she'll": the apostrophe made a different word.
    if (token.contraction && mildProfanity.has(found.word)) continue;
    const severity = severityOf(found.word);
    hits.push({
      span: toOriginalSpan(text, token.start, token.end),
      severity,
      confidence: severity === 'low' ? Math.min(found.confidence, 0.7) : found.confidence,
      reason: severity === 'low' ? 'mild swearing' : 'swearing',
    });
  }
  const disguised = text.tokens.filter((t) => t.disguised).map((t) => toOriginalSpan(text, t.start, t.end));
  if (disguised.length > 0) hits.push(...obfuscatedHits(text, disguised, hits.map((h) => h.span)));
  return combineHits('profanity', hits);
}

// Obscenity's matches on the original text, kept only where they fall in a
// disguised word that the word list did not already report.
function obfuscatedHits(text: NormalisedText, disguised: Span[], known: Span[]) {
  const out: { span: Span; severity: Severity; confidence: number; reason: string }[] = [];
  for (const m of obscenity().getAllMatches(text.original)) {
    const span = { start: m.startIndex, end: m.endIndex + 1 };
    const overlaps = (k: Span) => k.start < span.end && span.start < k.end;
    if (!disguised.some(overlaps) || known.some(overlaps)) continue;
    out.push({ span, severity: 'medium', confidence: 0.8, reason: 'disguised swearing' });
    known.push(span);
  }
  return out;
}
