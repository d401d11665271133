import type { Flag, Severity, Span } from '@sift/shared';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { NormalisedText, Token } from '../normalise/tokenise';
import { ROOT_WATCH, isCensoredShape } from '../normalise/scan-words';
import { toOriginalSpan } from '../normalise/fold-text';
import { combineHits } from './make-flag';
import { anchorGroup, anchorMask, tokenAnchors } from './anchor-index';
import {
  mildProfanity, profaneRoots, profanityByShape, profanitySet, rootExceptions, squeezedProfanitySet,
} from './profanity-words';

// Two libraries, each where it is good:
// - @2toad/profanity's word list, looked up per normalised token (a Set hit
//   per word, so hundreds of thousands of comments a second). The normaliser
//   already undoes case, homoglyphs, accents, leetspeak, elongation and
//   spaced-out letters, and keeps offsets back to the original text.
// - obscenity, whose matcher knows many more look-alike tricks ("fvck",
//   "@ss") but is ~30x slower, runs only on the words the normaliser marked
//   disguised (letters mixed with digits or symbols, or non-ASCII letters),
//   one word at a time, so its substring matching ("cockpit") never sees
//   plain words.
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
export function profaneWordIn(token: Token, checkRoots = true): { word: string; confidence: number } | null {
  return profaneWordOf(token, checkRoots, true, '');
}

/**
 * `profaneWordIn`, told by the anchor index whether the token may be on the
 * list (`listed` false: it is not, and the set is not asked) and given the
 * folded text, where a plain word's roots are looked for in place: its key
 * is made only when it is profane.
 */
function profaneWordOf(token: Token, checkRoots: boolean, listed: boolean, folded: string): { word: string; confidence: number } | null {
  if (token.kind === 'number' || token.kind === 'break' || token.kind === 'mention') return null;
  if (listed || token.squeezed !== null || token.masked || !token.plain || folded === '') {
    const key = token.kind === 'hashtag' ? token.key.slice(1) : token.key;
    if (listed && profanitySet.has(key)) return { word: key, confidence: 0.95 };
    if (token.squeezed && squeezedProfanitySet.has(token.squeezed)) return { word: token.squeezed, confidence: 0.9 };
    if (token.masked) {
      const word = matchMasked(key);
      if (word) return { word, confidence: 0.85 };
      // A word its writer censored ("f***") is swearing, whichever word it was.
      if (isCensoredShape(key)) return { word: key, confidence: 0.8 };
    }
    if (checkRoots && profaneRoots.test(key) && !rootExceptions.has(key)) return { word: key, confidence: 0.9 };
    return null;
  }
  // A plain word's key is the folded text as written, all letters a-z, where
  // the watch of the roots finds just what the regex finds in the key.
  if (checkRoots && ROOT_WATCH.testIn(folded, token.start, token.end) && !rootExceptions.has(token.key)) return { word: token.key, confidence: 0.9 };
  return null;
}

function severityOf(word: string): Severity {
  return mildProfanity.has(word) ? 'low' : 'medium';
}

type Hit = { span: Span; severity: Severity; confidence: number; reason: string };

const LISTED = anchorGroup(profanitySet);

/**
 * The root test of a decoded comment, without building its canonical text:
 * true whenever the canonical text has a root anywhere (a root
 * in a key that is the word as written is in the folded text too, so only
 * the other keys are tested one by one), and at times when it does not,
 * which costs only time: the per-token root check this gates only finds
 * roots that the canonical text has.
 */
function rootsInKeys(text: NormalisedText): boolean {
  if (text.rootInFolded) return true;
  // Only words are decoded: the keys of @names, #tags and numbers are the folded text as written.
  for (const t of text.tokens) if (!t.plain && t.kind === 'word' && ROOT_WATCH.test(t.key)) return true;
  return false;
}

/** The fast path: word-list lookups on the normalised tokens. */
export function wordListHits(text: NormalisedText): Hit[] {
  const hits: Hit[] = [];
  // The folded text has the roots too unless some word was decoded ("sh1thead").
  // (Whether it has one was found while it was scanned: one regex pass per comment less.)
  const checkRoots = text.decoded ? rootsInKeys(text) : text.rootInFolded;
  // Elongated ("fuuuck") and masked ("f*ck") words make a comment decoded.
  if (!checkRoots && !text.decoded && (anchorMask(text) & LISTED) === 0) return hits;
  const anchors = tokenAnchors(text);
  for (let i = 0; i < text.tokens.length; i++) {
    const token = text.tokens[i]!;
    // Most tokens: not on the list, not elongated, not masked, no root in the comment.
    if ((anchors[i]! & LISTED) === 0 && !checkRoots && token.squeezed === null && !token.masked) continue;
    // The index looked every key up in the list already (a #tag's word after the sign too).
    const found = profaneWordOf(token, checkRoots, (anchors[i]! & LISTED) !== 0, text.folded);
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
  return hits;
}

function overlapsAny(hits: readonly Hit[], span: Span): boolean {
  for (const h of hits) if (h.span.start < span.end && span.start < h.span.end) return true;
  return false;
}

export function detectProfanity(text: NormalisedText): Flag[] {
  const hits = wordListHits(text);
  // Only a decoded comment has disguised words.
  if (text.decoded) for (const token of text.tokens) {
    if (!token.disguised) continue;
    const span = toOriginalSpan(text, token.start, token.end);
    if (overlapsAny(hits, span)) continue;
    if (circumventionFinds(text.original.slice(span.start, span.end))) {
      hits.push({ span, severity: 'medium', confidence: 0.8, reason: 'disguised swearing' });
    }
  }
  return combineHits('profanity', hits);
}

const circumventionCache = new Map<string, Span[]>();
// Separators of spaced-out letters ("a s s h o l e", "f.u.c.k"), taken out
// before matching a disguised word.
const SPACING = /[\s._\-,~/\\]+/g;

/** The slow path's verdict on one disguised word as written. */
export function circumventionFinds(word: string): boolean {
  return circumventionMatches(word.replace(SPACING, '')).length > 0;
}

/**
 * The slow path: obscenity's matcher over a text, which knows look-alike
 * tricks the normaliser does not. The detector runs it only on single words
 * the normaliser found disguised, so its substring matching ("cockpit")
 * never sees plain words; results are cached per word.
 */
export function circumventionMatches(text: string): Span[] {
  const cached = circumventionCache.get(text);
  if (cached) return cached;
  const spans = obscenity().getAllMatches(text).map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }));
  if (circumventionCache.size > 5_000) circumventionCache.clear();
  circumventionCache.set(text, spans);
  return spans;
}
