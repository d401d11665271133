import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { ensureClientBuilt } from './support/build-client';
import { startSift, type RunningServer } from './support/sift-server';
import { adminPassword, createFixture, moderator, type Fixture } from './support/fixture-data';
import { activeCardId, screenshot, signInAs, visibleCardIds } from './support/page-helpers';

let server: RunningServer | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
let page: Page;
let fixture: Fixture;
let lastRejected = 0;

const card = (id: number) => page.locator(`[data-testid="comment-card"][data-comment-id="${id}"]`);

async function waitForStatus(id: number, status: string) {
  await expect.poll(async () => (await fixture.moderatorApi.comment(id)).status, { timeout: 10_000 }).toBe(status);
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

describe('a moderator in the queue', () => {
  it('signs in and sees the pending queue, flagged comments first', async () => {
    await signInAs(page, server!.url, moderator.username, moderator.password);
    await card(fixture.insults[0]!.id).waitFor();
    const ids = await visibleCardIds(page);
    // Sorted by priority: the insults come before the calm comments.
    expect(fixture.insults.map((c) => c.id)).toContain(ids[0]);
    await expect.poll(() => page.getByTestId('tab-pending').textContent()).toContain('30');
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await screenshot(page, 'queue-moderator');
  });

  it('approves the active comment with a', async () => {
    const id = await activeCardId(page);
    await page.keyboard.press('a');
    await card(id).waitFor({ state: 'detached' });
    await waitForStatus(id, 'approved');
    // The next card took its place and is active.
    expect(await activeCardId(page)).not.toBe(id);
    await screenshot(page, 'queue-after-approve');
  });

  it('rejects with r and a reason digit', async () => {
    const id = await activeCardId(page);
    await page.keyboard.press('r');
    await page.getByTestId('reason-picker').waitFor();
    await screenshot(page, 'queue-reason-picker');
    await page.keyboard.press('3');
    lastRejected = id;
    await card(id).waitFor({ state: 'detached' });
    await waitForStatus(id, 'rejected');
    const history = await fixture.moderatorApi.get<unknown>(`/api/comments/${id}/history`);
    expect(JSON.stringify(history)).toContain('"reason":"spam"');
  });

  it('undoes the rejection with u', async () => {
    await page.keyboard.press('u');
    // Back in its old place, pending again.
    await card(lastRejected).waitFor();
    await waitForStatus(lastRejected, 'pending');
    expect(await card(lastRejected).getAttribute('data-status')).toBe('pending');
    await screenshot(page, 'queue-after-undo');
  });

  it('bulk-rejects three comments with x x x, shift+r and a reason', async () => {
    const chosen: number[] = [];
    for (let i = 0; i < 3; i++) {
      chosen.push(await activeCardId(page));
      await page.keyboard.press('x');
      await page.keyboard.press('j');
    }
    await expect.poll(() => page.getByText('3 selected').count()).toBe(1);
    await page.keyboard.press('Shift+R');
    await page.getByRole('group', { name: 'Reason for rejecting 3 selected' }).waitFor();
    await screenshot(page, 'queue-bulk-reason');
    await page.keyboard.press('1');
    for (const id of chosen) await card(id).waitFor({ state: 'detached' });
    for (const id of chosen) await waitForStatus(id, 'rejected');
    await screenshot(page, 'queue-after-bulk');
  });

  it('shows a comment posted through the API live: the bar, then the card, without moving the active card', async () => {
    await page.keyboard.press('j');
    const activeId = await activeCardId(page);
    const boxBefore = await card(activeId).boundingBox();
    const body = 'Live comment: the mayor just announced a new bridge.';
    const posted = await fixture.site.post<{ id: number }>('/api/comments', {
      articleId: fixture.articleId,
      author: { name: 'Live Reader' },
      body,
    });
    const bar = page.getByTestId('new-comments-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/1 new comment/);
    // Announced, not inserted: the list and the active card stay where they were.
    expect(await card(posted.id).count()).toBe(0);
    expect(await activeCardId(page)).toBe(activeId);
    expect(await card(activeId).boundingBox()).toEqual(boxBefore);
    await screenshot(page, 'queue-new-comments-bar');
    await bar.click();
    await card(posted.id).waitFor();
    expect(await card(posted.id).textContent()).toContain(body);
    expect(await bar.count()).toBe(0);
    await screenshot(page, 'queue-live-comment-shown');
  });
});
