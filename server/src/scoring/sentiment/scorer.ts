import {
  BOOSTER_DISTANCE_DECAY,
  BOOSTER_STEP,
  CAPS_STEP,
  ELONGATION_STEP,
  NEGATED_NEGATIVE_SCALAR,
  NEGATION_SCALAR,
  NEGATION_SCOPE_WORDS,
  QUESTION_SCALE,
} from './constants';
import { type ContrastMark, applyContrast } from './contrast';
import { mayMatchIdiom, mayStartIdiom, matchIdiom } from './idiom-match';
import { LEXICON } from './lexicon';
import {
  CONCESSION,
  CONTRAST,
  DISCOURSE,
  FREQUENCY_NEGATORS,
  INTERJECTIONS,
  PAIR_FIRST,
  SUPERLATIVE_DEGREE,
  boosterDirection,
  boosterPair,
  isNegatorWord,
  modifierKinds,
} from './modifiers';
import { TokenKind } from './token';
import type { TokenizedText } from './tokenizer';
import { type Overrides, mayHaveValence } from './word-valence';
import { type Walk, closeNegation, valenceAt } from './walk';

/** One scored unit (word, idiom, emoticon, emoji) before contrast weighting. */
export interface Item {
  weight: number;
  start: number;
  end: number;
  /** Index of the (first) token, to order items against contrast words. */
  token: number;
  sentence: number;
  notes: string[];
}

interface PendingBooster {
  word: string;
  direction: number;
  /** Word index where it ended. */
  at: number;
}

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

function isSentenceEnd(p: string): boolean {
  return p === '.' || p === '!' || p === '?';
}

/** Walks the tokens once, applying negation scope, boosters, caps and elongation. */
export function scoreTokens(text: TokenizedText, overrides: Overrides | undefined): { items: Item[]; marks: ContrastMark[] } {
  const { tokens } = text;
  const shouting = text.capsWordCount > 0 && text.capsWordCount >= text.wordCount;
  const items: Item[] = [];
  const marks: ContrastMark[] = [];
  let sentence = 0;
  let wordIndex = 0;
  let sentenceStart = true;
  let boosters: PendingBooster[] = [];
  let concessiveSeen = false;
  const w: Walk = { tokens, overrides, items, negationLeft: 0, negator: undefined, evenAt: -1, even: undefined, oddAt: -1, odd: undefined };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === TokenKind.Punct) {
      closeNegation(w);
      if (boosters.length > 0) boosters = [];
      // Only a concessive clause looks for where it ends: boundaries before the first one are never read.
      if (concessiveSeen) marks.push({ kind: 'boundary', token: i, sentence });
      if (token.lower === '?') {
        for (let k = items.length - 1; k >= 0 && items[k]!.sentence === sentence; k--) {
          items[k]!.weight *= QUESTION_SCALE;
          items[k]!.notes.push('hedged by a question');
        }
      }
      if (isSentenceEnd(token.lower)) {
        sentence++;
        sentenceStart = true;
      }
      continue;
    }
    if (token.kind === TokenKind.Emoticon || token.kind === TokenKind.Emoji) {
      closeNegation(w);
      const map = token.kind === TokenKind.Emoticon ? LEXICON.emoticons : LEXICON.emoji;
      const weight = overrides?.words.get(token.lower) ?? map.get(token.lower) ?? map.get(token.lower.toLowerCase());
      if (weight) items.push({ weight, start: token.start, end: token.end, token: i, sentence, notes: [] });
      continue;
    }

    wordIndex++;
    const wasSentenceStart = sentenceStart;
    sentenceStart = false;
    if (w.negationLeft > 0 && --w.negationLeft === 0) closeNegation(w);
    // Most words are no modifier: one filter test says so, and their
    // lower-case string is then never made. Modifiers get all their sets
    // from one table lookup.
    const kinds = modifierKinds(token);
    // A word that is no modifier or negator, starts no idiom and has no
    // valence (most words, known from the hash) changes nothing below.
    if (kinds === 0 && !token.endsInNt && !mayMatchIdiom(tokens, i, overrides) && !mayHaveValence(token, overrides)) continue;

    if ((kinds & CONTRAST) !== 0 && tokens[i + 1]?.lower !== 'also') {
      marks.push({ kind: 'but', token: i, sentence, word: token.text });
      closeNegation(w);
      continue;
    }
    if ((kinds & CONCESSION) !== 0) {
      marks.push({ kind: 'concessive', token: i, sentence, word: token.text });
      concessiveSeen = true;
      closeNegation(w);
      continue;
    }
    if (wasSentenceStart && (kinds & DISCOURSE) !== 0) {
      marks.push({ kind: 'discourse', token: i, sentence, word: token.text });
      continue;
    }

    const next = tokens[i + 1];
    const pair = next !== undefined && next.kind === TokenKind.Word && (kinds & PAIR_FIRST) !== 0 ? boosterPair(token, next) : undefined;
    if (pair !== undefined) {
      boosters.push({ word: `${token.text} ${next!.text}`, direction: pair, at: wordIndex + 1 });
      wordIndex++;
      i++;
      continue;
    }

    let weight: number;
    let end = token.end;
    let elongated = false;
    const first = i;
    const idiom = matchIdiom(tokens, i, overrides);
    if (idiom !== undefined) {
      weight = idiom.weight;
      end = tokens[i + idiom.length - 1]!.end;
      i += idiom.length - 1;
      wordIndex += idiom.length - 1;
      if (weight === 0) continue;
    } else {
      if (isNegatorWord(token, kinds)) {
        closeNegation(w);
        w.negationLeft = NEGATION_SCOPE_WORDS + 1;
        w.negator = { token, index: i, sentence, negatedSomething: false };
        continue;
      }
      const direction = boosterDirection(kinds);
      if (direction !== undefined && next !== undefined && next.kind === TokenKind.Word) {
        // A booster that is also a sentiment word ("super", "damn") only modifies
        // when a sentiment word or another modifier follows.
        const nextIsModified =
          boosterDirection(modifierKinds(next)) !== undefined || valenceAt(w, i + 1) !== undefined || (mayStartIdiom(next) && LEXICON.idioms.has(next.lower));
        if (nextIsModified || valenceAt(w, i) === undefined) {
          boosters.push({ word: token.text, direction, at: wordIndex });
          continue;
        }
      }
      const valence = valenceAt(w, i);
      if (valence === undefined || valence.weight === 0) continue;
      weight = valence.weight;
      elongated = valence.elongated;
    }

    const notes: string[] = [];
    const s = sign(weight);
    if (token.caps && !shouting) {
      weight += s * CAPS_STEP;
      notes.push('emphasised by capitals');
    }
    if (elongated) {
      weight += s * ELONGATION_STEP;
      notes.push('stretched for emphasis');
    }
    let negated = w.negationLeft > 0 && w.negator !== undefined;
    if (negated && INTERJECTIONS.has(token.lower)) {
      closeNegation(w);
      negated = false;
    }
    if (negated && FREQUENCY_NEGATORS.has(w.negator!.token.lower) && boosters.some((b) => SUPERLATIVE_DEGREE.has(b.word.toLowerCase()))) {
      // "never so happy": the negator now reads as "more than ever".
      notes.push(`intensified by '${w.negator!.token.text}'`);
      weight += s * BOOSTER_STEP;
      w.negator!.negatedSomething = true;
      negated = false;
    }
    for (const booster of boosters) {
      const distance = wordIndex - booster.at;
      if (distance < 1 || distance > 3) continue;
      if (negated) {
        notes.push(`'${booster.word}' ignored under negation`);
        continue;
      }
      weight += s * booster.direction * BOOSTER_STEP * BOOSTER_DISTANCE_DECAY ** (distance - 1);
      notes.push(`${booster.direction > 0 ? 'intensified' : 'dampened'} by '${booster.word}'`);
    }
    if (boosters.length > 0) boosters = [];
    if (negated) {
      weight *= weight > 0 ? NEGATION_SCALAR : NEGATED_NEGATIVE_SCALAR;
      notes.push(`negated by '${w.negator!.token.text}'`);
      w.negator!.negatedSomething = true;
    }
    items.push({ weight, start: token.start, end, token: first, sentence, notes });
  }
  closeNegation(w);
  applyContrast(items, marks);
  return { items, marks };
}
