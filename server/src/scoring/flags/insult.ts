import type { Flag, Severity, Span } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { canonicalSpan, tokensSpan } from '../normalise/tokenise';
import { anchorGroup, anchorMask, anchorTest, tokenAnchors } from './anchor-index';
import { collectHitsNear, combineHits } from './make-flag';
import { isInsultingCompound, mayBeInsultingCompound } from './insult-compounds';
import { PHRASE_ANCHORS, PHRASE_SET } from './insult-phrases';
import { alsoDescriptive, alwaysInsulting, insultFillers, insultTargets, nameCalling, personWords } from './insult-words';

// Word rules run over tokens (one Map lookup per token, no regexes): an
// insult word, then a look back over a few filler words ("are a total") for
// a target (the reader, a mentioned user, a person or a group). Phrase rules
// run as one regex over the canonical text, only when an anchor word is there.

const plurals = (w: string) => [w, `${w}s`, `${w}es`];
/** Every word the token rules look at, plural forms included, mapped to its base. */
const INSULT_BASE = new Map<string, string>();
for (const w of [...nameCalling, ...personWords, ...alsoDescriptive]) for (const f of plurals(w)) if (!INSULT_BASE.has(f)) INSULT_BASE.set(f, w);
for (const w of [...nameCalling, ...personWords, ...alsoDescriptive]) INSULT_BASE.set(w, w);
const NAME_CALLING = new Set<string>(nameCalling.flatMap(plurals));
const PERSON_WORDS = new Set<string>(personWords.flatMap((w) => [w, `${w}s`]));
const FILLERS = new Set<string>(insultFillers);
const COPULAS = new Set(['is', 'are', 'was', 'r', 'were', 'hes', 'shes', 'theyre', 'youre']);
const SINGLE_TARGETS = new Set<string>(insultTargets.filter((t) => !t.includes(' ')));
const PAIR_TARGETS = new Set<string>(insultTargets.filter((t) => t.split(' ').length === 2));
const TRIPLE_TARGETS = new Set<string>(insultTargets.filter((t) => t.split(' ').length === 3));
// Words of the two- and three-word targets by place, so that the look-back
// joins tokens into a phrase only when the phrase may be one.
const wordAt = (phrases: Set<string>, at: number) => new Set([...phrases].map((t) => t.split(' ')[at]!));
const PAIR_FIRST = wordAt(PAIR_TARGETS, 0);
const PAIR_LAST = wordAt(PAIR_TARGETS, 1);
const TRIPLE_LAST = wordAt(TRIPLE_TARGETS, 2);
const LIKE_TARGETS = new Set(['you', 'u', 'him', 'her', 'them', 'yourself']);
const ADDRESSEE = new Set(['you', 'u', 'your', 'ur', 'youre', 'yourself', 'yall', 'ya']);
const MAX_FILLERS = 4;
const INSULT_WORD = anchorGroup(INSULT_BASE.keys());
// A plain word's ending is read in the folded text: most words are ruled out before their key is made.
const COMPOUND = anchorTest((t, folded) =>
  t.kind === 'word' && (!t.plain || mayBeInsultingCompound(folded, t.start, t.end)) && isInsultingCompound(t.key));

interface Hit { span: Span; severity: Severity; confidence: number; reason: string }

function isAddressed(text: NormalisedText): boolean {
  for (const t of text.tokens) if (t.kind === 'mention' || ADDRESSEE.has(t.key)) return true;
  return false;
}

/** A target ending at token `j` ("you", "@user", "this guy", "people like you"). */
function targetEndsAt(text: NormalisedText, j: number): boolean {
  const t = text.tokens[j];
  if (!t) return false;
  if (t.kind === 'mention' || SINGLE_TARGETS.has(t.key)) return true;
  const p = text.tokens[j - 1];
  if (!p) return false;
  if (PAIR_LAST.has(t.key) && PAIR_FIRST.has(p.key) && PAIR_TARGETS.has(`${p.key} ${t.key}`)) return true;
  const q = text.tokens[j - 2];
  return q !== undefined && TRIPLE_LAST.has(t.key) && TRIPLE_TARGETS.has(`${q.key} ${p.key} ${t.key}`);
}

/** How the insult word at token `i` is aimed: at a target, after a copula, or not at all. */
function aim(text: NormalisedText, i: number): 'target' | 'copula' | null {
  let copula = false;
  for (let j = i - 1, skipped = 0; j >= 0 && skipped <= MAX_FILLERS; j--, skipped++) {
    if (targetEndsAt(text, j)) return 'target';
    const key = text.tokens[j]!.key;
    if (!FILLERS.has(key)) break;
    if (COPULAS.has(key) && skipped <= 3) copula = true;
  }
  return copula ? 'copula' : null;
}

function wordHits(text: NormalisedText, hits: Hit[]): void {
  const tokens = text.tokens;
  const anchors = tokenAnchors(text);
  let addressed: boolean | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const bits = anchors[i]!;
    if ((bits & (INSULT_WORD | COMPOUND)) === 0 || t.kind !== 'word') continue;
    const base = (bits & INSULT_WORD) !== 0 ? INSULT_BASE.get(t.key) : undefined;
    const compound = base === undefined && (bits & COMPOUND) !== 0;
    if (base === undefined && !compound) continue;
    const span = tokensSpan(text, i, i);
    const how = aim(text, i);
    const next = tokens[i + 1];
    const likeYou = next?.key === 'like' && LIKE_TARGETS.has(tokens[i + 2]?.key ?? '');
    if (compound) {
      hits.push({ span, severity: 'medium', confidence: how ? 0.9 : 0.8, reason: 'insulting word' });
    } else if ((how === 'target' || likeYou) && (NAME_CALLING.has(t.key) || PERSON_WORDS.has(t.key))) {
      hits.push({ span, severity: 'medium', confidence: 0.9, reason: 'insult aimed at a person' });
    } else if (how === 'copula' && PERSON_WORDS.has(t.key)) {
      hits.push({ span, severity: 'medium', confidence: 0.8, reason: 'calls someone names' });
    } else if (!alsoDescriptive.has(base!) && NAME_CALLING.has(t.key) && !alsoDescriptive.has(t.key)) {
      hits.push(alwaysInsulting.has(t.key) || alwaysInsulting.has(base!)
        ? { span, severity: 'medium', confidence: 0.75, reason: 'insulting word' }
        : { span, severity: 'low', confidence: 0.55, reason: 'insulting word' });
    } else if (alsoDescriptive.has(t.key) && (addressed ??= isAddressed(text))) {
      // In a reply, a put-down like "pathetic" or "clown" is most likely aimed at the person replied to.
      hits.push({ span, severity: 'low', confidence: 0.45, reason: 'put-down in a reply' });
    }
  }
}

// Gestures and mockery written as emoji: the middle finger, and a clown
// aimed at someone in a reply.
const MIDDLE_FINGER = '\u{1F595}';
const CLOWN = '\u{1F921}';
function emojiHits(text: NormalisedText, hits: Hit[]): void {
  const s = text.original;
  const finger = s.indexOf(MIDDLE_FINGER);
  if (finger >= 0) hits.push({ span: { start: finger, end: finger + 2 }, severity: 'medium', confidence: 0.85, reason: 'rude gesture' });
  const clown = s.indexOf(CLOWN);
  if (clown >= 0 && isAddressed(text)) hits.push({ span: { start: clown, end: clown + 2 }, severity: 'low', confidence: 0.45, reason: 'put-down in a reply' });
}

export function detectInsult(text: NormalisedText): Flag[] {
  const hits: Hit[] = [];
  const mask = anchorMask(text);
  if (mask & (INSULT_WORD | COMPOUND)) wordHits(text, hits);
  const phrases = (mask & PHRASE_ANCHORS) !== 0 ? PHRASE_SET.matcher(text) : null;
  if (phrases !== null) {
    const found = collectHitsNear(phrases, text, tokenAnchors(text), PHRASE_ANCHORS, () => ({ severity: 'medium', confidence: 0.85, reason: 'hostile phrase' }));
    for (const h of found) hits.push({ span: canonicalSpan(text, h.start, h.end), severity: h.severity, confidence: h.confidence, reason: h.reason });
  }
  // Emoji are not tokens; only comments with non-ASCII characters can have them.
  if (text.nonAscii) emojiHits(text, hits);
  return combineHits('insult', hits);
}
