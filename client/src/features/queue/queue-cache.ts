import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Comment, CommentStatus, QueuePage, QueueItem, QueueView } from '@sift/shared';
import { moderationKeys } from '../../api/query-keys';
import type { QueueUrlState } from '../../lib/filters-url';

export type QueueData = InfiniteData<QueuePage, string | undefined>;
export type QueueSnapshot = [QueryKey, QueueData | undefined][];

/** Whether a comment still belongs in a tab after its status changed. */
export function matchesView(view: QueueView | undefined, item: Pick<QueueItem, 'status' | 'scores'>): boolean {
  const v = view ?? 'pending';
  if (v === 'all') return true;
  if (v === 'flagged') return item.status === 'pending' && (item.scores?.flags.length ?? 0) > 0;
  return item.status === v;
}

function viewOfKey(key: QueryKey): QueueView | undefined {
  const query = key[2] as QueueUrlState | undefined;
  return query?.view;
}

export function snapshotQueues(client: QueryClient): QueueSnapshot {
  return client.getQueriesData<QueueData>({ queryKey: moderationKeys.queues() });
}

export function restoreQueues(client: QueryClient, snapshot: QueueSnapshot) {
  for (const [key, data] of snapshot) client.setQueryData(key, data);
}

export function flatItems(data: { pages: QueuePage[] } | undefined): QueueItem[] {
  return data ? data.pages.flatMap((page) => page.items) : [];
}

function mapPages(data: QueueData, map: (items: QueueItem[]) => QueueItem[]): QueueData {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: map(page.items) })) };
}

export interface RemovedPosition {
  queryKey: QueryKey;
  index: number;
}

/**
 * Gives the comments a new status in every cached queue, and drops them from
 * the tabs they no longer belong in. Returns where they were dropped from, so
 * an undo can put them back in the same place.
 */
export function applyStatus(client: QueryClient, ids: readonly number[], status: CommentStatus): Map<number, RemovedPosition[]> {
  const wanted = new Set(ids);
  const removed = new Map<number, RemovedPosition[]>();
  for (const [key, data] of snapshotQueues(client)) {
    if (!data) continue;
    const view = viewOfKey(key);
    const flat = flatItems(data);
    flat.forEach((item, index) => {
      if (!wanted.has(item.id)) return;
      if (!matchesView(view, { ...item, status })) {
        const list = removed.get(item.id) ?? [];
        list.push({ queryKey: key, index });
        removed.set(item.id, list);
      }
    });
    client.setQueryData<QueueData>(key, (old) =>
      old &&
      mapPages(old, (items) =>
        items.flatMap((item) => {
          if (!wanted.has(item.id)) return [item];
          const next = { ...item, status };
          return matchesView(view, next) ? [next] : [];
        }),
      ),
    );
  }
  return removed;
}

/** Replaces a comment's server fields (status, version, scores) wherever it is cached, without moving it. */
export function patchComment(client: QueryClient, comment: Partial<Comment> & { id: number }) {
  client.setQueriesData<QueueData>({ queryKey: moderationKeys.queues() }, (old) =>
    old && mapPages(old, (items) => items.map((item) => (item.id === comment.id ? { ...item, ...comment } : item))),
  );
}

/** Puts a comment back at its old index (after an undo), unless it is already there. */
export function reinsert(client: QueryClient, item: QueueItem, positions: readonly RemovedPosition[]) {
  for (const { queryKey, index } of positions) {
    client.setQueryData<QueueData>(queryKey, (old) => {
      if (!old || !matchesView(viewOfKey(queryKey), item)) return old;
      if (flatItems(old).some((existing) => existing.id === item.id)) return old;
      let remaining = index;
      const pages = old.pages.map((page) => ({ ...page, items: [...page.items] }));
      for (const page of pages) {
        if (remaining <= page.items.length) {
          page.items.splice(remaining, 0, item);
          return { ...old, pages };
        }
        remaining -= page.items.length;
      }
      pages[pages.length - 1]?.items.push(item);
      return { ...old, pages };
    });
  }
}

/** Adds comments at the top of one cached queue (the "N new comments" bar). */
export function prependItems(client: QueryClient, queryKey: QueryKey, items: readonly QueueItem[]): number {
  let added = 0;
  client.setQueryData<QueueData>(queryKey, (old) => {
    if (!old || old.pages.length === 0) return old;
    const known = new Set(flatItems(old).map((i) => i.id));
    const fresh = items.filter((i) => !known.has(i.id));
    added = fresh.length;
    if (fresh.length === 0) return old;
    const [first, ...rest] = old.pages;
    return { ...old, pages: [{ ...first!, items: [...fresh, ...first!.items] }, ...rest] };
  });
  return added;
}
