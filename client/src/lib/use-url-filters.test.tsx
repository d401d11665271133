import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useUrlFilters } from './use-url-filters';
import { FilterBar } from '../components/filter-bar';
import { jsonResponse, mockFetch, renderAt } from '../test/render';

function FiltersHarness() {
  const { filters, update, replaceAll } = useUrlFilters();
  return <FilterBar filters={filters} onChange={(patch) => update(patch)} onClear={() => replaceAll({})} />;
}

afterEach(() => vi.unstubAllGlobals());

const flagBox = (name: string) => within(screen.getByTestId('filter-flag')).getByRole('checkbox', { name });
const checkedFlags = () =>
  within(screen.getByTestId('filter-flag'))
    .getAllByRole('checkbox')
    .filter((c) => (c as HTMLInputElement).checked)
    .map((c) => (c as HTMLInputElement).value);

function setup(path: string) {
  const mock = mockFetch((url) =>
    url.pathname === '/api/articles' ? jsonResponse({ items: [{ id: 4, title: 'Budget vote', externalId: null, url: null, body: null, publishedAt: null, createdAt: '2025-01-01T00:00:00Z' }], nextCursor: null }) : undefined,
  );
  vi.stubGlobal('fetch', mock.fn);
  return renderAt(path, <FiltersHarness />);
}

describe('filter bar ↔ URL', () => {
  it('shows the filters of a bookmarked URL in the controls', async () => {
    setup('/?flag=threat,spam&sentiment=negative&q=kill&author=bob&sort=most_negative&articleId=4');
    expect(checkedFlags()).toEqual(['threat', 'spam']);
    expect(screen.getByTestId('filter-flag')).toHaveTextContent('Threat, Spam');
    expect(screen.getByLabelText('Sentiment')).toHaveValue('negative');
    expect(screen.getByLabelText('Search')).toHaveValue('kill');
    expect(screen.getByLabelText('Author')).toHaveValue('bob');
    expect(screen.getByLabelText('Sort')).toHaveValue('most_negative');
    await waitFor(() => expect(screen.getByLabelText('Article')).toHaveValue('4'));
  });

  it('writes control changes to the URL and keeps the other params', async () => {
    const { router } = setup('/?view=flagged');
    fireEvent.click(flagBox('Threat'));
    expect(router.state.location.search).toBe('?view=flagged&flag=threat');
    // Several categories, in the list's order whatever the click order.
    fireEvent.click(flagBox('Insult'));
    expect(router.state.location.search).toBe('?view=flagged&flag=insult%2Cthreat');
    fireEvent.change(screen.getByLabelText('Sentiment'), { target: { value: 'positive' } });
    expect(router.state.location.search).toBe('?view=flagged&flag=insult%2Cthreat&sentiment=positive');
    fireEvent.click(flagBox('Insult'));
    fireEvent.click(flagBox('Threat'));
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
    expect(checkedFlags()).toEqual(['spam']);
  });
});
