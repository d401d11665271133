import { describe, expect, it } from 'vitest';
import { normalise, canonicalSpan } from './tokenise';
import { foldText, toOriginalSpan } from './fold-text';

describe('foldText', () => {
  it('folds homoglyphs, accents, full-width letters and invisible characters', () => {
    expect(foldText('fuсk').folded).toBe('fuck'); // Cyrillic с
    expect(foldText('ŝhït').folded).toBe('shit');
    expect(foldText('ｆｕｃｋ').folded).toBe('fuck');
    expect(foldText('fu\u200Bck').folded).toBe('fuck');
  });

  it('maps folded offsets back to the original text', () => {
    const t = foldText('😀 fu\u200Bck');
    const start = t.folded.indexOf('fuck');
    expect(toOriginalSpan(t, start, start + 4)).toEqual({ start: 3, end: 8 });
  });
});

describe('normalise', () => {
  it('undoes leetspeak, elongation and spaced-out letters in the canonical text', () => {
    expect(normalise('You 1d10t, a s s h o l e!').canonical).toBe('you idiot asshole');
    expect(normalise('f.u.c.k this').canonical).toBe('fuck this');
    const elongated = normalise('fuuuuck').tokens[0]!;
    expect(elongated.key).toBe('fuuck');
    expect(elongated.squeezed).toBe('fuck');
  });

  it('keeps numbers, mentions and hashtags literal', () => {
    const n = normalise('@USER paid $100 in 2018 #MAGA');
    expect(n.tokens.map((t) => [t.kind, t.key])).toEqual([
      ['mention', '@user'], ['word', 'paid'], ['number', '$100'], ['word', 'in'], ['number', '2018'], ['hashtag', '#maga'],
    ]);
  });

  it('marks sentence breaks and disguised words', () => {
    const n = normalise('Nice. sh1t happens');
    expect(n.canonical).toBe('nice . shit happens');
    expect(n.tokens.find((t) => t.key === 'shit')?.disguised).toBe(true);
    expect(n.tokens.find((t) => t.key === 'nice')?.disguised).toBe(false);
  });

  it('maps canonical ranges to original spans, also after emoji', () => {
    const text = '👍🏽 great, you 1d10t';
    const n = normalise(text);
    const at = n.canonical.indexOf('idiot');
    const span = canonicalSpan(n, at, at + 5);
    expect(text.slice(span.start, span.end)).toBe('1d10t');
  });
});
