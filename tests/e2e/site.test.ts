import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { entryIds, frontMatter } from '../support/content';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

function htmlFiles(dir = siteDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the built site', () => {
  const models = entryIds('models');
  const articles = entryIds('articles');

  it('has a profile page for every model and a page for every article', () => {
    expect(models.length).toBe(9);
    for (const id of models) {
      const name = String(frontMatter('models', id).name);
      expect(read(`mo-hinh/${id}/index.html`)).toContain(name);
    }
    for (const id of articles) expect(read(`bai-viet/${id}/index.html`)).toContain(String(frontMatter('articles', id).title));
  });

  it('credits the seed article to its author and unit, with only its year as date', () => {
    const html = read('bai-viet/tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi/index.html');
    expect(html).toContain('Nguyễn Tuyết Minh');
    expect(html).toContain('Phòng An ninh Kinh tế');
    expect(html).toMatch(/<time datetime="2021"[^>]*>năm 2021<\/time>/);
    expect(html).toContain('thiếu sót');
    expect(html).not.toContain('thiếu xót');
  });

  it('serves every page in Vietnamese with a title, description and canonical URL', () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toMatch(/<html lang="vi"/);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
      expect(html, page).toBe(html.normalize('NFC'));
    }
  });

  it('ships no JavaScript on content pages (JSON-LD data only)', () => {
    // Search and the share page are the pages whose job needs a script.
    for (const page of htmlFiles().filter((p) => !p.includes(`${siteDir}/tim-kiem/`) && !p.includes(`${siteDir}/chia-se/`))) {
      const scripts = readFileSync(page, 'utf8').match(/<script\b[^>]*>/g) ?? [];
      expect(
        scripts.filter((s) => !s.includes('application/ld+json')),
        page,
      ).toEqual([]);
    }
  });

  it('describes articles for search engines with NewsArticle and breadcrumbs', () => {
    const html = read(`bai-viet/${articles[0]}/index.html`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
    const types = blocks.flat().map((b: { '@type': string }) => b['@type']);
    expect(types).toEqual(expect.arrayContaining(['NewsArticle', 'Organization', 'BreadcrumbList']));
  });

  it('lists models under their former commune and their current unit', () => {
    const trangDa = models.filter((id) => frontMatter('models', id).locality === 'xa-trang-da');
    expect(trangDa.length).toBeGreaterThan(0);
    for (const page of ['dia-ban/xa-trang-da/index.html', 'dia-ban/phuong-nong-tien/index.html']) {
      for (const id of trangDa) expect(read(page), page).toContain(`/mo-hinh/${id}/`);
    }
  });

  it('has directory pages by type and sector that hold exactly the matching models', () => {
    for (const type of ['tu-quan', 'lien-ket']) {
      const html = read(`mo-hinh/loai/${type}/index.html`);
      for (const id of models) {
        const expected = frontMatter('models', id).type === type;
        expect(html.includes(`href="/mo-hinh/${id}/"`), `${type} ${id}`).toBe(expected);
      }
    }
    const forest = models.filter((id) => frontMatter('models', id).sector === 'rung');
    for (const id of forest) expect(read('mo-hinh/linh-vuc/rung/index.html')).toContain(`/mo-hinh/${id}/`);
  });

  it('publishes an RSS feed and a sitemap that list the content', () => {
    const rss = read('rss.xml');
    for (const id of articles) expect(rss).toContain(`/bai-viet/${id}/`);
    const sitemap = readdirSync(siteDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(read)
      .join('');
    for (const id of models) expect(sitemap).toContain(`/mo-hinh/${id}/`);
    expect(sitemap).not.toContain('/admin/');
  });

  it('self-hosts its font with the Vietnamese subset', () => {
    const linked = readdirSync(join(siteDir, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => read(`_astro/${f}`));
    const inline = [...read('index.html').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    const css = [...linked, ...inline].join('');
    expect(css).toMatch(/@font-face\{[^}]*Be Vietnam Pro[^}]*U\+1EA0-1EF9/);
    expect(css).not.toMatch(/url\(https?:/);
  });

  it('renders the about page from MDX with live counts of models by type', () => {
    const html = read('gioi-thieu/index.html');
    const selfManaged = models.filter((id) => frontMatter('models', id).type === 'tu-quan').length;
    expect(html).toMatch(new RegExp(`Mô hình tự quản</a></th><td[^>]*>${selfManaged}</td>`));
  });
});

describe('a reader in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes home → models directory → a profile → its source article on a 360 px phone, never scrolling sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const noOverflow = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), page.url()).toBeLessThanOrEqual(0);
    await page.goto(`${siteUrl}/`);
    await noOverflow();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Mô hình' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Mô hình');
    await noOverflow();
    await page
      .getByRole('link', { name: /bảo vệ rừng/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('bảo vệ rừng');
    const facts = page.getByRole('region', { name: 'Thông tin mô hình' });
    await expect(facts.textContent()).resolves.toContain('Liên kết');
    await expect(facts.textContent()).resolves.toContain('xã Hàm Yên');
    await noOverflow();
    await facts.getByRole('link', { name: /Tuyên Quang đẩy mạnh phong trào/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Tuyên Quang đẩy mạnh phong trào toàn dân bảo vệ Tổ quốc trong tình hình mới',
    );
    await noOverflow();
    await page.close();
  });

  it('shows a Vietnamese 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${siteUrl}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Không tìm thấy trang');
    await page.close();
  });
});
