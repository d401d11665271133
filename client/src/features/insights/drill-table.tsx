import type { Key, ReactNode } from 'react';
import { Link } from 'react-router';
import type { CommentFilters } from '@sift/shared';

export interface DrillColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the cell a link into the queue: the chart's filters narrowed to the comments the cell counts. */
  href?: (row: Row, base: CommentFilters) => string;
}

interface DrillTableProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The filters the chart was drawn with, which every link narrows. */
  base: CommentFilters;
  columns: readonly DrillColumn<Row>[];
}

/**
 * A chart's data as a table of links into the queue. The first column's link
 * opens the row's own comments and is the one marked as the row's drill link;
 * links in later columns narrow it further.
 */
export function DrillTable<Row>({ rows, rowKey, base, columns }: DrillTableProps<Row>) {
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, i) => (
              <td key={column.header}>
                {column.href ? (
                  <Link to={column.href(row, base)} data-testid={i === 0 ? 'drill-link' : undefined}>
                    {column.cell(row)}
                  </Link>
                ) : (
                  column.cell(row)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
