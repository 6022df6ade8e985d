/**
 * Finds Decap's English phrases on the CMS screen: every phrase of Decap's `en` locale,
 * matched against the page's visible texts and its title, aria-label and placeholder
 * attributes (tooltips and screen-reader labels count as text an editor meets).
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import type { Page } from 'playwright-core';
import { VI_OVERRIDES } from '../../admin/locale';

type Phrases = { [key: string]: string | Phrases };

const leaves = (phrases: Phrases, prefix = ''): [string, string][] =>
  Object.entries(phrases).flatMap(([key, v]) => (typeof v === 'string' ? [[`${prefix}${key}`, v] as [string, string]] : leaves(v, `${prefix}${key}.`)));

/** Phrases the same in both languages (brand names: "GitHub", "Markdown") are not English leftovers. */
const vietnamese = new Map([...leaves(vi as Phrases), ...leaves(VI_OVERRIDES as Phrases)]);

/** "Status: %{status}" → /^Status: .+$/; phrases too short or without words are left out. */
const ENGLISH = leaves(en as Phrases)
  .filter(([key, phrase]) => vietnamese.get(key) !== phrase)
  .map(([, phrase]) => phrase)
  .filter((phrase) => /[a-z]{3}/i.test(phrase.replace(/%\{\w+\}/g, '')))
  .map((phrase) => new RegExp(`^${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%\\\{\w+\\\}/g, '.+')}$`, 'i'));

/** Decap's built-in editor components name themselves in English outside the locale. */
const COMPONENT_NAMES = [/^Image$/, /^Alt Text$/, /^Title$/, /^Code Block$/, /^Insert from URL$/];

/** Every English phrase an editor can see or hear on the page now, with where it is. */
export async function englishOnScreen(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && node.parentElement && visible(node.parentElement)) out.push(text);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  return [...new Set(texts.filter((text) => [...ENGLISH, ...COMPONENT_NAMES].some((re) => re.test(text))))];
}
