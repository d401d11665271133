import { useCallback, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueueItem, RejectReason } from '@sift/shared';
import { decideComment } from '../../api/decide-comment';
import { decideBulk } from '../../api/bulk-decision';
import { undoDecision } from '../../api/undo-decision';
import { ApiError, errorMessage } from '../../api/api-fetch';
import { moderationKeys } from '../../api/query-keys';
import { useToast } from '../../components/toast';
import { applyStatus, patchComment, reinsert, restoreQueues, snapshotQueues, type RemovedPosition } from './queue-cache';
import { explainDecisionError } from './explain-error';

export type DecisionStatusValue = 'approved' | 'rejected' | 'escalated';

interface UndoEntry {
  item: QueueItem;
  /** The comment's version after our decision: what the undo must expect. */
  version: number;
  positions: RemovedPosition[];
}

interface ConflictShape {
  current?: QueueItem | null;
  /** Bulk 409: every comment that changed meanwhile, as it is now. */
  conflicts?: { commentId: number; current: QueueItem | null }[];
}

/** Options of one bulk decision. */
export interface BulkOptions {
  /** Called with the ids still undecided after a refused batch (the conflicting ones left out). */
  onFailed?: (retryIds: number[]) => void;
}

const verbs: Record<DecisionStatusValue, string> = { approved: 'Approved', rejected: 'Rejected', escalated: 'Escalated' };

/**
 * Decisions with optimistic updates: the card leaves the tab at once, and comes
 * back (with an explanation) if the server says no.
 */
export function useDecisionActions() {
  const client = useQueryClient();
  const toast = useToast();
  const undoStack = useRef<UndoEntry[]>([]);
  const [undoCount, setUndoCount] = useState(0);

  const pushUndo = useCallback((entries: UndoEntry[]) => {
    undoStack.current = [...undoStack.current, ...entries].slice(-50);
    setUndoCount(undoStack.current.length);
  }, []);

  const undo = useMutation({
    mutationFn: (entry: UndoEntry) => undoDecision({ commentId: entry.item.id, expectedVersion: entry.version }),
    onSuccess: (result, entry) => {
      const restored = { ...entry.item, ...result.comment };
      reinsert(client, restored, entry.positions);
      patchComment(client, result.comment);
      toast.show({ message: `Undone: comment by ${entry.item.author.name} is ${result.comment.status} again`, tone: 'success' });
    },
    onError: (error) => toast.show({ message: `Could not undo: ${errorMessage(error)}`, tone: 'error' }),
    onSettled: () => client.invalidateQueries({ queryKey: moderationKeys.countsAll() }),
  });

  const undoLast = useCallback(() => {
    const entry = undoStack.current.pop();
    setUndoCount(undoStack.current.length);
    if (entry) undo.mutate(entry);
    else toast.show({ message: 'Nothing to undo.' });
  }, [undo, toast]);

  const single = useMutation({
    mutationFn: (v: { item: QueueItem; status: DecisionStatusValue; reason?: RejectReason }) =>
      decideComment({
        commentId: v.item.id,
        input: { status: v.status, reason: v.status === 'rejected' ? v.reason : undefined, expectedVersion: v.item.version },
      }),
    onMutate: async (v) => {
      await client.cancelQueries({ queryKey: moderationKeys.queues() });
      const snapshot = snapshotQueues(client);
      const removed = applyStatus(client, [v.item.id], v.status);
      return { snapshot, positions: removed.get(v.item.id) ?? [] };
    },
    onError: (error, _v, context) => {
      if (context) restoreQueues(client, context.snapshot);
      // Show who won: the card stays, with the status it really has now.
      const current = error instanceof ApiError ? (error.details as ConflictShape | undefined)?.current : undefined;
      if (current) patchComment(client, { id: current.id, status: current.status, version: current.version });
      toast.show({ message: explainDecisionError(error), tone: 'error' });
    },
    onSuccess: (result, v, context) => {
      patchComment(client, result.comment);
      const entry = { item: v.item, version: result.comment.version, positions: context?.positions ?? [] };
      pushUndo([entry]);
      toast.show({
        message: `${verbs[v.status]}${v.reason ? ` (${v.reason.replace(/_/g, ' ')})` : ''}: comment by ${v.item.author.name}`,
        action: { label: 'Undo', onAction: () => undoOne(entry) },
      });
    },
    onSettled: () => client.invalidateQueries({ queryKey: moderationKeys.countsAll() }),
  });

  const bulk = useMutation({
    mutationFn: (v: { items: QueueItem[]; status: DecisionStatusValue; reason?: RejectReason; options?: BulkOptions }) =>
      decideBulk({
        status: v.status,
        reason: v.status === 'rejected' ? v.reason : undefined,
        items: v.items.map((i) => ({ commentId: i.id, expectedVersion: i.version })),
      }),
    onMutate: async (v) => {
      await client.cancelQueries({ queryKey: moderationKeys.queues() });
      const snapshot = snapshotQueues(client);
      const removed = applyStatus(
        client,
        v.items.map((i) => i.id),
        v.status,
      );
      return { snapshot, removed };
    },
    onError: (error, v, context) => {
      if (context) restoreQueues(client, context.snapshot);
      // Nothing was applied; the cards come back, and the ones decided
      // elsewhere meanwhile show their new status (and leave the selection).
      const conflicts = error instanceof ApiError ? ((error.details as ConflictShape | undefined)?.conflicts ?? []) : [];
      for (const c of conflicts) if (c.current) patchComment(client, { id: c.current.id, status: c.current.status, version: c.current.version });
      const stale = new Set(conflicts.map((c) => c.commentId));
      v.options?.onFailed?.(v.items.filter((i) => !stale.has(i.id)).map((i) => i.id));
      toast.show({ message: explainDecisionError(error), tone: 'error' });
    },
    onSuccess: (result, v, context) => {
      const entries: UndoEntry[] = [];
      for (const decided of result.decided) {
        patchComment(client, decided.comment);
        const item = v.items.find((i) => i.id === decided.comment.id);
        if (item) entries.push({ item, version: decided.comment.version, positions: context?.removed.get(item.id) ?? [] });
      }
      pushUndo(entries);
      toast.show({ message: `${verbs[v.status]} ${result.decided.length} comment(s). Press u to undo one at a time.` });
    },
    onSettled: () => client.invalidateQueries({ queryKey: moderationKeys.countsAll() }),
  });

  // Undo from the toast: that exact decision, wherever it is in the stack.
  const undoOne = useCallback(
    (entry: UndoEntry) => {
      undoStack.current = undoStack.current.filter((e) => e !== entry);
      setUndoCount(undoStack.current.length);
      undo.mutate(entry);
    },
    [undo],
  );

  const decide = useCallback(
    (item: QueueItem, status: DecisionStatusValue, reason?: RejectReason) => single.mutate({ item, status, reason }),
    [single],
  );
  const decideMany = useCallback(
    (items: QueueItem[], status: DecisionStatusValue, reason?: RejectReason, options?: BulkOptions) => {
      if (items.length > 0) bulk.mutate({ items, status, reason, options });
    },
    [bulk],
  );

  return { decide, decideMany, undoLast, canUndo: undoCount > 0 };
}
