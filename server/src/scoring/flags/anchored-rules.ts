import type { NormalisedText } from '../normalise/tokenise';
import { anchorGroup, anchorMask, tokenAnchors } from './anchor-index';
import { collectHitsNear, type CanonicalHit } from './make-flag';
import { type PhraseSet, someTokenMatchesInPart } from './phrase-set';

export type HitInfo = Omit<CanonicalHit, 'start' | 'end'>;

/** A phrase rule run over the canonical text (regex flags `gd`). */
export interface AnchoredRule {
  re: RegExp;
  /**
   * Word lists: the rule runs only when the comment has a word of every list,
   * and only near words of the first, so every match must contain one of those.
   */
  needs: readonly (readonly string[])[];
  /**
   * More word lists every match has a whole token from, which (unlike
   * `needs`) count only while every token is one word to the regex.
   */
  alsoNeeds?: readonly (readonly string[])[];
  /** `re` as a set of phrases, each looked for only where it can match (`re` is its combined regex). */
  phrases?: PhraseSet;
  make: (m: RegExpExecArray) => HitInfo | null;
}

export interface RuleSet {
  /** The one anchor-index bit of all the rules' words. */
  readonly bit: number;
  run(text: NormalisedText): CanonicalHit[];
}

/** `needs`: every list's bit; `near`: the first list's bit, whose words every match contains; `also`: the `alsoNeeds` bits. */
interface CompiledRule { rule: AnchoredRule; needs: number; near: number; also: number }

// Per-token list bits of the comment being scored, reused between comments
// (scoring is synchronous) so a detector allocates nothing per comment.
let localBits: number[] = [];

/**
 * Compiles a detector's phrase rules under a single anchor-index group, so
 * detectors with many rules do not use up the index's 30 groups: the global
 * bit gates the detector, then a word-to-lists map, looked up only for the
 * tokens that carry the bit, says which rules can match and where.
 */
export function compileRules(rules: readonly AnchoredRule[]): RuleSet {
  const listBits = new Map<string, number>();
  const wordBits = new Map<string, number>();
  const needsWords = new Set<string>();
  const alsoWords = new Set<string>();
  const bitOf = (words: readonly string[], into: Set<string>) => {
    const key = [...words].sort().join(' ');
    let bit = listBits.get(key);
    if (bit === undefined) {
      if (listBits.size >= 31) throw new Error('too many anchor word lists in one rule set');
      bit = 1 << listBits.size;
      listBits.set(key, bit);
    }
    for (const w of words) {
      wordBits.set(w, (wordBits.get(w) ?? 0) | bit);
      into.add(w);
    }
    return bit;
  };
  const compiled: CompiledRule[] = rules.map((rule) => {
    const bits = rule.needs.map((words) => bitOf(words, needsWords));
    const also = (rule.alsoNeeds ?? []).map((words) => bitOf(words, alsoWords)).reduce((a, b) => a | b, 0);
    return { rule, needs: bits.reduce((a, b) => a | b, 0), near: bits[0]!, also };
  });
  const bit = anchorGroup(needsWords);
  // The `alsoNeeds` words get a group of their own, so that they do not
  // open the gate of the whole rule set.
  const alsoBit = alsoWords.size > 0 ? anchorGroup(alsoWords) : 0;

  return {
    bit,
    run(text) {
      if ((anchorMask(text) & bit) === 0) return [];
      const global = tokenAnchors(text);
      const tokens = text.tokens;
      if (localBits.length < tokens.length) localBits = new Array<number>(tokens.length).fill(0);
      let present = 0;
      for (let i = 0; i < tokens.length; i++) {
        let m = 0;
        if ((global[i]! & (bit | alsoBit)) !== 0) {
          const t = tokens[i]!;
          m = wordBits.get(t.key) ?? 0;
          // As the anchor index does: #tags and @names also count as the word after the sign.
          if (t.kind === 'hashtag' || t.kind === 'mention') m |= wordBits.get(t.key.slice(1)) ?? 0;
        }
        localBits[i] = m;
        present |= m;
      }
      const hits: CanonicalHit[] = [];
      let inPart: boolean | null = null;
      for (const { rule, needs, near, also } of compiled) {
        if ((present & needs) !== needs) continue;
        if ((present & also) !== also && !(inPart ??= someTokenMatchesInPart(text))) continue;
        const re = rule.phrases ? rule.phrases.matcher(text) : rule.re;
        if (re === null) continue;
        for (const h of collectHitsNear(re, text, localBits, near, rule.make)) hits.push(h);
      }
      return hits;
    },
  };
}

/** Words of a regex alternation like "(?:kill|put down)", for anchor lists. */
export function wordsIn(alternation: string): string[] {
  return alternation.replace(/[()?:]/g, '').split('|').flatMap((w) => w.split(' ')).filter((w) => w !== '');
}
