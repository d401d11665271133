import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueItem } from '@sift/shared';
import type { QueueListHandle } from './queue-list';

/**
 * The card the keyboard acts on. It is tracked by id; when it leaves the
 * list (decided), the card that took its place becomes active, so the
 * moderator's position on screen does not jump.
 */
export function useActiveCard(items: QueueItem[], resetKey: unknown) {
  const [activeId, setActiveId] = useState<number | null>(null);
  const listRef = useRef<QueueListHandle>(null);
  const focusPending = useRef(false);
  const lastIndex = useRef(0);

  const found = items.findIndex((i) => i.id === activeId);
  const activeIndex = found >= 0 ? found : Math.min(lastIndex.current, items.length - 1);
  const activeItem = activeIndex >= 0 ? items[activeIndex] : undefined;

  useEffect(() => {
    lastIndex.current = Math.max(0, activeIndex);
  }, [activeIndex]);

  useEffect(() => {
    lastIndex.current = 0;
  }, [resetKey]);

  useEffect(() => {
    if (!focusPending.current || !activeItem) return;
    focusPending.current = false;
    listRef.current?.scrollToIndex(activeIndex);
    // The card may render a frame after scrolling; look it up then.
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-comment-id="${activeItem.id}"]`)?.focus({ preventScroll: true });
    });
  }, [activeItem, activeIndex]);

  /** Makes the card at `index` active and moves focus to it. */
  const moveTo = useCallback(
    (index: number) => {
      const target = items[index];
      if (!target) return;
      focusPending.current = true;
      setActiveId(target.id);
    },
    [items],
  );

  /** After deciding `item`: the next card (or the previous, at the end) takes over, with focus. */
  const stepPast = useCallback(
    (item: QueueItem) => {
      focusPending.current = true;
      const index = items.findIndex((i) => i.id === item.id);
      const next = items[index + 1] ?? items[index - 1];
      if (item.id === activeItem?.id) setActiveId(next?.id ?? null);
    },
    [items, activeItem],
  );

  return { activeItem, activeIndex, setActiveId, moveTo, stepPast, listRef };
}
