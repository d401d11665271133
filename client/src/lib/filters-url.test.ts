import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, queueHref, searchParamsFromFilters } from './filters-url';

describe('filters in the URL', () => {
  it('reads every known filter with its proper type', () => {
    const search = new URLSearchParams(
      'view=flagged&articleId=7&flag=insult,threat&sentiment=negative&compoundMin=-1&compoundMax=-0.5&from=2025-01-01T00:00:00.000Z&q=idiot&author=bob&sort=newest&moderatorId=maria&decisionSource=human',
    );
    expect(filtersFromSearchParams(search)).toEqual({
      view: 'flagged',
      articleId: 7,
      flag: ['insult', 'threat'],
      sentiment: ['negative'],
      compoundMin: -1,
      compoundMax: -0.5,
      from: '2025-01-01T00:00:00.000Z',
      q: 'idiot',
      author: 'bob',
      sort: 'newest',
      moderatorId: 'maria',
      decisionSource: 'human',
    });
  });

  it('drops only the values that are invalid, and unknown params', () => {
    const search = new URLSearchParams('view=nonsense&articleId=-3&flag=insult,bogus&compoundMin=7&q=ok&utm_source=x&sort=sideways');
    expect(filtersFromSearchParams(search)).toEqual({ q: 'ok' });
  });

  it('round-trips through the URL in a stable order', () => {
    const state = { sort: 'oldest' as const, q: 'a b&c', flag: ['spam' as const], view: 'all' as const, articleId: 3 };
    const search = searchParamsFromFilters(state);
    expect(search.toString()).toBe('view=all&articleId=3&flag=spam&q=a+b%26c&sort=oldest');
    expect(filtersFromSearchParams(search)).toEqual(state);
  });

  it('builds queue links', () => {
    expect(queueHref({})).toBe('/');
    expect(queueHref({ articleId: 5, view: 'all' })).toBe('/?view=all&articleId=5');
  });
});
