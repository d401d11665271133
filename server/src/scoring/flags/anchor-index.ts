import type { NormalisedText, Token } from '../normalise/tokenise';
import { keyHash } from '../normalise/key-hash';

/**
 * One index for the cheap gates of every detector. Each detector registers
 * its anchor words as a group and gets a bit; a comment's anchor mask (one
 * table lookup per token, computed once per comment and shared by all
 * detectors) says which groups have a word in the comment. A detector whose
 * every rule needs one of its anchors skips its regexes when its bit is off,
 * which is what most comments do.
 */
/** A test of a word token; `folded` is the folded text its offsets are in. */
type AnchorTestFn = (token: Token, folded: string) => boolean;
interface Group { words: readonly string[]; test?: AnchorTestFn }
interface TokenTest { test: AnchorTestFn; bit: number }

const groups: Group[] = [];
let index: AnchorTable | null = null;
let tokenTests: TokenTest[] = [];

/**
 * Open-addressing hash table from word to group bits, probed with our own
 * hash of the token's characters (no string hashing by the engine), with a
 * small bit filter in front of it that turns down most tokens ("the", "you",
 * "is") after two bit tests.
 */
interface AnchorTable { slots: Int32Array; words: string[]; hashes: number[]; masks: number[]; sizeMask: number; filter: Uint32Array }

const FILTER_BITS = 1 << 16;
const FILTER_MASK = FILTER_BITS - 1;

// Two bit positions from the 30-bit hash: bits 0-15 and bits 14-29.
function mayHave(filter: Uint32Array, h: number): boolean {
  const a = h & FILTER_MASK;
  const b = (h >>> 14) & FILTER_MASK;
  return (filter[a >>> 5]! & (1 << (a & 31))) !== 0 && (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}

function sameWord(word: string, key: string, from: number): boolean {
  if (word.length !== key.length - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== key.charCodeAt(from + i)) return false;
  return true;
}

/** Group bits of the token's key from offset `from`, whose `keyHash` is h (the key is read only on a hash match). */
function lookup(table: AnchorTable, token: Token, from: number, h: number): number {
  if (!mayHave(table.filter, h)) return 0;
  let slot = h & table.sizeMask;
  for (let entry = table.slots[slot]!; entry !== 0; entry = table.slots[slot]!) {
    if (table.hashes[entry - 1] === h && sameWord(table.words[entry - 1]!, token.key, from)) return table.masks[entry - 1]!;
    slot = (slot + 1) & table.sizeMask;
  }
  return 0;
}

/** Registers a group of anchor words; returns its bit. */
export function anchorGroup(words: Iterable<string>): number {
  return addGroup({ words: [...words] });
}

/**
 * Registers a test run on every word token (keep it cheap): for anchors a word
 * list cannot name, like any insulting compound ("dumbfuck"). Returns its bit.
 */
export function anchorTest(test: AnchorTestFn): number {
  return addGroup({ words: [], test });
}

function addGroup(group: Group): number {
  if (groups.length >= 30) throw new Error('too many anchor groups');
  groups.push(group);
  index = null;
  return 1 << (groups.length - 1);
}

function build(): AnchorTable {
  const byWord = new Map<string, number>();
  tokenTests = [];
  groups.forEach((g, i) => {
    const bit = 1 << i;
    for (const w of g.words) byWord.set(w, (byWord.get(w) ?? 0) | bit);
    if (g.test) tokenTests.push({ test: g.test, bit });
  });
  let size = 16;
  while (size < byWord.size * 4) size *= 2;
  const table: AnchorTable = { slots: new Int32Array(size), words: [], hashes: [], masks: [], sizeMask: size - 1, filter: new Uint32Array(FILTER_BITS >>> 5) };
  for (const [word, mask] of byWord) {
    const h = keyHash(word, 0);
    for (const bit of [h & FILTER_MASK, (h >>> 14) & FILTER_MASK]) table.filter[bit >>> 5]! |= 1 << (bit & 31);
    table.words.push(word);
    table.hashes.push(h);
    table.masks.push(mask);
    let slot = h & table.sizeMask;
    while (table.slots[slot] !== 0) slot = (slot + 1) & table.sizeMask;
    table.slots[slot] = table.words.length;
  }
  return table;
}

/** Anchor groups of one token: its key, and for #tags and @names the word after the sign. */
function tokenMask(table: AnchorTable, token: Token, folded: string): number {
  // The scanner hashed the key already.
  let mask = lookup(table, token, 0, token.hash);
  if (token.kind === 'hashtag' || token.kind === 'mention') mask |= lookup(table, token, 1, token.keyHashFrom(1));
  // Tests are about words; @names, #tags and numbers skip them.
  if (token.kind === 'word') for (let i = 0; i < tokenTests.length; i++) if (tokenTests[i]!.test(token, folded)) mask |= tokenTests[i]!.bit;
  return mask;
}

function computeAnchors(text: NormalisedText): void {
  const table = (index ??= build());
  const tokens = text.tokens;
  const perToken = new Array<number>(tokens.length);
  let mask = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = t.kind === 'break' ? 0 : tokenMask(table, t, text.folded);
    perToken[i] = m;
    mask |= m;
  }
  text.tokenAnchors = perToken;
  text.anchorMask = mask;
}

/** Bitmask of the anchor groups present in the comment (computed once per comment). */
export function anchorMask(text: NormalisedText): number {
  if (text.anchorMask < 0) computeAnchors(text);
  return text.anchorMask;
}

/** Anchor groups of each token, so detectors test a bit instead of looking words up again. */
export function tokenAnchors(text: NormalisedText): readonly number[] {
  if (text.anchorMask < 0 || text.tokenAnchors === null) computeAnchors(text);
  return text.tokenAnchors!;
}

/** Words of a list (phrases split into words), for anchor sets. */
export function wordsOf(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.split(' '));
}
