import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QueueItem, QueueView, RejectReason } from '@sift/shared';
import { useQueue } from '../../api/queue';
import { useQueueCounts } from '../../api/queue-counts';
import { FilterBar } from '../../components/filter-bar';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../api/api-fetch';
import { compact, defaultSortFor } from '../../lib/filters-url';
import { useUrlFilters } from '../../lib/use-url-filters';
import { CommentCard } from './comment-card';
import { NewCommentsBar } from './new-comments-bar';
import { QueueList, type QueueListHandle } from './queue-list';
import { QueueTabs, queuePanelId } from './queue-tabs';
import { ReasonPicker } from './reason-picker';
import { ShortcutSheet } from './shortcut-sheet';
import { flatItems } from './queue-cache';
import type { KeyAction } from './keyboard-map';
import { useDecisionActions, type DecisionStatusValue } from './use-decision-actions';
import { useQueueKeyboard } from './use-queue-keyboard';
import { useQueueLive } from './use-queue-live';

type RejectTarget = { kind: 'single'; id: number } | { kind: 'bulk' } | null;

export function QueuePage() {
  const { filters, update, replaceAll } = useUrlFilters();
  const view: QueueView = filters.view ?? 'pending';
  const query = useMemo(() => compact({ ...filters, view, sort: filters.sort ?? defaultSortFor(view) }), [filters, view]);
  const countFilters = useMemo(() => {
    const { view: _v, sort: _s, ...rest } = filters;
    return compact(rest);
  }, [filters]);

  const queue = useQueue(query);
  const counts = useQueueCounts(countFilters);
  const items = useMemo(() => flatItems(queue.data), [queue.data]);
  const actions = useDecisionActions();
  const live = useQueueLive(query);
  const toast = useToast();

  const [activeId, setActiveId] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [rejectTarget, setRejectTarget] = useState<RejectTarget>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const listRef = useRef<QueueListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusPending = useRef(false);

  // The active card is tracked by id; when it leaves the list (decided), the
  // one that took its place becomes active.
  const lastIndex = useRef(0);
  const found = items.findIndex((i) => i.id === activeId);
  const activeIndex = found >= 0 ? found : Math.min(lastIndex.current, items.length - 1);
  const activeItem = activeIndex >= 0 ? items[activeIndex] : undefined;
  useEffect(() => {
    lastIndex.current = Math.max(0, activeIndex);
  }, [activeIndex]);

  useEffect(() => {
    setSelected(new Set());
    setRejectTarget(null);
    lastIndex.current = 0;
  }, [query]);

  useEffect(() => {
    if (!focusPending.current || !activeItem) return;
    focusPending.current = false;
    listRef.current?.scrollToIndex(activeIndex);
    // The card may render a frame after scrolling; look it up then.
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-comment-id="${activeItem.id}"]`)?.focus({ preventScroll: true });
    });
  }, [activeItem, activeIndex]);

  const moveTo = useCallback(
    (index: number) => {
      const target = items[index];
      if (!target) return;
      focusPending.current = true;
      setActiveId(target.id);
    },
    [items],
  );

  const decide = useCallback(
    (item: QueueItem, status: DecisionStatusValue, reason?: RejectReason) => {
      setRejectTarget(null);
      focusPending.current = true;
      actions.decide(item, status, reason);
      // Keep the same position: the next card moves up into it.
      const index = items.findIndex((i) => i.id === item.id);
      const next = items[index + 1] ?? items[index - 1];
      if (item.id === activeItem?.id) setActiveId(next?.id ?? null);
    },
    [actions, items, activeItem],
  );

  const selectedItems = useCallback(() => items.filter((i) => selected.has(i.id)), [items, selected]);
  const decideSelection = useCallback(
    (status: DecisionStatusValue, reason?: RejectReason) => {
      const chosen = selectedItems();
      setRejectTarget(null);
      if (chosen.length === 0) {
        toast.show({ message: 'Nothing selected: press x on a comment to select it.' });
        return;
      }
      actions.decideMany(chosen, status, reason);
      setSelected(new Set());
    },
    [actions, selectedItems, toast],
  );

  const toggleSelect = useCallback((id: number) => {
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const onAction = (action: KeyAction) => {
    if (helpOpen) {
      if (action.type === 'toggleHelp' || action.type === 'cancel') setHelpOpen(false);
      return;
    }
    switch (action.type) {
      case 'next':
        return moveTo(Math.min(activeIndex + 1, items.length - 1));
      case 'previous':
        return moveTo(Math.max(activeIndex - 1, 0));
      case 'approve':
        return activeItem && decide(activeItem, 'approved');
      case 'escalate':
        return activeItem && decide(activeItem, 'escalated');
      case 'reject':
        return activeItem && setRejectTarget({ kind: 'single', id: activeItem.id });
      case 'reason':
        if (rejectTarget?.kind === 'bulk') return decideSelection('rejected', action.reason);
        if (rejectTarget?.kind === 'single') {
          const item = items.find((i) => i.id === rejectTarget.id);
          if (item) decide(item, 'rejected', action.reason);
          else setRejectTarget(null);
        }
        return;
      case 'cancel':
        return setRejectTarget(null);
      case 'undo':
        return actions.undoLast();
      case 'toggleSelect':
        return activeItem && toggleSelect(activeItem.id);
      case 'bulkApprove':
        return decideSelection('approved');
      case 'bulkReject':
        if (selected.size === 0) return toast.show({ message: 'Nothing selected: press x on a comment to select it.' });
        return setRejectTarget({ kind: 'bulk' });
      case 'focusSearch':
        return searchRef.current?.focus();
      case 'toggleHelp':
        return setHelpOpen(true);
    }
  };
  useQueueKeyboard(rejectTarget ? 'reason' : 'normal', onAction);

  const loadNew = async () => {
    try {
      const fresh = await live.loadNew();
      listRef.current?.scrollToTop();
      if (fresh[0]) setActiveId(fresh[0].id);
    } catch (error) {
      toast.show({ message: `Could not load the new comments: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const startReject = useCallback((id: number) => setRejectTarget({ kind: 'single', id }), []);
  const cancelReject = useCallback(() => setRejectTarget(null), []);
  const onLoadMore = useCallback(() => void queue.fetchNextPage(), [queue]);

  return (
    <div className="queue-page">
      <h1 className="visually-hidden">Moderation queue</h1>
      <FilterBar ref={searchRef} filters={filters} onChange={(patch) => update(patch)} onClear={() => replaceAll({ view: filters.view })} />
      <div className="queue-toolbar">
        <QueueTabs view={view} counts={counts.data} onSelect={(v) => update({ view: v, sort: undefined })} />
        <div className="queue-toolbar-actions">
          {selected.size > 0 && (
            <span className="selection-actions" role="group" aria-label="Selection">
              <span>{selected.size} selected</span>
              <button type="button" className="btn btn-small btn-approve" onClick={() => decideSelection('approved')}>
                Approve selected <kbd>⇧A</kbd>
              </button>
              <button type="button" className="btn btn-small btn-reject" onClick={() => setRejectTarget({ kind: 'bulk' })}>
                Reject selected… <kbd>⇧R</kbd>
              </button>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => setSelected(new Set())}>
                Clear selection
              </button>
            </span>
          )}
          <button type="button" className="btn btn-small btn-ghost" onClick={() => actions.undoLast()} disabled={!actions.canUndo}>
            Undo <kbd>u</kbd>
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </div>
      {rejectTarget?.kind === 'bulk' && (
        <ReasonPicker label={`Reason for rejecting ${selected.size} selected`} onPick={(r) => decideSelection('rejected', r)} onCancel={() => setRejectTarget(null)} />
      )}
      <section id={queuePanelId} role="tabpanel" aria-labelledby={`tab-${view}`} className="queue-panel">
        <NewCommentsBar count={live.newCount} loading={live.loadingNew} onLoad={() => void loadNew()} />
        {queue.isPending ? (
          <LoadingState label="Loading comments…" />
        ) : queue.isError ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState>No comments here. {view === 'pending' ? 'The queue is clear.' : 'Try other filters.'}</EmptyState>
        ) : (
          <QueueList
            ref={listRef}
            items={items}
            hasMore={queue.hasNextPage}
            loadingMore={queue.isFetchingNextPage}
            onLoadMore={onLoadMore}
            renderItem={(item) => (
              <CommentCard
                item={item}
                view={view}
                active={item.id === activeItem?.id}
                selected={selected.has(item.id)}
                choosingReason={rejectTarget?.kind === 'single' && rejectTarget.id === item.id}
                onActivate={setActiveId}
                onToggleSelect={toggleSelect}
                onDecide={decide}
                onStartReject={startReject}
                onCancelReject={cancelReject}
              />
            )}
          />
        )}
      </section>
      {helpOpen && <ShortcutSheet onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
