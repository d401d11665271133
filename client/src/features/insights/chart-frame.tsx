import { useId, type ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-state';

interface ChartFrameProps {
  title: string;
  testId: string;
  /** One or two sentences saying what the chart shows, for everyone (and screen readers). */
  summary?: string;
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  onRetry: () => void;
  children: ReactNode;
  /** The chart's data as a table of links into the queue (keyboard and screen-reader way in). */
  table?: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const headingId = useId();
  const summaryId = useId();
  let body: ReactNode;
  if (props.isPending) body = <LoadingState label="Loading chart…" />;
  else if (props.error) body = <ErrorState error={props.error} onRetry={props.onRetry} />;
  else if (props.isEmpty) body = <EmptyState>Nothing to show for this period and these filters.</EmptyState>;
  else
    body = (
      <>
        <div className="chart-canvas" role="img" aria-labelledby={headingId} aria-describedby={summaryId}>
          {props.children}
        </div>
        {props.table && (
          <details className="chart-table">
            <summary>Data as a table</summary>
            {props.table}
          </details>
        )}
      </>
    );
  return (
    <section className="card chart-card" aria-labelledby={headingId} data-testid={props.testId}>
      <h2 id={headingId}>{props.title}</h2>
      <p id={summaryId} className="chart-summary">
        {props.summary ?? ''}
      </p>
      {body}
    </section>
  );
}
