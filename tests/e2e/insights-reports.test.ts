import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { moderator, type Fixture } from './support/fixture-data';
import { allCardIds, screenshot, signInAs } from './support/page-helpers';
import { useSiftInBrowser } from './support/sift-in-browser';

const sift = useSiftInBrowser();
let page: Page;
let fixture: Fixture;

beforeAll(async () => {
  ({ page, fixture } = sift);
  await signInAs(page, sift.server.url, moderator.username, moderator.password, '/insights');
});

describe('insights, exports and reports', () => {
  it('clicking a bar of the flags chart opens the queue with exactly those comments', async () => {
    const chart = page.getByTestId('chart-flags-over-time');
    const bar = chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first();
    await bar.waitFor();
    await screenshot(page, 'insights');
    await bar.click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('flag'));
    const params = new URL(page.url()).searchParams;
    expect(params.get('flag')).toBe('insult');
    expect(params.get('view')).toBe('all');
    await page.locator('[data-testid="comment-card"]').first().waitFor();
    const shown = await allCardIds(page);
    const fromApi = await fixture.moderatorApi.queueIds(params);
    expect(shown.sort()).toEqual(fromApi.sort());
    expect(shown.sort()).toEqual(fixture.insults.map((c) => c.id).sort());
    expect(shown.length).toBeGreaterThanOrEqual(5);
    // The flag filter shows the category it was opened with.
    expect(await page.getByTestId('filter-flag').textContent()).toContain('Insult');
    await screenshot(page, 'insights-drill-down-queue');
  });

  it('downloads the CSV export with the same comments as the API', async () => {
    await page.getByRole('link', { name: 'Reports' }).click();
    const link = page.getByTestId('export-csv');
    await link.waitFor();
    await screenshot(page, 'reports');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const rows = parse(fs.readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    expect(rows).toHaveLength(fixture.comments.length);
    for (const c of fixture.comments) {
      expect(byId.get(c.id)?.body).toBe(c.body);
      expect(byId.get(c.id)?.author).toBe(c.author.name);
    }
    const apiIds = await fixture.moderatorApi.queueIds(new URLSearchParams({ view: 'all' }));
    expect([...byId.keys()].sort()).toEqual(apiIds.sort());
  });

  it('opens the printable summary report', async () => {
    const [report] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('printable-summary').click()]);
    await report.waitForLoadState('load');
    const text = await report.locator('body').innerText();
    expect(text).toMatch(/summary/i);
    expect(text).toContain(String(fixture.comments.length));
    await screenshot(report, 'report-summary-printable');
    await report.close();
  });
});
