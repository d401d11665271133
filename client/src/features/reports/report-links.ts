import type { CommentFilters } from '@sift/shared';
import { withQuery } from '../../api/api-fetch';
import { filtersToQuery } from '../../lib/filters-url';

export type ExportFormat = 'csv' | 'json' | 'ndjson';

export function exportCommentsHref(filters: CommentFilters, format: ExportFormat): string {
  return withQuery(`/api/export/comments.${format}`, filtersToQuery(filters));
}

/** The audit log export only takes a time range. */
export function exportAuditHref(filters: Pick<CommentFilters, 'from' | 'to'>): string {
  return withQuery('/api/export/audit.csv', { from: filters.from, to: filters.to });
}

export function printableSummaryHref(filters: CommentFilters): string {
  return withQuery('/api/reports/summary', { ...filtersToQuery(filters), format: 'html' });
}
