/**
 * Share previews as Zalo and Facebook fetch them: every page of the build names a
 * 1200×630 image that exists in the build, and asks for the large card.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/buildSite';

const siteDir = inject('siteDir');

function htmlPages(): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('share previews', () => {
  const pages = htmlPages();

  it('every page names an og:image on the site that exists in the build and is 1200×630, with a large card', async () => {
    expect(pages.length).toBeGreaterThan(30);
    const sizes = new Map<string, string>();
    for (const page of pages) {
      const html = readFileSync(join(siteDir, page), 'utf8');
      const image = meta(html, 'og:image');
      expect(image, page).toMatch(/^https?:\/\//);
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(html, 'og:image:alt'), page).toBeTruthy();
      const file = join(siteDir, decodeURIComponent(new URL(image!).pathname));
      expect(existsSync(file), `${page}: ${image}`).toBe(true);
      if (!sizes.has(file)) {
        const { width, height } = await sharp(file).metadata();
        sizes.set(file, `${width}×${height}`);
      }
      expect(sizes.get(file), page).toBe('1200×630');
      expect(meta(html, 'og:image:width'), page).toBe('1200');
      expect(meta(html, 'og:image:height'), page).toBe('630');
    }
  });

  it('gives pages of different titles different images', () => {
    const images = new Set(
      ['index.html', 'tin-tuc/index.html', 'mo-hinh/index.html', 'lien-he/index.html'].map((p) => meta(readFileSync(join(siteDir, p), 'utf8'), 'og:image')),
    );
    expect(images.size).toBe(4);
  });

  it('names the image and the publisher’s details in the structured data', () => {
    const article = pages.find((p) => p.startsWith('bai-viet/'))!;
    const html = readFileSync(join(siteDir, article), 'utf8');
    const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!) as Record<string, unknown>[]);
    const news = ld.find((d) => d['@type'] === 'NewsArticle')!;
    expect(news.image).toEqual([meta(html, 'og:image')]);
    const settings = parse(readFileSync(join(PROJECT_ROOT, 'content/settings/site.yml'), 'utf8')) as { publisher: string };
    expect((news.publisher as { name: string }).name).toBe(settings.publisher);
    const model = pages.find((p) => /^mo-hinh\/[^/]+\/index\.html$/.test(p) && !p.startsWith('mo-hinh/loai') && !p.startsWith('mo-hinh/linh-vuc'))!;
    const modelHtml = readFileSync(join(siteDir, model), 'utf8');
    const modelLd = [...modelHtml.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>[],
    );
    const profile = modelLd.find((d) => d.url === meta(modelHtml, 'og:url'));
    expect(profile, model).toMatchObject({ '@type': 'Organization', image: [meta(modelHtml, 'og:image')] });
    expect(profile?.parentOrganization).toMatchObject({ '@type': 'Organization' });
  });
});
