import type { Flag, Span } from '@sift/shared';
import type { NormalisedText } from '../normalise/tokenise';
import { combineHits } from './make-flag';

// Contact details someone posted (their own or, worse, someone else's).
// Phone numbers need 9-15 digits and phone-like grouping, so years ("2019"),
// year ranges ("1990-2020"), prices ("$1,250,000") and long ids in URLs
// do not count.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = /(?<![\w$£€/.,:(-])(?:\+|00)?\(?\d[\d\s().-]{7,18}\d(?![\w/]|[.,]\d|\s?%)/g;
const YEAR_RANGE = /^(?:1[89]|20)\d\d\s*[-–]\s*(?:1[89]|20)\d\d$/;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

// EMAIL's local part is a run of these, which ends at the "@".
const LOCAL_PART_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const localPartChar = new Map<number, boolean>();
function isLocalPartChar(cp: number): boolean {
  let known = localPartChar.get(cp);
  if (known === undefined) {
    known = LOCAL_PART_CHAR.test(String.fromCodePoint(cp));
    if (localPartChar.size < 10_000) localPartChar.set(cp, known);
  }
  return known;
}

/** Where the run of local-part characters that ends right before `at` starts (not before `from`). */
function localPartStart(text: string, at: number, from: number): number {
  let j = at;
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && j - 2 >= from && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff;
    const cp = pair ? text.codePointAt(j - 2)! : c;
    if (!isLocalPartChar(cp)) break;
    j -= pair ? 2 : 1;
  }
  return j;
}

const EMAIL_AT = new RegExp(EMAIL.source, 'uy');

/**
 * The matches of EMAIL over the text, in order. The regex alone tries every
 * position of the text, and its local-part class backtracks over each word;
 * every match has an "@" and starts where the run of local-part characters
 * before it starts, so it is tried only there (a run cannot reach past an
 * "@", and from any later start in the run the rest is the same).
 */
function emailMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    const start = localPartStart(text, at, from);
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m === null) continue;
    found.push(m);
    from = m.index + m[0].length;
  }
  return found;
}

/** An "@" right after a character that can end an email's local part ("x@", not " @USER"). */
function mayHaveEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    // "@" first in the comment (a reply to "@USER") can't end an address; a later one still may.
    if (at === 0) continue;
    const c = text.charCodeAt(at - 1);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) return true;
  }
  return false;
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function detectPersonalData(text: NormalisedText): Flag[] {
  const hits: { span: Span; severity: 'medium'; confidence: number; reason: string }[] = [];
  const original = text.original;
  if (mayHaveEmail(original)) for (const m of emailMatches(original)) {
    hits.push({ span: { start: m.index, end: m.index + m[0].length }, severity: 'medium', confidence: 0.95, reason: 'email address' });
  }
  if (text.digits >= 9 && countDigits(original) >= 9) for (const m of original.matchAll(PHONE)) {
    const s = m[0].trim();
    const digits = s.replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) continue;
    if (YEAR_RANGE.test(s) || DATE_LIKE.test(s)) continue;
    // A run of digits split only by single spaces into groups of 3+ is a
    // phone; several years in a row ("1999 2005 2010") are not.
    const groups = s.split(/[\s().-]+/).filter(Boolean);
    if (groups.length > 1 && groups.every((g) => /^(?:1[89]|20)\d\d$/.test(g))) continue;
    hits.push({ span: { start: m.index, end: m.index + m[0].length }, severity: 'medium', confidence: 0.8, reason: 'phone number' });
  }
  return combineHits('personal_data', hits);
}
