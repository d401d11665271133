import type { Flag, Span } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { combineHits, mergeSpans } from './make-flag';

// Spam is judged on the original text (links and handles are case- and
// punctuation-sensitive) from weighted signals; a comment is spam when the
// weights add up to 1. A lone link is not enough (people cite sources), a
// link plus a call to action is.
interface Signal { re: RegExp; weight: number; reason: string }

const TLD = '(?:com|net|org|io|ly|gg|me|co|xyz|info|biz|tk|ru|online|site|shop|store|club|live|app|link|top|vip|cc|tv|us|uk)';
const SIGNALS: Signal[] = [
  { re: /\bhttps?:\/\/\S+|\bwww\.\S+/gi, weight: 0.5, reason: 'link' },
  { re: new RegExp(`(?<![\\w/.@-])[a-z0-9][a-z0-9-]{1,62}\\.${TLD}(?:\\/\\S*)?(?![\\w.])`, 'gi'), weight: 0.5, reason: 'web address' },
  { re: /\b(?:bit\.ly|tinyurl|goo\.gl|t\.me|wa\.me|linktr\.ee)\b\S*/gi, weight: 1, reason: 'short link' },
  { re: /\b(?:check|chek|come|go|head|pop) (?:out |over to |by |into )?(?:my|our)\b[^.!?\n]{0,30}?\b(?:channel|chanel|video|vids?|page|profile|music|songs?|playlist|cover|stream|account|website|site|blog|store|shop|insta|instagram|tiktok|twitch|youtube|yt)\b/gi, weight: 1, reason: 'self-promotion' },
  { re: /\b(?:sub(?:scribe)?|follow|like)(?: to| and (?:sub(?:scribe)?|like|follow))?(?: to)? (?:my|me|our|us)\b|\bsub ?4 ?sub\b|\bsub ?for ?sub\b|\bf4f\b|\bl4l\b|\bfollow ?back\b/gi, weight: 1, reason: 'asks for subscribers' },
  { re: /\bcheck (?:out )?(?:my|our) (?:profile|bio|channel)\b|\blink in (?:my |the )?(?:bio|profile|description)\b|\bvisit my\b/gi, weight: 1, reason: 'points to a profile' },
  { re: /\b(?:dm|pm|inbox|message|text|whats ?app|telegram|contact) (?:me|us|him|her)\b|\b(?:whats ?app|telegram|signal|kik|snap(?:chat)?)(?: me)?(?: on| at| @|:)/gi, weight: 0.8, reason: 'asks for private contact' },
  { re: /\b(?:free|win|won|claim)\b[^.!?\n]{0,25}?\b(?:money|cash|gift ?cards?|iphones?|robux|v-?bucks|followers|subs|subscribers|likes|views|prizes?|bitcoin|btc|coins|rewards?|trial|giveaways?)\b/gi, weight: 1, reason: 'free offer' },
  { re: /\bgive ?aways?\b|\bpromo(?:tion(?:al)?)? codes?\b|\bdiscount codes?\b|\buse (?:my |the )?code\b|\bcoupon\b|\b\d{1,3} ?% off\b|\blimited (?:time )?offer\b|\bact now\b|\border now\b|\bbuy now\b|\bshop now\b/gi, weight: 1, reason: 'promotion' },
  { re: /\bclick (?:here|the link|this link|on (?:the|my) link|below|my name)\b|\bsign up (?:now|here|today|using)\b|\bregister (?:now|here|today)\b/gi, weight: 1, reason: 'click-bait' },
  { re: /\b(?:bitcoin|btc|crypto(?:currency)?|forex|binary options?|nft|ethereum|usdt|investment (?:platform|plan|manager)|trading (?:platform|account|expert|signals?))\b/gi, weight: 0.5, reason: 'crypto or trading' },
  { re: /\b(?:earn|make|made|making|earning)\b[^.!?\n]{0,20}?(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*k? ?(?:dollars|usd|a day|per day|a week|per week|weekly|daily|monthly))|\b(?:work|working) from home\b|\bpassive income\b|\bget rich\b|\bfinancial freedom\b|\bmoney (?:making|online)\b|\bdouble your\b/gi, weight: 1, reason: 'money scheme' },
  { re: /\b(?:congratulations|congrats)\b[^.!?\n]{0,30}\b(?:won|winner|selected|chosen)\b|\byou (?:have )?(?:won|been selected)\b/gi, weight: 1, reason: 'prize scam' },
  { re: /\b(?:hot|sexy|lonely) (?:singles|girls|women|milfs)\b|\bwanna (?:chat|meet|have fun)\b|\bdating site\b/gi, weight: 1, reason: 'dating spam' },
  { re: /\bplease (?:subscribe|sub|share|like and subscribe)\b|\bsubscribe\b|\bmy (?:new )?(?:channel|video|song|mixtape|album|ep)\b/gi, weight: 0.5, reason: 'promotes own content' },
  { re: /(\S)\1{9,}/g, weight: 0.5, reason: 'repeated characters' },
];

// A word appearing 4+ times is the only way REPEATED_WORD can match.
function hasRepeatedWord(text: NormalisedText): boolean {
  if (text.tokens.length < 4) return false;
  const seen = new Map<string, number>();
  for (const t of text.tokens) {
    const n = (seen.get(t.key) ?? 0) + 1;
    if (n >= 4 && t.kind === 'word' && t.key.length >= 2) return true;
    seen.set(t.key, n);
  }
  return false;
}

// The same word or phrase repeated many times ("buy buy buy buy", a line pasted 3 times).
const REPEATED_WORD = /\b(\w{2,}(?: \w+){0,3})(?:[\s,.!]+\1\b){3,}/gi;

// Every signal needs one of these words, a web address, a currency sign or
// a long run of one character; most comments have none and skip the regexes.
const ANCHORS = new Set([
  'http', 'https', 'www', 'channel', 'chanel', 'video', 'vid', 'vids', 'page', 'profile', 'music', 'song', 'songs',
  'playlist', 'cover', 'stream', 'account', 'website', 'site', 'blog', 'store', 'shop', 'insta', 'instagram', 'tiktok',
  'twitch', 'youtube', 'yt', 'sub', 'subs', 'subscribe', 'subscribers', 'sub4sub', 'subasub', 'subforsub', 'f4f', 'faf', 'l4l', 'lal', 'follow',
  'followback', 'bio', 'visit', 'dm', 'pm', 'inbox', 'message', 'text', 'whatsapp', 'whats', 'telegram', 'signal', 'kik',
  'snap', 'snapchat', 'contact', 'free', 'win', 'won', 'claim', 'giveaway', 'giveaways', 'promo', 'promotion',
  'promotional', 'discount', 'code', 'codes', 'coupon', 'offer', 'click', 'sign', 'register', 'bitcoin',
  'btc', 'crypto', 'cryptocurrency', 'forex', 'binary', 'nft', 'ethereum', 'usdt', 'investment', 'trading', 'earn',
  'earning', 'dollars', 'usd', 'home', 'passive', 'rich', 'freedom', 'money', 'double', 'congratulations', 'congrats',
  'selected', 'singles', 'chat', 'wanna', 'dating', 'mixtape', 'album', 'ep', 'link', 'order', 'buy', 'act', 'work',
  'working',
]);
const DOMAIN_OR_MONEY = new RegExp(`\\.${TLD}\\b|[$£€%]`);

function hasLongRun(text: string): boolean {
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    run = text.charCodeAt(i) === text.charCodeAt(i - 1) && text.charCodeAt(i) !== 32 ? run + 1 : 1;
    if (run >= 10) return true;
  }
  return false;
}

function worthChecking(text: NormalisedText): boolean {
  for (const t of text.tokens) if (ANCHORS.has(t.key) || (t.kind !== 'word' && t.key.length > 20)) return true;
  return DOMAIN_OR_MONEY.test(text.folded) || hasLongRun(text.original);
}

export function detectSpam(text: NormalisedText): Flag[] {
  const original = text.original;
  if (!worthChecking(text) && !hasRepeatedWord(text)) return [];
  let score = 0;
  const spans: Span[] = [];
  const reasons: string[] = [];
  for (const s of SIGNALS) {
    s.re.lastIndex = 0;
    let matched = false;
    for (const m of original.matchAll(s.re)) {
      matched = true;
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
    if (matched) {
      score += s.weight;
      reasons.push(s.reason);
    }
  }
  for (const m of original.matchAll(REPEATED_WORD)) {
    score += 1;
    reasons.push('repeated text');
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (score < 1) return [];
  return combineHits('spam', [{
    span: mergeSpans(spans)[0] ?? { start: 0, end: 0 },
    severity: score >= 2 ? 'medium' : 'low',
    confidence: Math.min(0.95, 0.5 + score * 0.2),
    reason: [...new Set(reasons)].slice(0, 3).join(', '),
  }]).map((f) => ({ ...f, spans: mergeSpans(spans) }));
}
