import type { CommentFilters } from '@sift/shared';
import { plan } from './rollup-comment-stats';
import { commentRange, withRange } from './rollup-filters';
import { num, type RunRollupQuery } from './rollup-query';
import { COMMENT_ROLLUP } from './rollup-spec';

/** Queue counts per (status, flag_mask), view ignored; null when the filters need a scan. `scan` counts a leftover edge. */
export async function rollupCounts<C extends { status: string; flagMask: number; n: number }>(
    run: RunRollupQuery,
    f: CommentFilters,
    scan: (edge: CommentFilters) => Promise<C[]>,
  ): Promise<{ status: string; flagMask: number; n: number }[] | null> {
    const p = plan(COMMENT_ROLLUP, { ...f, view: undefined }, [commentRange(f)]);
    if (!p) return null;
    const rows = await run<{ status: string; mask: unknown; n: unknown }>(
      `SELECT status, flag_mask AS mask, SUM(n) AS n FROM comment_rollup WHERE ${p.sql} GROUP BY status, flag_mask`,
      p.params,
    );
    const counts = new Map<string, { status: string; flagMask: number; n: number }>();
    const add = (status: string, flagMask: number, n: number) => {
      const key = `${status} ${flagMask}`;
      const c = counts.get(key) ?? { status, flagMask, n: 0 };
      c.n += n;
      counts.set(key, c);
    };
    for (const r of rows) add(r.status, num(r.mask), num(r.n));
    for (const edge of p.raw) for (const r of await scan(withRange(f, edge.from, edge.to))) add(r.status, r.flagMask, r.n);
    return [...counts.values()].filter((c) => c.n > 0);
  }
