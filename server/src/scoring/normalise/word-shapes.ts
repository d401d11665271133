// Shapes of words that decide how the scanner treats them.

/**
 * Digits that spell a number rather than hide a letter: "1st", "10th",
 * "49ers", "4ever", "eu27": a run of digits before or after plain letters.
 * "sh1t" and "1d10t" have digits among the letters, which is a disguise.
 */
export function digitsAreNumeric(word: string): boolean {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  let i = 0;
  while (i < word.length && isDigit(word.charCodeAt(i))) i++;
  let j = word.length;
  while (j > i && isDigit(word.charCodeAt(j - 1))) j--;
  if ((i === 0) === (j === word.length)) return false;
  for (let k = i; k < j; k++) { const c = word.charCodeAt(k); if (c < 97 || c > 122) return false; }
  return true;
}

/** A letter followed by three or more stars ("f***"). */
export function isCensoredShape(word: string): boolean {
  if (word.length < 4) return false;
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) !== 42) return false;
  return true;
}
