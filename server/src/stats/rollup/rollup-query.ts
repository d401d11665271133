/** Runs SQL written with `?` placeholders (PostgreSQL adapters renumber them) and returns the rows. */
export type RunRollupQuery = <R extends object>(sql: string, params: readonly unknown[]) => Promise<R[]>;

/** `?` → `$1`, `$2` ... for PostgreSQL (rollup SQL has no `?` anywhere else). */
export function numberPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

/** Database sums may come back as strings (PostgreSQL bigint/numeric) or null (no rows). */
export const num = (x: unknown): number => (x === null || x === undefined ? 0 : Number(x));
