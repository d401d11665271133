import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { adminPassword } from './support/fixture-data';
import { screenshot, signInAs } from './support/page-helpers';
import { useSiftInBrowser } from './support/sift-in-browser';

const sift = useSiftInBrowser();

/** Posts a comment the way a site's backend does, with only an API key. */
async function postCommentWithKey(key: string, body: string): Promise<number> {
  const res = await fetch(`${sift.server.url}/api/comments`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ articleId: sift.fixture.articleId, author: { name: 'Key Tester' }, body }),
  });
  await res.body?.cancel();
  return res.status;
}

describe('the admin page', () => {
  it('is in the nav for an admin and lists the users and keys', async () => {
    await signInAs(sift.page, sift.server.url, 'admin', adminPassword);
    await sift.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await sift.page.getByTestId('users-table').waitFor();
    for (const name of ['admin', 'mona', 'vic']) await sift.page.locator(`[data-testid="users-table"] tr[data-username="${name}"]`).waitFor();
    await sift.page.getByTestId('api-keys-table').getByText('e2e site').waitFor();
    await screenshot(sift.page, 'admin-page');
  });

  it('creates an API key that works until it is revoked in the UI', async () => {
    await sift.page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = sift.page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name').fill('e2e ui key');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const keyField = dialog.getByLabel('New API key');
    await keyField.waitFor();
    const key = await keyField.inputValue();
    expect(key).toMatch(/^sift_[A-Za-z0-9_-]{20,}$/);
    expect(await dialog.getByText("you won't see it again").count()).toBe(1);
    await screenshot(sift.page, 'admin-new-api-key');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The key is not on the page any more.
    expect(await sift.page.content()).not.toContain(key);

    expect(await postCommentWithKey(key, 'Posted with a key made in the admin page.')).toBe(201);

    const row = sift.page.locator('[data-testid="api-keys-table"] tr', { hasText: 'e2e ui key' });
    await sift.page.getByRole('button', { name: 'Revoke key e2e ui key' }).click();
    const confirm = sift.page.getByRole('dialog', { name: 'Revoke key e2e ui key?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    // It was used once before being revoked.
    expect(await row.innerText()).not.toContain('Never');
    await screenshot(sift.page, 'admin-key-revoked');

    expect(await postCommentWithKey(key, 'Posted with a revoked key.')).toBe(401);
    // The fixture's own key still works: only the revoked one is refused.
    expect((await sift.fixture.site.post<{ id: number }>('/api/comments', { articleId: sift.fixture.articleId, author: { name: 'Site' }, body: 'Still allowed.' })).id).toBeGreaterThan(0);
  });

  it('adds a viewer who signs in (fresh browser) with the one-time password and may not decide', async () => {
    await sift.page.getByRole('button', { name: 'Add user' }).click();
    const dialog = sift.page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Username').fill('e2e-viewer');
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const passwordField = dialog.getByLabel('One-time password for e2e-viewer');
    await passwordField.waitFor();
    const oneTime = await passwordField.inputValue();
    expect(oneTime.length).toBeGreaterThanOrEqual(10);
    await screenshot(sift.page, 'admin-new-user-password');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await sift.page.locator('[data-testid="users-table"] tr[data-username="e2e-viewer"]', { hasText: 'Must change password' }).waitFor();

    const fresh = await launchBrowser();
    try {
      const viewerPage = await fresh.context.newPage();
      await viewerPage.goto(sift.server.url);
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
      await viewerPage.goto(`${sift.server.url}/admin`);
      await viewerPage.getByTestId('admins-only').waitFor();
      expect(await viewerPage.getByTestId('users-table').count()).toBe(0);
      await screenshot(viewerPage, 'admin-viewer-refused');
    } finally {
      await fresh.close();
    }
  });

  it('has no serious or critical axe violations, with and without a dialog open', async () => {
    await sift.page.goto(`${sift.server.url}/admin`);
    await sift.page.getByTestId('api-keys-table').waitFor();
    const found = (await seriousAxeViolations(sift.page)).map((v) => `page: ${v}`);
    await sift.page.getByRole('button', { name: 'Reset password of mona' }).click();
    const confirm = sift.page.getByRole('dialog', { name: 'Reset the password of mona?' });
    await confirm.waitFor();
    found.push(...(await seriousAxeViolations(sift.page)).map((v) => `reset dialog: ${v}`));
    // Keyboard only: Cancel has focus, Escape closes, focus goes back to the opener.
    await expect.poll(() => sift.page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await sift.page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await sift.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Reset password of mona');
    expect(found).toEqual([]);
  });
});
