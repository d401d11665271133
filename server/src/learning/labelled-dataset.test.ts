import { describe, expect, it } from 'vitest';
import { parseLabel, parseLabelledText } from './labelled-dataset';

describe('parseLabelledText', () => {
  it('reads OLID TSV, including its doubled quotes', () => {
    const tsv = 'id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c\n1\t@USER you are nice\tNOT\tNULL\tNULL\n2\t"@USER this ""thing"" stinks"\tOFF\tUNT\tNULL\n';
    expect(parseLabelledText(tsv)).toEqual([
      { text: '@USER you are nice', offensive: false },
      { text: '@USER this "thing" stinks', offensive: true },
    ]);
  });
  it('reads a text,label CSV with any common label spelling', () => {
    const csv = 'text,label\n"hello, world",0\nyou idiot,1\nfine,NOT\nbad,offensive\n';
    expect(parseLabelledText(csv).map((r) => r.offensive)).toEqual([false, true, false, true]);
  });
  it('rejects unknown labels', () => {
    expect(() => parseLabel('maybe')).toThrow(/unknown label/);
  });
});
