import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from './index';

describe('contribution spans', () => {
  it('point at the exact characters of the original text', () => {
    const texts = [
      'I love it 😍 but the delivery was TERRIBLE :(',
      'First line is great\r\nSecond line is awful\r\n',
      '👍🏽👍🏽 sooo goood <3 “not bad”',
      'Café naïve – brilliant! ❤️ 🙂',
      'We can’t wait!!! #blessed &amp; happy',
    ];
    for (const text of texts) {
      const result = analyzeSentiment(text);
      expect(result.contributions.length).toBeGreaterThan(0);
      for (const c of result.contributions) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeLessThan(c.end);
      }
    }
  });

  it('count UTF-16 code units after emoji and CRLF', () => {
    const text = '😀😀\r\nawful';
    const awful = analyzeSentiment(text).contributions.find((c) => c.text === 'awful');
    expect(awful).toMatchObject({ start: 6, end: 11 });
    const multi = analyzeSentiment('ok 👍🏽 great');
    expect(multi.contributions.find((c) => c.text === 'great')).toMatchObject({ start: 8, end: 13 });
    expect(multi.contributions.find((c) => c.text === '👍🏽')).toMatchObject({ start: 3, end: 7 });
  });

  it('span a whole idiom', () => {
    const text = 'What a waste of time.';
    const c = analyzeSentiment(text).contributions[0];
    expect(c).toBeDefined();
    expect(text.slice(c!.start, c!.end)).toBe('waste of time');
  });

  it('keep curly apostrophes in the reported text', () => {
    const text = 'I can’t wait';
    const c = analyzeSentiment(text).contributions[0];
    expect(c?.text).toBe('can’t wait');
  });
});

describe('per-site overrides', () => {
  it('change a word weight for this call only', () => {
    const text = 'The ref was a bum and the match was sick';
    const before = analyzeSentiment(text);
    const overridden = analyzeSentiment(text, { overrides: { sick: 4, bum: -5 } });
    expect(overridden.contributions.find((c) => c.text === 'sick')?.weight).toBeGreaterThan(0);
    expect(overridden.contributions.find((c) => c.text === 'bum')?.weight).toBe(-5);
    // Nothing leaks into the next call.
    expect(analyzeSentiment(text)).toEqual(before);
    expect(analyzeSentiment('sick').compound).toBeLessThan(0);
  });

  it('add unknown words, phrases and case-insensitive keys, clamped to -5..5', () => {
    expect(analyzeSentiment('Frobnicate the widget').label).toBe('neutral');
    const result = analyzeSentiment('FROBNICATE the widget', { overrides: { Frobnicate: 9 } });
    expect(result.contributions[0]).toMatchObject({ text: 'FROBNICATE' });
    expect(result.contributions[0]!.weight).toBeLessThanOrEqual(5 + 1); // caps emphasis may add on top
    expect(analyzeSentiment('Frobnicate the widget').label).toBe('neutral');
    const phrase = analyzeSentiment('they moved the goalposts again', { overrides: { 'moved the goalposts': -3 } });
    expect(phrase.contributions[0]).toMatchObject({ text: 'moved the goalposts', weight: -3 });
    expect(analyzeSentiment('they moved the goalposts again').contributions).toEqual([]);
  });

  it('can silence a lexicon word and still apply negation to overrides', () => {
    expect(analyzeSentiment('killer app', { overrides: { killer: 0 } }).contributions).toEqual([]);
    expect(analyzeSentiment('not frobby', { overrides: { frobby: 3 } }).compound).toBeLessThan(0);
  });
});

describe('seed article comments', () => {
  // Lines after "4 Comments" alternate author / comment.
  const seed = path.resolve(import.meta.dirname, '../../../../../shared/data/seed/000_fb74129c95015117.txt');
  const fallback: Record<string, string> = {
    'Noir Black': "It's sad to see a brutal dictatorship turn its fallen soldiers into propaganda symbols.",
    Matzomaster: 'North Korea faces real challenges—why focus on glorifying soldiers instead of addressing the humanitarian crisis at home?',
    Karamba: "It's important to recognize these soldiers for their bravery in a difficult situation. They risked everything.",
    Donatello: 'Kim Jong Un is glorifying war and death while ignoring the suffering of average North Koreans at home.',
  };
  function comments(): Record<string, string> {
    if (!fs.existsSync(seed)) return fallback;
    const lines = fs.readFileSync(seed, 'utf8').split(/\r?\n/);
    const start = lines.findIndex((l) => /^\d+ Comments$/.test(l.trim()));
    const out: Record<string, string> = {};
    for (let i = start + 1; i + 1 < lines.length; i += 2) out[lines[i]!.trim()] = lines[i + 1]!.trim();
    return out;
  }

  it('reads the same four comments as the fallback copy', () => {
    expect(comments()).toEqual(fallback);
  });

  it.each([
    ['Noir Black', 'negative'], // a brutal dictatorship using the dead as propaganda
    ['Matzomaster', 'negative'], // reproach: glorifying soldiers instead of the humanitarian crisis
    ['Karamba', 'positive'], // praise of the soldiers' bravery
    ['Donatello', 'negative'], // glorifying war and death, ignoring suffering
  ] as const)('labels the comment by %s %s', (author, label) => {
    expect(analyzeSentiment(comments()[author]!).label).toBe(label);
  });
});
