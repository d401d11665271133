import { labelOf } from '../../lib/format';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString() : value.toFixed(3);
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Shows the report's figures whatever their nesting: numbers and strings as a
 * definition list, nested objects as sub-sections, lists of records as tables.
 * Every value is text, never HTML.
 */
export function SummaryFigures({ data, depth = 0 }: { data: Record<string, unknown>; depth?: number }) {
  const scalars = Object.entries(data).filter(([, v]) => !isRecord(v) && !Array.isArray(v));
  const nested = Object.entries(data).filter(([, v]) => isRecord(v));
  const lists = Object.entries(data).filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
  const Heading = depth === 0 ? 'h3' : 'h4';
  return (
    <div className="summary-figures">
      {scalars.length > 0 && (
        <dl className="figures">
          {scalars.map(([k, v]) => (
            <div key={k} className="figure">
              <dt>{labelOf(k.replace(/([A-Z])/g, '_$1').toLowerCase())}</dt>
              <dd>{formatValue(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      {nested.map(([k, v]) => (
        <section key={k}>
          <Heading>{labelOf(k.replace(/([A-Z])/g, '_$1').toLowerCase())}</Heading>
          <SummaryFigures data={v as Record<string, unknown>} depth={depth + 1} />
        </section>
      ))}
      {lists.map(([k, rows]) => {
        const records = rows.filter(isRecord);
        const columns = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((c) => records.every((r) => !isRecord(r[c])));
        return (
          <section key={k}>
            <Heading>{labelOf(k.replace(/([A-Z])/g, '_$1').toLowerCase())}</Heading>
            {records.length === 0 ? (
              <p>{rows.map(formatValue).join(', ') || 'None'}</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      {columns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {records.slice(0, 50).map((r, i) => (
                      <tr key={i}>
                        {columns.map((c) => (
                          <td key={c}>{formatValue(r[c])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
