import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { ensureClientBuilt, repoRoot } from './support/build-client';
import { startSift, type RunningServer } from './support/sift-server';
import { adminPassword, createFixture, type Fixture } from './support/fixture-data';
import { screenshot, signInAs } from './support/page-helpers';

let server: RunningServer | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
let page: Page;
let fixture: Fixture;

const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page, evaluated through DevTools (the CSP forbids injected scripts). */
async function seriousViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(axeSource);
  const result = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Posts a comment the way a site's backend does, with only an API key. */
async function postCommentWithKey(key: string, body: string): Promise<number> {
  const res = await fetch(`${server!.url}/api/comments`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ articleId: fixture.articleId, author: { name: 'Key Tester' }, body }),
  });
  await res.body?.cancel();
  return res.status;
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

describe('the admin page', () => {
  it('is in the nav for an admin and lists the users and keys', async () => {
    await signInAs(page, server!.url, 'admin', adminPassword);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByTestId('users-table').waitFor();
    for (const name of ['admin', 'mona', 'vic']) await page.locator(`[data-testid="users-table"] tr[data-username="${name}"]`).waitFor();
    await page.getByTestId('api-keys-table').getByText('e2e site').waitFor();
    await screenshot(page, 'admin-page');
  });

  it('creates an API key that works until it is revoked in the UI', async () => {
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name').fill('e2e ui key');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const keyField = dialog.getByLabel('New API key');
    await keyField.waitFor();
    const key = await keyField.inputValue();
    expect(key).toMatch(/^sift_[A-Za-z0-9_-]{20,}$/);
    expect(await dialog.getByText("you won't see it again").count()).toBe(1);
    await screenshot(page, 'admin-new-api-key');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The key is not on the page any more.
    expect(await page.content()).not.toContain(key);

    expect(await postCommentWithKey(key, 'Posted with a key made in the admin page.')).toBe(201);

    const row = page.locator('[data-testid="api-keys-table"] tr', { hasText: 'e2e ui key' });
    await page.getByRole('button', { name: 'Revoke key e2e ui key' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke key e2e ui key?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    // It was used once before being revoked.
    expect(await row.innerText()).not.toContain('Never');
    await screenshot(page, 'admin-key-revoked');

    expect(await postCommentWithKey(key, 'Posted with a revoked key.')).toBe(401);
    // The fixture's own key still works: only the revoked one is refused.
    expect((await fixture.site.post<{ id: number }>('/api/comments', { articleId: fixture.articleId, author: { name: 'Site' }, body: 'Still allowed.' })).id).toBeGreaterThan(0);
  });

  it('adds a viewer who signs in (fresh browser) with the one-time password and may not decide', async () => {
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Username').fill('e2e-viewer');
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const passwordField = dialog.getByLabel('One-time password for e2e-viewer');
    await passwordField.waitFor();
    const oneTime = await passwordField.inputValue();
    expect(oneTime.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'admin-new-user-password');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.locator('[data-testid="users-table"] tr[data-username="e2e-viewer"]', { hasText: 'Must change password' }).waitFor();

    const fresh = await launchBrowser();
    try {
      const viewerPage = await fresh.context.newPage();
      await viewerPage.goto(server!.url);
      await viewerPage.getByLabel('Username').fill('e2e-viewer');
      await viewerPage.getByLabel('Password').fill(oneTime);
      await viewerPage.getByRole('button', { name: 'Sign in' }).click();
      // A one-time password has to be replaced first.
      await viewerPage.getByLabel('Current password').fill(oneTime);
      await viewerPage.getByLabel('New password (at least 10 characters)').fill('viewer-own-password');
      await viewerPage.getByLabel('New password again').fill('viewer-own-password');
      await viewerPage.getByRole('button', { name: 'Change password' }).click();
      const nav = viewerPage.getByRole('navigation', { name: 'Main' });
      await nav.waitFor();
      await viewerPage.locator('[data-testid="comment-card"]').first().waitFor();
      expect(await viewerPage.getByTestId('account-name').innerText()).toBe('e2e-viewer');
      for (const name of ['Approve', 'Reject', 'Escalate']) {
        expect(await viewerPage.getByRole('button', { name: new RegExp(`^${name}`) }).count()).toBe(0);
      }
      expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
      await screenshot(viewerPage, 'queue-new-viewer');
      await viewerPage.goto(`${server!.url}/admin`);
      await viewerPage.getByTestId('admins-only').waitFor();
      expect(await viewerPage.getByTestId('users-table').count()).toBe(0);
      await screenshot(viewerPage, 'admin-viewer-refused');
    } finally {
      await fresh.close();
    }
  });

  it('has no serious or critical axe violations, with and without a dialog open', async () => {
    await page.goto(`${server!.url}/admin`);
    await page.getByTestId('api-keys-table').waitFor();
    const found = (await seriousViolations(page)).map((v) => `page: ${v}`);
    await page.getByRole('button', { name: 'Reset password of mona' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset the password of mona?' });
    await confirm.waitFor();
    found.push(...(await seriousViolations(page)).map((v) => `reset dialog: ${v}`));
    // Keyboard only: Cancel has focus, Escape closes, focus goes back to the opener.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Reset password of mona');
    expect(found).toEqual([]);
  });
});
