/** Runs axe-core inside a Playwright page and reports its violations one line per element. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 level A and AA rule tags, as axe names them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Where axe is loaded from: a same-origin path answered by Playwright, because the site's
 * Content-Security-Policy (script-src 'self') forbids inline scripts, and axe should see
 * the page under the same policy as a reader rather than with CSP bypassed.
 */
const AXE_PATH = '/__axe-core__.js';
const routed = new WeakSet<Page>();

/** Injects axe into the loaded page and runs the rules with the given tags on the whole document. */
export async function runAxe(page: Page, tags: readonly string[] = WCAG_22_AA): Promise<AxeViolation[]> {
  if (!routed.has(page)) {
    await page.route(`**${AXE_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: axe.source }));
    routed.add(page);
  }
  await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(
    async (values) => {
      const results = await window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
    },
    [...tags],
  );
}

/** `page [where] rule (impact): help — selector, selector` */
export function formatViolation(page: string, where: string, v: AxeViolation): string {
  return `${page} [${where}] ${v.rule} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`;
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
