import type { Flag, Span } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { combineHits, mergeSpans } from './make-flag';
import { anchorGroup, anchorMask, tokenAnchors } from './anchor-index';

// Spam is judged on the original text (links and handles are case- and
// punctuation-sensitive) from weighted signals; a comment is spam when the
// weights add up to 1. A lone link is not enough (people cite sources), a
// link plus a call to action is.
/**
 * A weighted signal. `anchors` are words one of which every match contains
 * (looked up per token through the shared anchor index), `chars` characters
 * one of which it contains; the regex runs only when one of them is there.
 */
interface Signal {
  re: RegExp; weight: number; reason: string;
  anchors?: string[]; chars?: string; gate?: (text: NormalisedText) => boolean; bit?: number;
}

const TLD_LIST = ['com', 'net', 'org', 'io', 'ly', 'gg', 'me', 'co', 'xyz', 'info', 'biz', 'tk', 'ru', 'online', 'site', 'shop', 'store', 'club', 'live', 'app', 'link', 'top', 'vip', 'cc', 'tv', 'us', 'uk'];
const TLD = `(?:${TLD_LIST.join('|')})`;
const TLDS = new Set(TLD_LIST);

// Top-level domains are anchor words too: most comments have none ("me" and
// "us" are the common ones), and then no token needs looking at.
const TLD_BIT = anchorGroup(TLD_LIST);

/** A top-level domain right after a dot ("example.com"). */
function hasDomain(text: NormalisedText): boolean {
  if ((anchorMask(text) & TLD_BIT) === 0) return false;
  const anchors = tokenAnchors(text);
  const tokens = text.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if ((anchors[i]! & TLD_BIT) === 0) continue;
    const t = tokens[i]!;
    if (t.start > 0 && text.folded.charCodeAt(t.start - 1) === 46 && TLDS.has(t.key)) return true;
  }
  return false;
}

const LONG_RUN = 10;

/**
 * A run of 10+ identical characters (not spaces). Such a run covers some
 * index that is a multiple of 9 together with the index after it (of ten
 * indexes in a row, one of the first nine is a multiple of 9), so only
 * those pairs are looked at first: two reads per nine characters.
 */
function hasLongRun(text: NormalisedText): boolean {
  const s = text.original;
  for (let p = 0; p + 1 < s.length; p += LONG_RUN - 1) {
    const c = s.charCodeAt(p);
    if (c === 32 || s.charCodeAt(p + 1) !== c) continue;
    let a = p;
    let b = p;
    while (a > 0 && s.charCodeAt(a - 1) === c) a--;
    while (b + 1 < s.length && s.charCodeAt(b + 1) === c) b++;
    if (b - a + 1 >= LONG_RUN) return true;
  }
  return false;
}

const SIGNALS: Signal[] = [
  { re: /\bhttps?:\/\/\S+|\bwww\.\S+/gi, weight: 0.5, reason: 'link', anchors: ['http', 'https', 'www'] },
  { re: new RegExp(`(?<![\\w/.@-])[a-z0-9][a-z0-9-]{1,62}\\.${TLD}(?:\\/\\S*)?(?![\\w.])`, 'gi'), weight: 0.5, reason: 'web address', gate: hasDomain },
  { re: /\b(?:bit\.ly|tinyurl|goo\.gl|t\.me|wa\.me|linktr\.ee)\b\S*/gi, weight: 1, reason: 'short link', anchors: ['bit', 'tinyurl', 'goo', 't', 'wa', 'linktr'] },
  { re: /\b(?:check|chek|come|go|head|pop) (?:out |over to |by |into )?(?:my|our)\b[^.!?\n]{0,30}?\b(?:channel|chanel|video|vids?|page|profile|music|songs?|playlist|cover|stream|account|website|site|blog|store|shop|insta|instagram|tiktok|twitch|youtube|yt)\b/gi, weight: 1, reason: 'self-promotion', anchors: ['channel', 'chanel', 'video', 'vid', 'vids', 'page', 'profile', 'music', 'song', 'songs', 'playlist', 'cover', 'stream', 'account', 'website', 'site', 'blog', 'store', 'shop', 'insta', 'instagram', 'tiktok', 'twitch', 'youtube', 'yt'] },
  { re: /\b(?:sub(?:scribe)?|follow|like)(?: to| and (?:sub(?:scribe)?|like|follow))?(?: to)? (?:my|me|our|us)\b|\bsub ?4 ?sub\b|\bsub ?for ?sub\b|\bf4f\b|\bl4l\b|\bfollow ?back\b/gi, weight: 1, reason: 'asks for subscribers', anchors: ['sub', 'subs', 'subscribe', 'follow', 'like', 'subasub', 'subforsub', 'faf', 'lal', 'followback'] },
  { re: /\bcheck (?:out )?(?:my|our) (?:profile|bio|channel)\b|\blink in (?:my |the )?(?:bio|profile|description)\b|\bvisit my\b/gi, weight: 1, reason: 'points to a profile', anchors: ['profile', 'bio', 'channel', 'description', 'visit'] },
  { re: /\b(?:dm|pm|inbox|message|text|whats ?app|telegram|contact) (?:me|us|him|her)\b|\b(?:whats ?app|telegram|signal|kik|snap(?:chat)?)(?: me)?(?: on| at| @|:)/gi, weight: 0.8, reason: 'asks for private contact', anchors: ['dm', 'pm', 'inbox', 'message', 'text', 'whats', 'whatsapp', 'telegram', 'contact', 'signal', 'kik', 'snap', 'snapchat'] },
  { re: /\b(?:free|win|won|claim)\b[^.!?\n]{0,25}?\b(?:money|cash|gift ?cards?|iphones?|robux|v-?bucks|followers|subs|subscribers|likes|views|prizes?|bitcoin|btc|coins|rewards?|trial|giveaways?)\b/gi, weight: 1, reason: 'free offer', anchors: ['free', 'win', 'won', 'claim'] },
  { re: /\bgive ?aways?\b|\bpromo(?:tion(?:al)?)? codes?\b|\bdiscount codes?\b|\buse (?:my |the )?code\b|\bcoupon\b|\b\d{1,3} ?% off\b|\blimited (?:time )?offer\b|\bact now\b|\border now\b|\bbuy now\b|\bshop now\b/gi, weight: 1, reason: 'promotion', anchors: ['give', 'giveaway', 'giveaways', 'promo', 'promotion', 'promotional', 'codes', 'code', 'coupon', 'limited', 'act', 'order', 'buy', 'shop'], chars: '%' },
  { re: /\bclick (?:here|the link|this link|on (?:the|my) link|below|my name)\b|\bsign up (?:now|here|today|using)\b|\bregister (?:now|here|today)\b/gi, weight: 1, reason: 'click-bait', anchors: ['click', 'sign', 'register'] },
  { re: /\b(?:bitcoin|btc|crypto(?:currency)?|forex|binary options?|nft|ethereum|usdt|investment (?:platform|plan|manager)|trading (?:platform|account|expert|signals?))\b/gi, weight: 0.5, reason: 'crypto or trading', anchors: ['bitcoin', 'btc', 'crypto', 'cryptocurrency', 'forex', 'binary', 'nft', 'ethereum', 'usdt', 'investment', 'trading'] },
  { re: /\b(?:earn|make|made|making|earning)\b[^.!?\n]{0,20}?(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*k? ?(?:dollars|usd|a day|per day|a week|per week|weekly|daily|monthly))|\b(?:work|working) from home\b|\bpassive income\b|\bget rich\b|\bfinancial freedom\b|\bmoney (?:making|online)\b|\bdouble your\b/gi, weight: 1, reason: 'money scheme', anchors: ['dollars', 'usd', 'day', 'week', 'weekly', 'daily', 'monthly', 'work', 'working', 'passive', 'rich', 'financial', 'money', 'double'], chars: '$£€' },
  { re: /\b(?:congratulations|congrats)\b[^.!?\n]{0,30}\b(?:won|winner|selected|chosen)\b|\byou (?:have )?(?:won|been selected)\b/gi, weight: 1, reason: 'prize scam', anchors: ['won', 'winner', 'selected', 'chosen'] },
  { re: /\b(?:hot|sexy|lonely) (?:singles|girls|women|milfs)\b|\bwanna (?:chat|meet|have fun)\b|\bdating site\b/gi, weight: 1, reason: 'dating spam', anchors: ['singles', 'girls', 'women', 'milfs', 'wanna', 'dating'] },
  { re: /\bplease (?:subscribe|sub|share|like and subscribe)\b|\bsubscribe\b|\bmy (?:new )?(?:channel|video|song|mixtape|album|ep)\b/gi, weight: 0.5, reason: 'promotes own content', anchors: ['subscribe', 'sub', 'share', 'channel', 'video', 'song', 'mixtape', 'album', 'ep'] },
  { re: /(\S)\1{9,}/g, weight: 0.5, reason: 'repeated characters', gate: hasLongRun },
];

// A word appearing 4+ times is the only way REPEATED_WORD can match.
// REPEATED_WORD needs a phrase of up to four words said four times in a row,
// so some token recurs at a fixed period of at most five tokens (a sentence
// break may sit between repeats). The keys' hashes rule out most places
// with one integer compare; equal hashes are confirmed on the keys.
function hasRepeatedWord(text: NormalisedText): boolean {
  const tokens = text.tokens;
  const n = tokens.length;
  for (let period = 1; period <= 5; period++) {
    // Along each line of tokens `period` apart, from its last pair back:
    // two different tokens there rule out every run of four holding both,
    // so the next run to try starts after the first of them.
    for (let line = 0; line < period; line++) {
      for (let i = line; i + 3 * period < n;) {
        const h = tokens[i + 3 * period]!.hash;
        if (tokens[i + 2 * period]!.hash !== h) { i += 3 * period; continue; }
        if (tokens[i + period]!.hash !== h) { i += 2 * period; continue; }
        if (tokens[i]!.hash !== h) { i += period; continue; }
        if (isRepeatAt(tokens, i, period)) return true;
        i += period;
      }
    }
  }
  return false;
}

/** Whether four tokens `period` apart from `i`, of equal hashes, are one word said four times. */
function isRepeatAt(tokens: NormalisedText['tokens'], i: number, period: number): boolean {
  const t = tokens[i]!;
  // Runs of "@USER" and of sentence breaks repeat most: their kind rules them out before any key is compared.
  if (t.kind === 'break' || t.kind === 'mention') return false;
  const k = t.key;
  if (tokens[i + period]!.key !== k || tokens[i + 2 * period]!.key !== k || tokens[i + 3 * period]!.key !== k) return false;
  return k.length >= 2;
}

// The same word or phrase repeated many times ("buy buy buy buy", a line pasted 3 times).
const REPEATED_WORD = /\b(\w{2,}(?: \w+){0,3})(?:[\s,.!]+\1\b){3,}/gi;

for (const signal of SIGNALS) if (signal.anchors) signal.bit = anchorGroup(signal.anchors);

function hasAnyChar(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}

function mayMatch(signal: Signal, text: NormalisedText, mask: number): boolean {
  // Without tokens (normalising failed) every signal is tried on the original text.
  if (text.tokens.length === 0) return true;
  if (signal.bit !== undefined && (mask & signal.bit) !== 0) return true;
  // The rules these characters gate each need a digit too ("50% off", "$100").
  if (signal.chars !== undefined && text.digits > 0 && hasAnyChar(text.original, signal.chars)) return true;
  return signal.gate !== undefined && signal.gate(text);
}

export function detectSpam(text: NormalisedText): Flag[] {
  const original = text.original;
  const mask = anchorMask(text);
  let score = 0;
  const spans: Span[] = [];
  const reasons: string[] = [];
  for (const s of SIGNALS) {
    if (!mayMatch(s, text, mask)) continue;
    s.re.lastIndex = 0;
    let matched = false;
    for (let m = s.re.exec(original); m; m = s.re.exec(original)) {
      matched = true;
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
    if (matched) {
      score += s.weight;
      reasons.push(s.reason);
    }
  }
  if (hasRepeatedWord(text)) {
    REPEATED_WORD.lastIndex = 0;
    for (let m = REPEATED_WORD.exec(original); m; m = REPEATED_WORD.exec(original)) {
      score += 1;
      reasons.push('repeated text');
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (score < 1) return [];
  return combineHits('spam', [{
    span: mergeSpans(spans)[0] ?? { start: 0, end: 0 },
    severity: score >= 2 ? 'medium' : 'low',
    confidence: Math.min(0.95, 0.5 + score * 0.2),
    reason: [...new Set(reasons)].slice(0, 3).join(', '),
  }]).map((f) => ({ ...f, spans: mergeSpans(spans) }));
}
