/**
 * Screenshots for the README, from the real app with the demo data:
 *   npx tsx tests/e2e/take-readme-screenshots.ts
 * Writes docs/screenshots/queue.png and docs/screenshots/insights.png (1280×800).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './support/browser';
import { ensureClientBuilt, repoRoot } from './support/build-client';
import { startSift } from './support/sift-server';
import { signInAs } from './support/page-helpers';

const outDir = path.join(repoRoot, 'docs', 'screenshots');

async function main(): Promise<void> {
  ensureClientBuilt();
  const server = await startSift({ SIFT_DEMO: '1' });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    fs.mkdirSync(outDir, { recursive: true });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, server.url, 'demo-moderator', 'demo');
    await page.locator('[data-testid="comment-card"]').first().waitFor();
    // Let the tab counts and fonts settle.
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, 'queue.png') });

    await page.getByRole('link', { name: 'Insights' }).click();
    await page.locator('[data-testid="chart-flags-over-time"] .recharts-bar-rectangle').first().waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(outDir, 'insights.png') });
    console.log(`Saved ${path.relative(repoRoot, outDir)}/queue.png and insights.png`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

await main();
