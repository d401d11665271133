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
import { permissions } from '../../auth/roles';
import { useSession } from '../../auth/use-session';
import { CommentCard } from './comment-card';
import { NewCommentsBar } from './new-comments-bar';
import { QueueList } from './queue-list';
import { QueueTabs, queuePanelId } from './queue-tabs';
import { QueueToolbar } from './queue-toolbar';
import { ReasonPicker } from './reason-picker';
import { ShortcutSheet } from './shortcut-sheet';
import { flatItems } from './queue-cache';
import { decidingActions, type KeyAction } from './keyboard-map';
import { useActiveCard } from './use-active-card';
import { useDecisionActions, type DecisionStatusValue } from './use-decision-actions';
import { useQueueKeyboard } from './use-queue-keyboard';
import { useQueueLive } from './use-queue-live';

type RejectTarget = { kind: 'single'; id: number } | { kind: 'bulk' } | null;

const nothingSelected = 'Nothing selected: press x on a comment to select it.';

export function QueuePage() {
  const { filters, update, replaceAll } = useUrlFilters();
  const view: QueueView = filters.view ?? 'pending';
  const query = useMemo(() => compact({ ...filters, view, sort: filters.sort ?? defaultSortFor(view) }), [filters, view]);
  const countFilters = useMemo(() => {
    const { view: _v, sort: _s, ...rest } = filters;
    return compact(rest);
  }, [filters]);

  const canDecide = permissions.decide(useSession().user?.role);
  const queue = useQueue(query);
  const counts = useQueueCounts(countFilters);
  const items = useMemo(() => flatItems(queue.data), [queue.data]);
  const actions = useDecisionActions();
  const live = useQueueLive(query);
  const toast = useToast();
  const { activeItem, activeIndex, setActiveId, moveTo, stepPast, listRef } = useActiveCard(items, query);

  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [rejectTarget, setRejectTarget] = useState<RejectTarget>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setSelected(new Set());
    setRejectTarget(null);
  }, [query]);

  const decide = useCallback(
    (item: QueueItem, status: DecisionStatusValue, reason?: RejectReason) => {
      setRejectTarget(null);
      actions.decide(item, status, reason);
      // Keep the same position: the next card moves up into it.
      stepPast(item);
    },
    [actions, stepPast],
  );

  const decideSelection = useCallback(
    (status: DecisionStatusValue, reason?: RejectReason) => {
      const chosen = items.filter((i) => selected.has(i.id));
      setRejectTarget(null);
      if (chosen.length === 0) return void toast.show({ message: nothingSelected });
      // A refused batch (someone decided one meanwhile) comes back selected, to retry without it.
      actions.decideMany(chosen, status, reason, { onFailed: (ids) => setSelected(new Set(ids)) });
      setSelected(new Set());
    },
    [actions, items, selected, toast],
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
    if (!canDecide && decidingActions.has(action.type)) {
      return void toast.show({ message: 'Read only: your role can look at the queue but not decide. Ask an admin for moderator access.' });
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
      case 'reason': {
        if (rejectTarget?.kind === 'bulk') return decideSelection('rejected', action.reason);
        const item = rejectTarget?.kind === 'single' ? items.find((i) => i.id === rejectTarget.id) : undefined;
        return item ? decide(item, 'rejected', action.reason) : setRejectTarget(null);
      }
      case 'cancel':
        return setRejectTarget(null);
      case 'undo':
        return actions.undoLast();
      case 'toggleSelect':
        return activeItem && toggleSelect(activeItem.id);
      case 'bulkApprove':
        return decideSelection('approved');
      case 'bulkReject':
        if (selected.size === 0) return void toast.show({ message: nothingSelected });
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
        <QueueToolbar
          canDecide={canDecide}
          selectedCount={selected.size}
          canUndo={actions.canUndo}
          onApproveSelected={() => decideSelection('approved')}
          onRejectSelected={() => setRejectTarget({ kind: 'bulk' })}
          onClearSelection={() => setSelected(new Set())}
          onUndo={() => actions.undoLast()}
          onHelp={() => setHelpOpen(true)}
        />
      </div>
      {rejectTarget?.kind === 'bulk' && (
        <ReasonPicker label={`Reason for rejecting ${selected.size} selected`} onPick={(r) => decideSelection('rejected', r)} onCancel={cancelReject} />
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
                canDecide={canDecide}
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
