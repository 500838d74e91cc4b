import type { Page } from 'playwright-core';

/** Waits until the search page has answered: a status that is not the loading message, results no longer busy. */
export const searchSettled = (page: Page) =>
  page.waitForFunction(
    () => {
      const status = document.getElementById('search-status')!.textContent!;
      return !document.getElementById('search-results')!.hasAttribute('aria-busy') && /\S/.test(status) && !/…$/.test(status);
    },
    null,
    { timeout: 60_000 },
  );

/** Opens a search page URL and returns the href of every hit, the folded ones of each document included. */
export async function searchHrefs(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await searchSettled(page);
  const more = page.locator('#search-results .result-group button.more');
  while (await more.count()) await more.first().click();
  return page.locator('#search-results a.hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}
