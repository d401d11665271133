import type { ReactNode } from 'react';

interface AdminTableProps {
  testId: string;
  /** Says what the rows are, for screen readers; the section heading says it to everyone else. */
  caption: string;
  /** Headings of the data columns; a last column holds each row's buttons. */
  columns: readonly string[];
  /** The rows, each ending in a `row-actions` cell. */
  children: ReactNode;
}

/** Accounts or keys as a table, one row each with the buttons that act on it. */
export function AdminTable(props: AdminTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={props.testId}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/** A row's button that opens a dialog about that row; the label names the row for screen readers. */
export function RowAction(props: { label: string; ariaLabel: string; danger?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className={props.danger ? 'btn btn-small btn-danger-outline' : 'btn btn-small'}
      aria-haspopup="dialog"
      aria-label={props.ariaLabel}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
