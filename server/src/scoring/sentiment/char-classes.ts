// Character classes of the sentiment tokenizer (see tokenizer.ts), by UTF-16 code unit.

export function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
// ASCII letters (1) and digits (2), one table lookup instead of range tests
// for the character tests made at every character.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isLower(c) || isUpper(c) ? 1 : isDigit(c) ? 2 : 0;
/** Latin letters with diacritics (é, ï, ß...); false past the end of the text (NaN). */
function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}
/** ASCII letters plus Latin letters with diacritics (é, ï, ß...). */
export function isLetter(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : isLatinLetter(c);
}
export function isWordChar(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] !== 0 : isLatinLetter(c);
}
/** Pictographs: astral-plane symbols (surrogate pairs) and the BMP dingbat/symbol blocks. */
export function isEmojiStart(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0x2764;
}

export function punctFor(c: number): string | undefined {
  switch (c) {
    case 33: return '!';
    case 63: return '?';
    case 46: case 0x2026: return '.';
    case 44: case 0x2013: case 0x2014: return ',';
    case 59: return ';';
    case 58: return ':';
    default: return undefined;
  }
}

export function emojiClusterEnd(text: string, i: number): number {
  let j = i + (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1);
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0f || c === 0xfe0e) j += 1;
    else if (c === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2; // skin tone
    else if (c === 0x200d && j + 1 < text.length) j += text.charCodeAt(j + 1) >= 0xd800 && text.charCodeAt(j + 1) <= 0xdbff ? 3 : 2; // ZWJ
    else return j;
  }
}
