import { describe, expect, it } from 'vitest';
import { buildSegments, marksFromScores, type TextMark } from './highlight-segments';
import { scores } from '../../test/fixtures';

const mark = (start: number, end: number, kind: TextMark['kind'] = 'flag', explanation = `${start}-${end}`): TextMark => ({ start, end, kind, explanation });

describe('buildSegments', () => {
  it('returns the whole text as one plain segment when nothing is marked', () => {
    expect(buildSegments('hello', [])).toEqual([{ start: 0, end: 5, text: 'hello', marks: [] }]);
  });

  it('splits around a single mark', () => {
    const m = mark(6, 11);
    const segments = buildSegments('hello world!', [m]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ['hello ', 0],
      ['world', 1],
      ['!', 0],
    ]);
  });

  it('gives overlapping parts every mark that covers them', () => {
    const flag = mark(0, 7, 'flag');
    const negative = mark(4, 10, 'negative');
    const segments = buildSegments('you idiot, go', [flag, negative]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['you ', [flag]],
      ['idi', [flag, negative]],
      ['ot,', [negative]],
      [' go', []],
    ]);
    // Nothing lost or duplicated.
    expect(segments.map((s) => s.text).join('')).toBe('you idiot, go');
  });

  it('handles nested marks and identical ranges', () => {
    const outer = mark(0, 10);
    const inner = mark(2, 4, 'positive');
    const twin = mark(2, 4, 'negative');
    const segments = buildSegments('abcdefghij', [outer, inner, twin]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ['ab', 1],
      ['cd', 3],
      ['efghij', 1],
    ]);
  });

  it('clamps out-of-range marks and drops empty or reversed ones', () => {
    const segments = buildSegments('short', [mark(3, 50), mark(-5, 1), mark(2, 2), mark(4, 1)]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ['s', 1],
      ['ho', 0],
      ['rt', 1],
    ]);
  });

  it('keeps UTF-16 offsets, so emoji before a mark do not shift it', () => {
    const text = '😀 bad';
    const segments = buildSegments(text, [mark(3, 6)]);
    expect(segments.at(-1)?.text).toBe('bad');
  });
});

describe('marksFromScores', () => {
  it('turns flag spans and sentiment contributions into explained marks', () => {
    const marks = marksFromScores(
      scores({
        flags: [{ category: 'insult', severity: 'high', confidence: 0.9, spans: [{ start: 4, end: 9 }], reason: "insult aimed at a person: 'idiot'" }],
        sentiment: {
          score: -3,
          compound: -0.6,
          label: 'negative',
          contributions: [
            { text: 'good', weight: -1.5, start: 14, end: 18, note: "negated by 'not'" },
            { text: 'meh', weight: 0, start: 0, end: 3 },
          ],
        },
      }),
    );
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatchObject({ kind: 'flag', category: 'insult', start: 4, end: 9 });
    expect(marks[0]!.explanation).toContain("insult aimed at a person: 'idiot'");
    expect(marks[1]).toMatchObject({ kind: 'negative', start: 14, end: 18 });
    expect(marks[1]!.explanation).toContain("negated by 'not'");
    expect(marks[1]!.explanation).toContain('-1.5');
  });

  it('has no marks for an unscored comment', () => {
    expect(marksFromScores(null)).toEqual([]);
  });
});
