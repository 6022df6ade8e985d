/**
 * Lighthouse scores (its default mobile run: emulated phone, simulated slow 4G and CPU
 * throttling) for a few pages, in Debian's Chromium, with the audits that cost points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './measureSearch.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The element behind a metric, from the audit that names it. */
function culprit(lhr, id) {
  const from = { 'cumulative-layout-shift': 'layout-shifts', 'largest-contentful-paint': 'largest-contentful-paint-element' }[id];
  const items = from ? (lhr.audits[from]?.details?.items ?? []) : [];
  const node = items.flatMap((i) => [i.node, ...(i.items ?? []).map((j) => j.node)]).find(Boolean);
  return node ? `: ${node.selector ?? ''} ${node.snippet ?? ''}`.slice(0, 200) : '';
}

/** `pages` maps a name to a URL; resolves to name → { scores, failing audits }. */
export async function measureLighthouse(pages) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS, '--headless'] });
  const out = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = [];
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            failing.push(`${c}: ${ref.id} (${audit.displayValue ?? audit.score})${culprit(lhr, ref.id)}`);
        }
      }
      const metrics = {
        fcpMs: lhr.audits['first-contentful-paint']?.numericValue,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue,
      };
      out[name] = { url, scores, metrics, failing, runtimeError: lhr.runtimeError?.message };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
