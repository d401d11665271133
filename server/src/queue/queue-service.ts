import { flagCategories, type CommentFilters, type QueueCounts, type QueuePage, type QueueQuery, type QueueSort, type QueueView } from '@sift/shared';
import type { QueueStore, StatusFlagCount } from '../store/moderation-store';
import { decodeCursor, encodeCursor } from './keyset-cursor';

const DEFAULT_LIMIT = 50;

/** Pending work is read most urgent first; finished work newest first. */
export function defaultSort(view: QueueView | undefined): QueueSort {
  return view === undefined || view === 'pending' || view === 'flagged' ? 'priority' : 'newest';
}

export class QueueService {
  constructor(private readonly store: QueueStore) {}

  async page(query: QueueQuery): Promise<QueuePage> {
    const { sort: givenSort, cursor, limit, ...filters } = query;
    // The queue is the moderators' to-do list: pending unless asked otherwise.
    const view = filters.view ?? 'pending';
    const sort = givenSort ?? defaultSort(view);
    const tag = `queue:${sort}`;
    const after = cursor ? decodeCursor(cursor, tag, 2) : null;
    const page = await this.store.queuePage({
      filters: { ...filters, view },
      sort,
      after: after ? { key: after[0] as number, id: after[1] as number } : null,
      limit: limit ?? DEFAULT_LIMIT,
    });
    return { items: page.items, nextCursor: page.next ? encodeCursor(tag, [page.next.key, page.next.id]) : null };
  }

  async counts(filters: CommentFilters): Promise<QueueCounts> {
    const rows = await this.store.countByStatusAndFlags(filters);
    return foldCounts(rows, filters.view ?? 'pending');
  }
}

function inView(row: StatusFlagCount, view: QueueView): boolean {
  if (view === 'all') return true;
  if (view === 'flagged') return row.status === 'pending' && row.flagMask !== 0;
  return row.status === view;
}

/** byView ignores the view filter (it is the tab bar); byFlag counts the chosen view. */
export function foldCounts(rows: StatusFlagCount[], view: QueueView): QueueCounts {
  const byView: Record<QueueView, number> = { pending: 0, flagged: 0, approved: 0, rejected: 0, escalated: 0, all: 0 };
  const byFlag = Object.fromEntries(flagCategories.map((f) => [f, 0])) as QueueCounts['byFlag'];
  for (const row of rows) {
    byView.all += row.n;
    byView[row.status] += row.n;
    if (row.status === 'pending' && row.flagMask !== 0) byView.flagged += row.n;
    if (!inView(row, view)) continue;
    flagCategories.forEach((f, bit) => {
      if (row.flagMask & (1 << bit)) byFlag[f] += row.n;
    });
  }
  return { byView, byFlag };
}
