import { describe, expect, it } from 'vitest';
import { normalise } from './tokenise';
import { foldText, toOriginalSpan } from './fold-text';

const tokenOf = (text: string, key: string) => normalise(text).tokens.find((t) => t.key === key);

describe('one-pass tokens', () => {
  it('puts sentence breaks where punctuation separates words, also after trimmed "!!"', () => {
    expect(normalise('idiot!! you. ok? fine; yes\nno').canonical).toBe('idiot . you . ok . fine . yes . no');
    expect(normalise('a!!!b').canonical).toBe('aiib'); // leetspeak, then elongation cut
  });

  it('does not take ordinals and numbers next to words for disguises', () => {
    for (const word of ['1st', '10th', '49ers', '4ever', 'eu27']) expect(normalise(word).tokens[0]!.disguised).toBe(false);
    for (const word of ['sh1t', '1d10t', 'b1tch']) expect(normalise(word).tokens[0]!.disguised).toBe(true);
  });

  it('keeps a censored word whole and marks it masked', () => {
    const t = tokenOf('you f*** off', 'f***')!;
    expect(t.masked).toBe(true);
    expect(t.disguised).toBe(true);
  });

  it('marks spaced-out letters as a disguise', () => {
    expect(tokenOf('a s s h o l e', 'asshole')?.disguised).toBe(true);
  });

  it('flags elongation found during the scan', () => {
    expect(tokenOf('sooooo good', 'soo')?.squeezed).toBe('so');
    expect(tokenOf('good', 'good')?.squeezed).toBeNull();
  });

  it('records whether some word was decoded', () => {
    expect(normalise('plain words only').decoded).toBe(false);
    expect(normalise('this is sh1t').decoded).toBe(true);
    expect(normalise("it's fine").decoded).toBe(true);
  });
});

describe('folding without offset maps', () => {
  it('keeps emoji and look-alike letters in place, so offsets need no map', () => {
    const text = '😀 fuсk ❤️ you';
    const f = foldText(text);
    expect(f.origStart).toBeNull();
    expect(f.nonAscii).toBe(true);
    expect(f.folded.length).toBe(text.length);
    const at = f.folded.indexOf('fuck');
    expect(toOriginalSpan(f, at, at + 4)).toEqual({ start: 3, end: 7 });
  });

  it('turns a variation selector after an emoji into a space, but drops a zero-width space inside a word', () => {
    expect(foldText('❤️x').folded).toBe('❤ x');
    expect(foldText('fu\u200Bck').folded).toBe('fuck');
    expect(foldText('fu\u200Bck').origStart).not.toBeNull();
  });

  it('counts capitals and digits for the cheap gates', () => {
    const f = foldText('CALL 555 1234 NOW');
    expect(f.capitals).toBe(7);
    expect(f.digits).toBe(7);
  });

  it('still finds look-alike letters when no map is needed', () => {
    expect(tokenOf('fuсk', 'fuck')?.disguised).toBe(true);
    expect(tokenOf('café', 'cafe')?.disguised).toBe(true);
  });
});
