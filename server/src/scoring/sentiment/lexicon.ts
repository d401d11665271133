import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AFINN_ONLY_SCALE, VADER_SHARE, VADER_TO_AFINN } from './constants';
import { EMOJI_ADDITIONS, EMOTICON_ADDITIONS, IDIOMS, SLANG } from './curated-lexicon';

/**
 * The merged lexicon, built once at module load. Sources, all read from
 * installed npm packages at run time (nothing copied into the repo):
 * - AFINN-165 from `sentiment` (MIT package; the base list, -5..5);
 * - VADER's lexicon from `vader-sentiment` (MIT/Apache-2.0; crowd-rated, -4..4,
 *   includes emoticons), blended in where present;
 * - the emoji ratings shipped by `sentiment`;
 * - our hand-curated slang, idioms, emoticons and emoji.
 */
export interface Idiom {
  /** The words after the first one. */
  readonly rest: readonly string[];
  readonly phrase: string;
  readonly weight: number;
}

export interface Lexicon {
  /** Single lower-case words. */
  readonly words: ReadonlyMap<string, number>;
  /** Multi-word expressions, keyed by their first word, longest first. */
  readonly idioms: ReadonlyMap<string, readonly Idiom[]>;
  /** Emoticons, case-sensitive (":D" and ":d" both listed where they differ). */
  readonly emoticons: ReadonlyMap<string, number>;
  readonly emoticonMaxLength: number;
  /** First UTF-16 code units of all emoticons (both cases). */
  readonly emoticonStarts: ReadonlySet<number>;
  /** Emoji keyed by their base code points (no variation selector or skin tone). */
  readonly emoji: ReadonlyMap<string, number>;
  /** Which optional sources were found, for the version string. */
  readonly sources: readonly string[];
}

const require = createRequire(import.meta.url);

function loadJson(id: string): Record<string, number> | undefined {
  try {
    return require(id) as Record<string, number>;
  } catch {
    return undefined;
  }
}

function loadVader(): Map<string, number> | undefined {
  try {
    const text = readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8');
    const out = new Map<string, number>();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const rating = Number(line.slice(tab + 1, line.indexOf('\t', tab + 1)));
      if (Number.isFinite(rating)) out.set(line.slice(0, tab), rating * VADER_TO_AFINN);
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Words that carry no sentiment in most uses, or that the rules handle in context. */
// "like" and "well" are mostly prepositions/discourse markers and "kind" mostly
// "kind of" (the rules rate them in context); "no" is a negator; "please",
// "want", "help" and "matter" are requests or function words far more often
// than evaluations in comments.
const CONTEXTUAL = new Set(['like', 'no', 'kind', 'well', 'please', 'want', 'help', 'matter', 'share']);

function isEmoticon(key: string): boolean {
  // Anything with a symbol that is not a plain or hyphenated word, and not starting with a digit.
  if (key.length < 2 || key.includes(' ') || (key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57)) return false;
  return !/^[a-z][a-z'-]*[a-z]$/i.test(key) && /[^a-z0-9]/i.test(key);
}

function addIdiom(idioms: Map<string, Idiom[]>, phrase: string, weight: number): void {
  const parts = phrase.split(/\s+/).filter(Boolean);
  const first = parts[0];
  if (first === undefined || parts.length < 2) return;
  const list = idioms.get(first) ?? [];
  const existing = list.findIndex((i) => i.phrase === parts.join(' '));
  const idiom = { rest: parts.slice(1), phrase: parts.join(' '), weight };
  if (existing >= 0) list[existing] = idiom;
  else list.push(idiom);
  list.sort((a, b) => b.rest.length - a.rest.length);
  idioms.set(first, list);
}

export function stripEmojiModifiers(cluster: string): string {
  let out = '';
  for (const ch of cluster) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    out += ch;
  }
  return out;
}

function build(): Lexicon {
  const sources = ['afinn165'];
  const afinn = loadJson('sentiment/languages/en/labels.json') ?? {};
  const vader = loadVader();
  if (vader) sources.push('vader');
  const words = new Map<string, number>();
  const idioms = new Map<string, Idiom[]>();
  const emoticons = new Map<string, number>();

  for (const [key, weight] of Object.entries(afinn)) {
    if (key.includes(' ')) addIdiom(idioms, key, weight);
    else words.set(key, weight);
  }
  const vaderRated = new Set<string>();
  if (vader) {
    for (const [key, weight] of vader) {
      if (isEmoticon(key)) {
        emoticons.set(key, weight);
      } else if (key.includes(' ')) {
        addIdiom(idioms, key, weight);
      } else {
        const base = words.get(key);
        // Blend where both rate the word: VADER's ratings are means of ten raters.
        words.set(key, base === undefined ? weight : VADER_SHARE * weight + (1 - VADER_SHARE) * base);
        vaderRated.add(key);
      }
    }
    for (const [key, weight] of words) if (!vaderRated.has(key)) words.set(key, weight * AFINN_ONLY_SCALE);
  }
  for (const [key, weight] of Object.entries(SLANG)) words.set(key, weight);
  for (const key of CONTEXTUAL) words.delete(key);
  for (const [phrase, weight] of Object.entries(IDIOMS)) {
    if (phrase.includes(' ')) addIdiom(idioms, phrase, weight);
    else words.set(phrase, weight);
  }
  for (const [key, weight] of Object.entries(EMOTICON_ADDITIONS)) emoticons.set(key, weight);
  let emoticonMaxLength = 0;
  const emoticonStarts = new Set<number>();
  for (const key of emoticons.keys()) {
    emoticonMaxLength = Math.max(emoticonMaxLength, key.length);
    emoticonStarts.add(key.charCodeAt(0));
    emoticonStarts.add(key.toUpperCase().charCodeAt(0));
  }

  const emoji = new Map<string, number>();
  const emojiData = loadJson('sentiment/build/emoji.json');
  if (emojiData) {
    sources.push('emoji-sentiment');
    for (const [key, weight] of Object.entries(emojiData)) emoji.set(stripEmojiModifiers(key), weight);
  }
  for (const [key, weight] of Object.entries(EMOJI_ADDITIONS)) emoji.set(stripEmojiModifiers(key), weight);

  return { words, idioms, emoticons, emoticonMaxLength, emoticonStarts, emoji, sources };
}

export const LEXICON: Lexicon = build();
