import { useMemo } from 'react';
import { FilterBar } from '../../components/filter-bar';
import { ErrorState, LoadingState } from '../../components/query-state';
import { useReportSummary } from '../../api/report-summary';
import { compact } from '../../lib/filters-url';
import { useUrlFilters } from '../../lib/use-url-filters';
import { exportAuditHref, exportCommentsHref, printableSummaryHref } from './report-links';
import { SummaryFigures } from './summary-figures';

export function ReportsPage() {
  const { filters, update, replaceAll } = useUrlFilters();
  const reportFilters = useMemo(() => {
    const { sort: _sort, ...rest } = filters;
    return compact(rest);
  }, [filters]);
  const summary = useReportSummary(reportFilters);

  return (
    <div className="page reports-page">
      <h1>Reports and exports</h1>
      <p className="muted">Choose a period and filters; every download and the summary use them.</p>
      <FilterBar filters={filters} showSort={false} onChange={(patch) => update(patch)} onClear={() => replaceAll({})} />
      <section className="card" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <ul className="download-list">
          <li>
            <a className="btn" href={exportCommentsHref(reportFilters, 'csv')} download data-testid="export-csv">
              Comments as CSV
            </a>
          </li>
          <li>
            <a className="btn" href={exportCommentsHref(reportFilters, 'json')} download data-testid="export-json">
              Comments as JSON
            </a>
          </li>
          <li>
            <a className="btn" href={exportCommentsHref(reportFilters, 'ndjson')} download data-testid="export-ndjson">
              Comments as NDJSON
            </a>
          </li>
          <li>
            <a className="btn" href={exportAuditHref(reportFilters)} download data-testid="export-audit">
              Decision log (audit) as CSV
            </a>
          </li>
          <li>
            <a className="btn btn-primary" href={printableSummaryHref(reportFilters)} target="_blank" rel="noopener noreferrer" data-testid="printable-summary">
              Printable summary (opens in a new tab)
            </a>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="summary-heading" data-testid="report-summary">
        <h2 id="summary-heading">Summary</h2>
        {summary.isPending ? (
          <LoadingState label="Loading summary…" />
        ) : summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <SummaryFigures data={summary.data} />
        )}
      </section>
    </div>
  );
}
