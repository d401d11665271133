import { forwardRef, useEffect, useImperativeHandle, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { QueueItem } from '@sift/shared';

export interface QueueListHandle {
  scrollToIndex: (index: number) => void;
  scrollToTop: () => void;
}

interface QueueListProps {
  items: QueueItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  renderItem: (item: QueueItem, index: number) => ReactNode;
}

/**
 * Only the cards in view (plus a few) are in the DOM, measured as they
 * render, so tens of thousands of loaded comments scroll smoothly.
 */
export const QueueList = forwardRef<QueueListHandle, QueueListProps>(function QueueList(
  { items, hasMore, loadingMore, onLoadMore, renderItem },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 260,
    overscan: 4,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  useImperativeHandle(ref, () => ({
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    scrollToTop: () => virtualizer.scrollToOffset(0),
  }));

  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 6) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  return (
    <div ref={scrollRef} className="queue-scroll" data-scroll-container="">
      <div role="feed" aria-busy={loadingMore} aria-label="Comments" className="queue-feed" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="queue-row"
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
      {loadingMore && <p className="muted list-footer">Loading more…</p>}
      {!hasMore && items.length > 0 && <p className="muted list-footer">End of the list.</p>}
    </div>
  );
});
