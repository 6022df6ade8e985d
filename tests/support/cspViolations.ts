/** Opens a page in Chromium recording every CSP violation the browser reports, by event and on the console. */
import type { Browser, Page } from 'playwright-core';

export interface WatchedPage {
  page: Page;
  violations: () => Promise<string[]>;
}

export async function openWatched(browser: Browser, url: string): Promise<WatchedPage> {
  const page = await browser.newPage();
  const consoleViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Trusted Type/i.test(msg.text())) consoleViolations.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return {
    page,
    violations: async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))],
  };
}

/** Resolves once Decap has drawn something: its login screen or its interface. */
export async function decapStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.body.innerText || '').trim().length > 0 && !!document.querySelector('#nc-root, [class*="LoginButton"], button'),
    undefined,
    { timeout: 30_000 },
  );
}
