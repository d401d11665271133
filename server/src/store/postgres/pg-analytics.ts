import type pg from 'pg';
import { bindAnalytics } from '../analytics-store';
import { withRollups } from '../../stats/rollup/rollup-analytics';
import { numberPlaceholders } from '../../stats/rollup/rollup-query';
import { PgStats } from './pg-stats';
import { PgExports } from './pg-exports';
import { PgReports } from './pg-reports';

/** The stats, export and report parts of the PostgreSQL store, as bound methods for PgStore to take on. */
export function pgAnalytics(pool: pg.Pool): ReturnType<typeof withRollups> {
  const scans = bindAnalytics({ stats: new PgStats(pool), exports: new PgExports(pool), reports: new PgReports(pool) });
  return withRollups(scans, async (sql, params) => (await pool.query(numberPlaceholders(sql), [...params])).rows);
}
