import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useUrlFilters } from './use-url-filters';
import { FilterBar } from '../components/filter-bar';
import { jsonResponse, mockFetch, renderAt } from '../test/render';

function FiltersHarness() {
  const { filters, update, replaceAll } = useUrlFilters();
  return <FilterBar filters={filters} onChange={(patch) => update(patch)} onClear={() => replaceAll({})} />;
}

afterEach(() => vi.unstubAllGlobals());

function setup(path: string) {
  const mock = mockFetch((url) =>
    url.pathname === '/api/articles' ? jsonResponse({ items: [{ id: 4, title: 'Budget vote', externalId: null, url: null, body: null, publishedAt: null, createdAt: '2025-01-01T00:00:00Z' }], nextCursor: null }) : undefined,
  );
  vi.stubGlobal('fetch', mock.fn);
  return renderAt(path, <FiltersHarness />);
}

describe('filter bar ↔ URL', () => {
  it('shows the filters of a bookmarked URL in the controls', async () => {
    setup('/?flag=threat&sentiment=negative&q=kill&author=bob&sort=most_negative&articleId=4');
    expect(screen.getByLabelText('Flag')).toHaveValue('threat');
    expect(screen.getByLabelText('Sentiment')).toHaveValue('negative');
    expect(screen.getByLabelText('Search')).toHaveValue('kill');
    expect(screen.getByLabelText('Author')).toHaveValue('bob');
    expect(screen.getByLabelText('Sort')).toHaveValue('most_negative');
    await waitFor(() => expect(screen.getByLabelText('Article')).toHaveValue('4'));
  });

  it('writes control changes to the URL and keeps the other params', async () => {
    const { router } = setup('/?view=flagged');
    fireEvent.change(screen.getByLabelText('Flag'), { target: { value: 'insult' } });
    expect(router.state.location.search).toBe('?view=flagged&flag=insult');
    fireEvent.change(screen.getByLabelText('Sentiment'), { target: { value: 'positive' } });
    expect(router.state.location.search).toBe('?view=flagged&flag=insult&sentiment=positive');
    fireEvent.change(screen.getByLabelText('Flag'), { target: { value: '' } });
    expect(router.state.location.search).toBe('?view=flagged&sentiment=positive');
  });

  it('commits the search text on Enter and clears everything with "Clear filters"', async () => {
    const { router } = setup('/?sentiment=negative');
    const search = screen.getByLabelText('Search');
    fireEvent.change(search, { target: { value: 'spam link' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(router.state.location.search).toBe('?sentiment=negative&q=spam+link');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getByLabelText('Search')).toHaveValue(''));
  });

  it('follows the URL when it changes from outside (back button)', async () => {
    const { router } = setup('/?q=first');
    await router.navigate('/?q=second&flag=spam');
    await waitFor(() => expect(screen.getByLabelText('Search')).toHaveValue('second'));
    expect(screen.getByLabelText('Flag')).toHaveValue('spam');
  });
});
