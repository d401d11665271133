import { forwardRef, useCallback } from 'react';
import { flagCategories, QueueSort, type FlagCategory, type SentimentLabel } from '@sift/shared';
import { DebouncedInput } from './debounced-input';
import { MultiSelect } from './multi-select';
import { useArticles } from '../api/articles';
import type { QueueUrlState } from '../lib/filters-url';
import { isoToLocalInput, localInputToIso } from '../lib/local-datetime';
import { labelOf } from '../lib/format';

export interface FilterBarProps {
  filters: QueueUrlState;
  onChange: (patch: Partial<QueueUrlState>) => void;
  onClear: () => void;
  showSort?: boolean;
  showDates?: boolean;
}

const sentiments: SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** Drill-down filters with no control of their own, shown as removable chips. */
const chipKeys = ['compoundMin', 'compoundMax', 'priorityMin', 'priorityMax', 'authorId', 'moderatorId', 'decisionSource'] as const;

/** The filters shared by the queue, insights and reports; the search box ref is for the `/` shortcut. */
export const FilterBar = forwardRef<HTMLInputElement, FilterBarProps>(function FilterBar(
  { filters, onChange, onClear, showSort = true, showDates = true },
  searchRef,
) {
  const articles = useArticles();
  const articleOptions = articles.data?.pages.flatMap((p) => p.items) ?? [];
  const commitQ = useCallback((q: string) => onChange({ q: q || undefined }), [onChange]);
  const commitAuthor = useCallback((author: string) => onChange({ author: author || undefined }), [onChange]);
  const flag = filters.flag ?? [];
  const sentiment = filters.sentiment ?? [];

  return (
    <form className="filter-bar" role="search" aria-label="Filter comments" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-grow">
        <label htmlFor="filter-q">Search</label>
        <DebouncedInput ref={searchRef} id="filter-q" type="search" value={filters.q ?? ''} onCommit={commitQ} placeholder="Words in the comment  ( / )" />
      </div>
      <div className="field">
        <label htmlFor="filter-article">Article</label>
        <select
          id="filter-article"
          value={filters.articleId ?? ''}
          onChange={(e) => onChange({ articleId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">All articles</option>
          {filters.articleId !== undefined && !articleOptions.some((a) => a.id === filters.articleId) && (
            <option value={filters.articleId}>Article #{filters.articleId}</option>
          )}
          {articleOptions.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <MultiSelect
        label="Flags"
        testId="filter-flag"
        options={flagCategories}
        value={flag}
        optionLabel={labelOf}
        onChange={(next: FlagCategory[]) => onChange({ flag: next.length ? next : undefined })}
      />
      <div className="field">
        <label htmlFor="filter-sentiment">Sentiment</label>
        <select
          id="filter-sentiment"
          value={sentiment.length === 1 ? sentiment[0] : ''}
          onChange={(e) => onChange({ sentiment: e.target.value ? [e.target.value as SentimentLabel] : undefined })}
        >
          <option value="">Any</option>
          {sentiments.map((s) => (
            <option key={s} value={s}>
              {labelOf(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-author">Author</label>
        <DebouncedInput id="filter-author" type="text" value={filters.author ?? ''} onCommit={commitAuthor} />
      </div>
      {showDates && (
        <>
          <div className="field">
            <label htmlFor="filter-from">From</label>
            <input id="filter-from" type="datetime-local" value={isoToLocalInput(filters.from)} onChange={(e) => onChange({ from: localInputToIso(e.target.value) })} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">To</label>
            <input id="filter-to" type="datetime-local" value={isoToLocalInput(filters.to)} onChange={(e) => onChange({ to: localInputToIso(e.target.value) })} />
          </div>
        </>
      )}
      {showSort && (
        <div className="field">
          <label htmlFor="filter-sort">Sort</label>
          <select id="filter-sort" value={filters.sort ?? ''} onChange={(e) => onChange({ sort: (e.target.value || undefined) as QueueUrlState['sort'] })}>
            <option value="">Default</option>
            {QueueSort.options.map((s) => (
              <option key={s} value={s}>
                {labelOf(s)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field field-actions">
        <button type="button" className="btn btn-ghost" onClick={onClear}>
          Clear filters
        </button>
      </div>
      {chipKeys.some((k) => filters[k] !== undefined) && (
        <ul className="filter-chips" aria-label="More filters">
          {chipKeys
            .filter((k) => filters[k] !== undefined)
            .map((k) => (
              <li key={k} className="chip">
                {labelOf(k.replace(/([A-Z])/g, '_$1').toLowerCase())}: {String(filters[k])}
                <button type="button" className="chip-remove" aria-label={`Remove filter ${k}`} onClick={() => onChange({ [k]: undefined })}>
                  ×
                </button>
              </li>
            ))}
        </ul>
      )}
    </form>
  );
});
