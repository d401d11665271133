import { describe, expect, it } from 'vitest';
import { moderator } from './support/fixture-data';
import { activeCardId, screenshot, signInAs, visibleCardIds } from './support/page-helpers';
import { useSiftInBrowser } from './support/sift-in-browser';

const sift = useSiftInBrowser();
let lastRejected = 0;

const card = (id: number) => sift.page.locator(`[data-testid="comment-card"][data-comment-id="${id}"]`);

async function waitForStatus(id: number, status: string) {
  await expect.poll(async () => (await sift.fixture.moderatorApi.comment(id)).status, { timeout: 10_000 }).toBe(status);
}

describe('a moderator in the queue', () => {
  it('signs in and sees the pending queue, flagged comments first', async () => {
    await signInAs(sift.page, sift.server.url, moderator.username, moderator.password);
    await card(sift.fixture.insults[0]!.id).waitFor();
    const ids = await visibleCardIds(sift.page);
    // Sorted by priority: the insults come before the calm comments.
    expect(sift.fixture.insults.map((c) => c.id)).toContain(ids[0]);
    await expect.poll(() => sift.page.getByTestId('tab-pending').textContent()).toContain('30');
    expect(await sift.page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await screenshot(sift.page, 'queue-moderator');
  });

  it('approves the active comment with a', async () => {
    const id = await activeCardId(sift.page);
    await sift.page.keyboard.press('a');
    await card(id).waitFor({ state: 'detached' });
    await waitForStatus(id, 'approved');
    // The next card took its place and is active.
    expect(await activeCardId(sift.page)).not.toBe(id);
    await screenshot(sift.page, 'queue-after-approve');
  });

  it('rejects with r and a reason digit', async () => {
    const id = await activeCardId(sift.page);
    await sift.page.keyboard.press('r');
    await sift.page.getByTestId('reason-picker').waitFor();
    await screenshot(sift.page, 'queue-reason-picker');
    await sift.page.keyboard.press('3');
    lastRejected = id;
    await card(id).waitFor({ state: 'detached' });
    await waitForStatus(id, 'rejected');
    const history = await sift.fixture.moderatorApi.get<unknown>(`/api/comments/${id}/history`);
    expect(JSON.stringify(history)).toContain('"reason":"spam"');
  });

  it('undoes the rejection with u', async () => {
    await sift.page.keyboard.press('u');
    // Back in its old place, pending again.
    await card(lastRejected).waitFor();
    await waitForStatus(lastRejected, 'pending');
    expect(await card(lastRejected).getAttribute('data-status')).toBe('pending');
    await screenshot(sift.page, 'queue-after-undo');
  });

  it('bulk-rejects three comments with x x x, shift+r and a reason', async () => {
    const chosen: number[] = [];
    for (let i = 0; i < 3; i++) {
      chosen.push(await activeCardId(sift.page));
      await sift.page.keyboard.press('x');
      await sift.page.keyboard.press('j');
    }
    await expect.poll(() => sift.page.getByText('3 selected').count()).toBe(1);
    await sift.page.keyboard.press('Shift+R');
    await sift.page.getByRole('group', { name: 'Reason for rejecting 3 selected' }).waitFor();
    await screenshot(sift.page, 'queue-bulk-reason');
    await sift.page.keyboard.press('1');
    for (const id of chosen) await card(id).waitFor({ state: 'detached' });
    for (const id of chosen) await waitForStatus(id, 'rejected');
    await screenshot(sift.page, 'queue-after-bulk');
  });

  it('shows a comment posted through the API live: the bar, then the card, without moving the active card', async () => {
    await sift.page.keyboard.press('j');
    const activeId = await activeCardId(sift.page);
    const boxBefore = await card(activeId).boundingBox();
    const body = 'Live comment: the mayor just announced a new bridge.';
    const posted = await sift.fixture.site.post<{ id: number }>('/api/comments', {
      articleId: sift.fixture.articleId,
      author: { name: 'Live Reader' },
      body,
    });
    const bar = sift.page.getByTestId('new-comments-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/1 new comment/);
    // Announced, not inserted: the list and the active card stay where they were.
    expect(await card(posted.id).count()).toBe(0);
    expect(await activeCardId(sift.page)).toBe(activeId);
    expect(await card(activeId).boundingBox()).toEqual(boxBefore);
    await screenshot(sift.page, 'queue-new-comments-bar');
    await bar.click();
    await card(posted.id).waitFor();
    expect(await card(posted.id).textContent()).toContain(body);
    expect(await bar.count()).toBe(0);
    await screenshot(sift.page, 'queue-live-comment-shown');
  });
});
