import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CommentFilters } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { reportKeys } from './query-keys';
import { filtersToQuery } from '../lib/filters-url';

/** The summary's shape belongs to the server; the page shows whatever figures it holds. */
export type ReportSummary = Record<string, unknown>;

export function fetchReportSummary(filters: CommentFilters, signal?: AbortSignal) {
  return apiFetch<ReportSummary>('/api/reports/summary', { query: filtersToQuery(filters), signal });
}

export function reportSummaryQueryOptions(filters: CommentFilters) {
  return queryOptions({ queryKey: reportKeys.summary(filters), queryFn: ({ signal }) => fetchReportSummary(filters, signal) });
}

export function useReportSummary(filters: CommentFilters, enabled = true) {
  return useQuery({ ...reportSummaryQueryOptions(filters), enabled });
}
