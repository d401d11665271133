import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { QueueView, SiftEvent } from '@sift/shared';
import { useLiveEvents } from '../../api/live-events';
import { fetchQueuePage } from '../../api/queue';
import { moderationKeys } from '../../api/query-keys';
import type { QueueUrlState } from '../../lib/filters-url';
import { flatItems, patchComment, prependItems, snapshotQueues } from './queue-cache';
import type { QueueItem } from '@sift/shared';

function createdMatches(event: { status: string; articleId: number }, query: QueueUrlState): boolean {
  const view: QueueView = query.view ?? 'pending';
  if (query.articleId !== undefined && query.articleId !== event.articleId) return false;
  if (view === 'all') return true;
  if (view === 'flagged') return event.status === 'pending';
  return event.status === view;
}

/**
 * Live updates for the queue. New comments are only counted (the list does
 * not move under the moderator); decisions made elsewhere update the card in
 * place and refresh the counts.
 */
export function useQueueLive(query: QueueUrlState) {
  const client = useQueryClient();
  const [newCount, setNewCount] = useState(0);
  const [loadingNew, setLoadingNew] = useState(false);

  // A different list: what was new for the old one means nothing now.
  const queryId = JSON.stringify(query);
  useEffect(() => setNewCount(0), [queryId]);

  const onEvent = useCallback(
    (event: SiftEvent) => {
      if (event.type === 'comment.created') {
        if (createdMatches(event, query)) setNewCount((n) => n + 1);
        void client.invalidateQueries({ queryKey: moderationKeys.countsAll() });
        return;
      }
      void client.invalidateQueries({ queryKey: moderationKeys.countsAll() });
      if (event.type === 'comment.decided') {
        const cached = snapshotQueues(client)
          .flatMap(([, data]) => flatItems(data))
          .find((item) => item.id === event.commentId);
        if (cached && event.version > cached.version) {
          patchComment(client, { id: event.commentId, status: event.toStatus as QueueItem['status'], version: event.version });
        }
      }
    },
    [client, query],
  );
  useLiveEvents(onEvent);

  /** Fetches the newest matching comments and puts the unseen ones at the top. Returns how many. */
  const loadNew = useCallback(async (): Promise<QueueItem[]> => {
    setLoadingNew(true);
    try {
      const limit = Math.min(200, Math.max(1, newCount));
      const page = await fetchQueuePage({ ...query, sort: 'newest' }, undefined, limit);
      const key = moderationKeys.queue(query);
      const known = new Set(flatItems(client.getQueryData(key)).map((i) => i.id));
      const fresh = page.items.filter((i) => !known.has(i.id));
      prependItems(client, key, fresh);
      setNewCount(0);
      return fresh;
    } finally {
      setLoadingNew(false);
    }
  }, [client, newCount, query]);

  return { newCount, loadingNew, loadNew };
}
