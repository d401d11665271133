// Features of a comment's shape rather than its words: how many people it
// addresses, how much of it is shouted, emoji, exclamation, length, and
// whether it speaks to "you". Abuse is usually aimed at someone ("@user you
// are ..."), so "you" is also crossed with each rule flag and sentiment label:
// "you" + negative is a different thing from either alone.
import { FeatureKind, type FeatureVector } from './feature-vector';
import { USER_TOKEN } from './normalise-text';

const FNV_PRIME = 0x01000193;
function hashName(seed: number, name: string): number {
  let h = seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}

const SHAPE_SEED = 0x5a17e;
const CROSS_SEED = 0xc4055;
const SECOND_PERSON = new Set(['you', 'your', 'youre', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall', 'thou']);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Every shape feature's name, hashed once at load (naming stays free). */
const NAMES = [
  'shape:users=0', 'shape:users=1', 'shape:users=2', 'shape:users=3+',
  'shape:caps=some', 'shape:caps=most', 'shape:emoji', 'shape:exclaim',
  'shape:length=short', 'shape:length=medium', 'shape:length=long', 'shape:you',
] as const;
type ShapeName = (typeof NAMES)[number];
const HASH = new Map<string, number>(NAMES.map((n) => [n, hashName(SHAPE_SEED, n)]));

/** Hash of "you×<extra name>", the cross of second person with a rule feature. */
export function crossHash(extraName: string): number {
  return hashName(CROSS_SEED, extraName);
}

function push(out: FeatureVector, name: ShapeName, value: number): void {
  out.push(HASH.get(name) ?? 0, value, FeatureKind.shape, out.shapeNames.length);
  out.shapeNames.push(name);
}

/** Upper-case share of the ASCII letters (0 when there are fewer than 4). */
function capsRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      upper++;
      letters++;
    } else if (c >= 0x61 && c <= 0x7a) letters++;
  }
  // "USER" in OLID's "@USER" placeholders is not shouting.
  return letters < 4 ? 0 : upper / letters;
}

/**
 * Appends the shape features of `text` (already tokenised into out.tokens)
 * with value `scale` each. Returns whether the comment addresses "you".
 */
export function pushShapeFeatures(text: string, out: FeatureVector, scale: number): boolean {
  if (scale === 0) return false;
  const tokens = out.tokens;
  let users = 0;
  let you = false;
  let emoji = false;
  for (const token of tokens) {
    if (token === USER_TOKEN) users++;
    else if (SECOND_PERSON.has(token)) you = true;
    else if (!emoji && token.charCodeAt(0) >= 0x2000 && PICTOGRAPHIC.test(token)) emoji = true;
  }
  push(out, users === 0 ? 'shape:users=0' : users === 1 ? 'shape:users=1' : users === 2 ? 'shape:users=2' : 'shape:users=3+', scale);
  const caps = capsRatio(users > 0 ? text.replaceAll('@USER', '') : text);
  if (caps >= 0.6) push(out, 'shape:caps=most', scale);
  else if (caps >= 0.25) push(out, 'shape:caps=some', scale);
  if (emoji) push(out, 'shape:emoji', scale);
  if (text.includes('!!')) push(out, 'shape:exclaim', scale);
  const words = tokens.length - users;
  push(out, words <= 8 ? 'shape:length=short' : words <= 25 ? 'shape:length=medium' : 'shape:length=long', scale);
  if (you) push(out, 'shape:you', scale);
  return you;
}
