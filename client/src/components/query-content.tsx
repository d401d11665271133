import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from './query-state';

/** The part of a query result that decides what to show: react-query's results fit it. */
export interface QueryStatus {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface QueryContentProps {
  query: QueryStatus;
  loadingLabel: string;
  /** Whether the answer has nothing to show; then `empty` says so instead of the content. */
  isEmpty?: boolean;
  empty?: ReactNode;
  children: ReactNode;
}

/** A query's content once it has some; until then its loading, error (with a retry) or empty state. */
export function QueryContent({ query, loadingLabel, isEmpty = false, empty, children }: QueryContentProps) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty) return <EmptyState>{empty}</EmptyState>;
  return <>{children}</>;
}
