import type { NormalisedText } from '../normalise/tokenise';

/**
 * One index for the cheap gates of every detector. Each detector registers
 * its anchor words as a group and gets a bit; a comment's anchor mask (one
 * Map lookup per token, computed once per comment and shared by all
 * detectors) says which groups have a word in the comment. A detector whose
 * every rule needs one of its anchors skips its regexes when its bit is off,
 * which is what most comments do.
 */
interface Group { words: readonly string[]; suffixes: readonly string[] }

const groups: Group[] = [];
let index: AnchorTable | null = null;
let suffixBits: { suffix: string; bit: number }[] = [];

/**
 * Open-addressing hash table from word to group bits, probed with a hash of
 * the token's characters: no string hashing by the engine and a table small
 * enough to stay in cache, which matters since every token is looked up.
 */
interface AnchorTable { slots: Int32Array; words: string[]; masks: number[]; sizeMask: number }

function hashOf(key: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameWord(word: string, key: string, from: number): boolean {
  if (word.length !== key.length - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== key.charCodeAt(from + i)) return false;
  return true;
}

function lookup(table: AnchorTable, key: string, from: number): number {
  return lookupHashed(table, key, from, hashOf(key, from));
}

function lookupHashed(table: AnchorTable, key: string, from: number, hash: number): number {
  let slot = hash & table.sizeMask;
  for (let entry = table.slots[slot]!; entry !== 0; entry = table.slots[slot]!) {
    if (sameWord(table.words[entry - 1]!, key, from)) return table.masks[entry - 1]!;
    slot = (slot + 1) & table.sizeMask;
  }
  return 0;
}

/** Registers a group of anchor words (and word endings, like "tard"); returns its bit. */
export function anchorGroup(words: Iterable<string>, suffixes: readonly string[] = []): number {
  if (groups.length >= 30) throw new Error('too many anchor groups');
  groups.push({ words: [...words], suffixes });
  index = null;
  return 1 << (groups.length - 1);
}

function build(): AnchorTable {
  const byWord = new Map<string, number>();
  suffixBits = [];
  groups.forEach((g, i) => {
    const bit = 1 << i;
    for (const w of g.words) byWord.set(w, (byWord.get(w) ?? 0) | bit);
    for (const suffix of g.suffixes) suffixBits.push({ suffix, bit });
  });
  let size = 16;
  while (size < byWord.size * 4) size *= 2;
  const table: AnchorTable = { slots: new Int32Array(size), words: [], masks: [], sizeMask: size - 1 };
  for (const [word, mask] of byWord) {
    table.words.push(word);
    table.masks.push(mask);
    let slot = hashOf(word, 0) & table.sizeMask;
    while (table.slots[slot] !== 0) slot = (slot + 1) & table.sizeMask;
    table.slots[slot] = table.words.length;
  }
  return table;
}

/** Anchor groups of one token: its key, and for #tags and @names the word after the sign. */
function tokenMask(table: AnchorTable, key: string, kind: string, hash: number): number {
  let mask = lookupHashed(table, key, 0, hash);
  if (kind === 'hashtag' || kind === 'mention') mask |= lookup(table, key, 1);
  for (let i = 0; i < suffixBits.length; i++) if (key.endsWith(suffixBits[i]!.suffix)) mask |= suffixBits[i]!.bit;
  return mask;
}

function computeAnchors(text: NormalisedText): void {
  const table = (index ??= build());
  const tokens = text.tokens;
  const perToken = new Int32Array(tokens.length);
  const hashes = new Int32Array(tokens.length);
  let mask = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hash = hashOf(t.key, 0);
    hashes[i] = hash;
    if (t.kind === 'break') continue;
    const m = tokenMask(table, t.key, t.kind, hash);
    perToken[i] = m;
    mask |= m;
  }
  text.tokenAnchors = perToken;
  text.tokenHashes = hashes;
  text.anchorMask = mask;
}

/** Bitmask of the anchor groups present in the comment (computed once per comment). */
export function anchorMask(text: NormalisedText): number {
  if (text.anchorMask < 0) computeAnchors(text);
  return text.anchorMask;
}

/** A hash of each token's key: equal keys have equal hashes, so repeats can be found comparing numbers. */
export function tokenHashes(text: NormalisedText): Int32Array {
  if (text.anchorMask < 0 || text.tokenHashes === null) computeAnchors(text);
  return text.tokenHashes!;
}

/** Anchor groups of each token, so detectors test a bit instead of looking words up again. */
export function tokenAnchors(text: NormalisedText): Int32Array {
  if (text.anchorMask < 0 || text.tokenAnchors === null) computeAnchors(text);
  return text.tokenAnchors!;
}

/** Words of a list (phrases split into words), for anchor sets. */
export function wordsOf(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.split(' '));
}
