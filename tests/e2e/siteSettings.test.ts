/**
 * The site settings entry (content/settings/site.yml) as readers meet it: who runs the
 * portal and how to reach them in every footer and on the contact page, and the official
 * channels to report a crime. Expectations come from the settings file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/buildSite';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const html = (path: string) => readFileSync(join(siteDir, path), 'utf8').replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '');
const settings = parse(readFileSync(join(PROJECT_ROOT, 'content/settings/site.yml'), 'utf8')) as Record<string, unknown>;

describe('site settings on the built site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the publisher in the footer of every kind of page, with a link to the contact page', () => {
    expect(settings.publisher).toBeTruthy();
    for (const page of ['index.html', 'tin-tuc/index.html', 'mo-hinh/index.html', '404.html']) {
      const footer = html(page).match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
      expect(footer, page).toContain(`<dd>${settings.publisher}</dd>`);
      expect(footer, page).toContain('<a href="/lien-he/">Liên hệ</a>');
      expect(footer, page).toContain('<a href="tel:113">113</a>');
    }
  });

  it('leaves out what the settings leave empty: no address or phone line while none is configured', () => {
    expect(settings.address).toBeUndefined();
    const page = html('lien-he/index.html');
    expect(page).not.toContain('<dt>Địa chỉ</dt>');
    expect(page).not.toContain('<dt>Điện thoại</dt>');
    expect(page).toContain('sẽ được đăng khi có thông tin chính thức');
  });

  it.each([
    ['a phone', { width: 360, height: 740 }],
    ['a desktop', { width: 1280, height: 800 }],
  ])('on %s, the contact page shows how to report a crime with a callable 113', async (_, viewport) => {
    const page = await browser.newPage({ viewport });
    try {
      await page.goto(`${siteUrl}/lien-he/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Liên hệ');
      const report = page.getByRole('region', { name: /Báo tin về tội phạm/ });
      expect(await report.isVisible()).toBe(true);
      const call = report.getByRole('link', { name: '113' });
      expect(await call.getAttribute('href')).toBe('tel:113');
      const box = await call.boundingBox();
      expect(box && box.x + box.width <= viewport.width).toBe(true);
    } finally {
      await page.close();
    }
  });
});
