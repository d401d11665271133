import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { ensureClientBuilt } from './build-client';
import { adminPassword, createFixture, type Fixture } from './fixture-data';
import { startSift, type RunningServer } from './sift-server';

export interface SiftInBrowser {
  readonly server: RunningServer;
  readonly fixture: Fixture;
  /** One page, shared by the tests of the file in order (sign-ins carry over). */
  readonly page: Page;
}

/**
 * The setup of a browser test file: the client built, a fresh server with
 * the fixture data, and one Chromium page, made in beforeAll and torn down
 * in afterAll. Call it at the top of the file; read its fields in tests and
 * later hooks, when they are there.
 */
export function useSiftInBrowser(): SiftInBrowser {
  let server: RunningServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let fixture: Fixture | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startSift({ SIFT_ADMIN_PASSWORD: adminPassword });
    fixture = await createFixture(server);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  });

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is made in beforeAll: read it inside a test or a later hook`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get fixture() {
      return ready(fixture, 'fixture');
    },
    get page() {
      return ready(page, 'page');
    },
  };
}
