import { describe, expect, it } from 'vitest';
import { drill } from './drill-down';
import { filtersFromSearchParams } from '../../lib/filters-url';

const base = { from: '2025-01-01T00:00:00.000Z', to: '2025-01-08T00:00:00.000Z', articleId: 3 };
const paramsOf = (href: string) => filtersFromSearchParams(new URLSearchParams(href.slice(href.indexOf('?') + 1)));

describe('chart drill-down links', () => {
  it('narrows a histogram bin to its compound range within the chart filters', () => {
    expect(paramsOf(drill.histogramBin(base, { from: -0.4, to: -0.3 }))).toEqual({ ...base, view: 'all', compoundMin: -0.4, compoundMax: -0.3 });
  });

  it('narrows a time bucket to its own start and end', () => {
    const point = { t: '2025-01-02T00:00:00.000Z', tEnd: '2025-01-03T00:00:00.000Z' };
    expect(paramsOf(drill.timeBucket(base, point))).toEqual({ articleId: 3, view: 'all', from: point.t, to: point.tEnd });
    expect(paramsOf(drill.flag(base, 'threat', point))).toEqual({ articleId: 3, view: 'all', flag: ['threat'], from: point.t, to: point.tEnd });
  });

  it('opens an article, a moderator and a decision source', () => {
    expect(paramsOf(drill.article({ from: base.from }, 9))).toEqual({ from: base.from, view: 'all', articleId: 9 });
    expect(paramsOf(drill.moderator({}, 'maria', 'rejected'))).toEqual({ view: 'rejected', moderatorId: 'maria' });
    expect(paramsOf(drill.decisions({}, { decisionSource: 'rule' }))).toEqual({ view: 'all', decisionSource: 'rule' });
    expect(paramsOf(drill.decisions({}, { view: 'approved' }))).toEqual({ view: 'approved' });
  });

  it('keeps a tab chosen in the filters', () => {
    expect(paramsOf(drill.histogramBin({ view: 'pending' }, { from: 0, to: 0.1 }))).toEqual({ view: 'pending', compoundMin: 0, compoundMax: 0.1 });
  });
});
