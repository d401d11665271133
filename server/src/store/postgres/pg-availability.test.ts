import { describe, expect, inject, it } from 'vitest';
import './test-database';

// The PostgreSQL half of the suite must never pass silently when it did not run.
describe('PostgreSQL store suite', () => {
  it('runs against a real PostgreSQL server', () => {
    const url = inject('pgAdminUrl');
    if (url) {
      expect(url).toMatch(/^postgres:\/\/.*@127\.0\.0\.1:\d+\//);
      return;
    }
    const reason = inject('pgUnavailable');
    if (process.env.SIFT_SKIP_PG) {
      console.warn(
        `\n${'!'.repeat(78)}\n!! The PostgreSQL half of the test suite was NOT run (${reason}).\n` +
          `!! Only SQLite was tested. Unset SIFT_SKIP_PG and install PostgreSQL to test both stores.\n${'!'.repeat(78)}\n`,
      );
      return;
    }
    throw new Error(
      `The PostgreSQL half of the test suite was NOT run: ${reason}. ` +
        'Install PostgreSQL (apt-get install postgresql) or set SIFT_SKIP_PG=1 to knowingly test SQLite only.',
    );
  });
});
