import { useId, type ReactNode } from 'react';
import { QueryContent, type QueryStatus } from '../../components/query-content';

interface ChartFrameProps {
  title: string;
  testId: string;
  /** One or two sentences saying what the chart shows, for everyone (and screen readers). */
  summary?: string;
  query: QueryStatus;
  isEmpty: boolean;
  children: ReactNode;
  /** The chart's data as a table of links into the queue (keyboard and screen-reader way in). */
  table?: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const headingId = useId();
  const summaryId = useId();
  return (
    <section className="card chart-card" aria-labelledby={headingId} data-testid={props.testId}>
      <h2 id={headingId}>{props.title}</h2>
      <p id={summaryId} className="chart-summary">
        {props.summary ?? ''}
      </p>
      <QueryContent query={props.query} loadingLabel="Loading chart…" isEmpty={props.isEmpty} empty="Nothing to show for this period and these filters.">
        <div className="chart-canvas" role="img" aria-labelledby={headingId} aria-describedby={summaryId}>
          {props.children}
        </div>
        {props.table && (
          <details className="chart-table">
            <summary>Data as a table</summary>
            {props.table}
          </details>
        )}
      </QueryContent>
    </section>
  );
}
