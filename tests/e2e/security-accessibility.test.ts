import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { ensureClientBuilt, repoRoot } from './support/build-client';
import { startSift, type RunningServer } from './support/sift-server';
import { adminPassword, createFixture, moderator, type Fixture } from './support/fixture-data';
import { screenshot, signInAs } from './support/page-helpers';

let server: RunningServer | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
let page: Page;
let fixture: Fixture;

const payloads = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload="window.__xss=1">'];
const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page. The CSP forbids injected script elements, so
 * the source is evaluated through the DevTools protocol, which CSP does not govern.
 */
async function seriousViolations(p: Page): Promise<AxeViolation[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axeSource);
  const result = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

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

describe('security', () => {
  it('shows script payloads in comment bodies and author names as text, and runs none of them', async () => {
    const posted: number[] = [];
    for (const [i, payload] of payloads.entries()) {
      const c = await fixture.site.post<{ id: number }>('/api/comments', {
        articleId: fixture.articleId,
        author: { name: payload },
        body: `Payload ${i}: ${payload} end`,
      });
      posted.push(c.id);
    }
    await signInAs(page, server!.url, moderator.username, moderator.password, '/?view=all&sort=newest');
    for (const id of posted) await page.locator(`[data-comment-id="${id}"]`).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    for (const [i, id] of posted.entries()) {
      const card = page.locator(`[data-comment-id="${id}"]`);
      const text = await card.innerText();
      expect(text).toContain(`Payload ${i}: ${payloads[i]} end`);
      expect(await card.locator('.card-author').innerText()).toBe(payloads[i]);
      expect(await card.locator('img[src="x"], script, svg[onload], [onerror], [onload]').count()).toBe(0);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(page, 'security-xss-as-text');
  });
});

describe('accessibility and layout', () => {
  const pages = [
    { name: 'queue', path: '/', ready: '[data-testid="comment-card"]' },
    { name: 'insights', path: '/insights', ready: '[data-testid="chart-flags-over-time"] .recharts-bar-rectangle' },
    { name: 'articles', path: '/articles', ready: 'main h1' },
    { name: 'reports', path: '/reports', ready: '[data-testid="report-summary"]' },
    { name: 'settings', path: '/settings', ready: 'textarea#banned-words' },
  ];

  it('has no serious or critical axe violations on the main pages (as admin, who sees them all)', async () => {
    await page.context().clearCookies();
    const found: string[] = [];
    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    for (const v of await seriousViolations(page)) found.push(`sign-in: ${v.id} (${v.impact}) ${v.help}`);
    await signInAs(page, server!.url, 'admin', adminPassword);
    for (const p of pages) {
      await page.goto(`${server!.url}${p.path}`);
      await page.locator(p.ready).first().waitFor();
      for (const v of await seriousViolations(page)) found.push(`${p.name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    expect(found).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    it(`renders without horizontal overflow at ${viewport.width}×${viewport.height}`, async () => {
      await page.setViewportSize(viewport);
      const overflowing: string[] = [];
      for (const p of pages) {
        await page.goto(`${server!.url}${p.path}`);
        await page.locator(p.ready).first().waitFor();
        const widths = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          return { doc: document.documentElement.scrollWidth, view: document.documentElement.clientWidth, main: main.scrollWidth, mainBox: main.clientWidth };
        });
        if (widths.doc > widths.view || widths.main > widths.mainBox) overflowing.push(`${p.name}: ${JSON.stringify(widths)}`);
        await screenshot(page, `${p.name}-${viewport.width}x${viewport.height}`);
      }
      expect(overflowing).toEqual([]);
    });
  }
});
