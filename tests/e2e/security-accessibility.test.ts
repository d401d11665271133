import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { adminPassword, moderator } from './support/fixture-data';
import { screenshot, signInAs } from './support/page-helpers';
import { useSiftInBrowser } from './support/sift-in-browser';

const sift = useSiftInBrowser();

const payloads = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload="window.__xss=1">'];

describe('security', () => {
  it('shows script payloads in comment bodies and author names as text, and runs none of them', async () => {
    const posted: number[] = [];
    for (const [i, payload] of payloads.entries()) {
      const c = await sift.fixture.site.post<{ id: number }>('/api/comments', {
        articleId: sift.fixture.articleId,
        author: { name: payload },
        body: `Payload ${i}: ${payload} end`,
      });
      posted.push(c.id);
    }
    await signInAs(sift.page, sift.server.url, moderator.username, moderator.password, '/?view=all&sort=newest');
    for (const id of posted) await sift.page.locator(`[data-comment-id="${id}"]`).waitFor();
    await sift.page.waitForTimeout(300);
    expect(await sift.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    for (const [i, id] of posted.entries()) {
      const card = sift.page.locator(`[data-comment-id="${id}"]`);
      const text = await card.innerText();
      expect(text).toContain(`Payload ${i}: ${payloads[i]} end`);
      expect(await card.locator('.card-author').innerText()).toBe(payloads[i]);
      expect(await card.locator('img[src="x"], script, svg[onload], [onerror], [onload]').count()).toBe(0);
    }
    expect(await sift.page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(sift.page, 'security-xss-as-text');
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
    await sift.page.context().clearCookies();
    const found: string[] = [];
    await sift.page.goto(sift.server.url);
    await sift.page.getByRole('button', { name: 'Sign in' }).waitFor();
    for (const v of await seriousAxeViolations(sift.page)) found.push(`sign-in: ${v}`);
    await signInAs(sift.page, sift.server.url, 'admin', adminPassword);
    for (const p of pages) {
      await sift.page.goto(`${sift.server.url}${p.path}`);
      await sift.page.locator(p.ready).first().waitFor();
      for (const v of await seriousAxeViolations(sift.page)) found.push(`${p.name}: ${v}`);
    }
    expect(found).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    it(`renders without horizontal overflow at ${viewport.width}×${viewport.height}`, async () => {
      await sift.page.setViewportSize(viewport);
      const overflowing: string[] = [];
      for (const p of pages) {
        await sift.page.goto(`${sift.server.url}${p.path}`);
        await sift.page.locator(p.ready).first().waitFor();
        const widths = await sift.page.evaluate(() => {
          const main = document.querySelector('main')!;
          return { doc: document.documentElement.scrollWidth, view: document.documentElement.clientWidth, main: main.scrollWidth, mainBox: main.clientWidth };
        });
        if (widths.doc > widths.view || widths.main > widths.mainBox) overflowing.push(`${p.name}: ${JSON.stringify(widths)}`);
        await screenshot(sift.page, `${p.name}-${viewport.width}x${viewport.height}`);
      }
      expect(overflowing).toEqual([]);
    });
  }
});
