import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './browser';

/** Signs in through the real sign-in page and waits for the app's navigation. */
export async function signInAs(page: Page, baseUrl: string, username: string, password: string, at = '/'): Promise<void> {
  await page.goto(`${baseUrl}${at}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Ids of the cards rendered now, top to bottom. */
export async function visibleCardIds(page: Page): Promise<number[]> {
  return page.$$eval('[data-testid="comment-card"]', (cards) =>
    cards
      .map((c) => ({ id: Number(c.getAttribute('data-comment-id')), top: c.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top)
      .map((c) => c.id),
  );
}

/** Every card's id in the virtualised list, scrolling it to the end. */
export async function allCardIds(page: Page): Promise<number[]> {
  const seen = new Set<number>();
  await page.locator('.queue-scroll').evaluate((el) => el.scrollTo(0, 0));
  for (let i = 0; i < 200; i++) {
    for (const id of await visibleCardIds(page)) seen.add(id);
    const done = await page.locator('.queue-scroll').evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollBy(0, el.clientHeight * 0.8);
      return atEnd;
    });
    if (done && (await page.getByText('End of the list.').count()) > 0) break;
    await page.waitForTimeout(60);
  }
  for (const id of await visibleCardIds(page)) seen.add(id);
  return [...seen];
}

export async function activeCardId(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="comment-card"][aria-current="true"]').getAttribute('data-comment-id'));
}
