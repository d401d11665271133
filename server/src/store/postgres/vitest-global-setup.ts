import type { TestProject } from 'vitest/node';
import { findPgBinDir, startTestCluster } from './test-cluster';
import { createTemplateDatabase } from './test-database';

/**
 * Server-project global setup: starts a throwaway PostgreSQL server so the
 * store and API tests also run against PostgreSQL. Without the binaries the
 * PostgreSQL half is reported as not run (see pg-availability.test.ts),
 * never silently passed.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.SIFT_SKIP_PG) {
    project.provide('pgAdminUrl', null);
    project.provide('pgUnavailable', 'SIFT_SKIP_PG is set');
    return undefined;
  }
  if (!findPgBinDir()) {
    project.provide('pgAdminUrl', null);
    project.provide('pgUnavailable', 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)');
    return undefined;
  }
  const cluster = await startTestCluster();
  try {
    await createTemplateDatabase(cluster.adminUrl);
  } catch (err) {
    cluster.stop();
    throw err;
  }
  project.provide('pgAdminUrl', cluster.adminUrl);
  project.provide('pgUnavailable', null);
  return () => cluster.stop();
}
