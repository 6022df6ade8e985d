/**
 * Builds a copy of the site after an editor's changes: a draft and an article scheduled
 * for a later day that must stay unpublished (their photos too), and a photo that must
 * come out optimised.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, PROJECT_ROOT, removeDir } from '../support/buildSite';
import { entryIds } from '../support/content';
import { makeJpeg } from '../support/images';
import sharp from 'sharp';

let root: string;
let dist: string;
let modelId: string;
const DRAFT_ID = 'ban-nhap-chua-dang';
const DRAFT_NAME = 'Mô hình nháp chưa được duyệt';
/** The project's own published article. */
const SEED_ARTICLE = entryIds('articles').sort()[0]!;
const SCHEDULED_ID = 'tin-hen-gio-nam-2099';
/** One of the project's sections. */
const SECTION_ID = readdirSync(join(PROJECT_ROOT, 'content/sections'))[0]!.replace(/\.yml$/, '');
const SCHEDULED_TITLE = 'Tin hẹn giờ đăng năm 2099';
/** Photos of unpublished entries, named so any copy of them in the build can be found. */
const HIDDEN_PHOTOS = ['anh-nhap-chua-duyet', 'anh-tin-hen-gio'];
const EMBLEM = 'huy-hieu-thu';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}

beforeAll(async () => {
  root = await copyProject();
  modelId = entryIds('models', root).sort()[0]!;
  // A draft profile, placed where published ones are.
  await mkdir(join(root, 'content/models', DRAFT_ID));
  await writeFile(
    join(root, 'content/models', DRAFT_ID, 'index.md'),
    `---\nname: "${DRAFT_NAME}"\ntype: tu-quan\nsector: khac\nhost: "Thôn thử"\nlocality: xa-trang-da\nsummary: "Bản nháp."\ncover:\n  src: ./${HIDDEN_PHOTOS[0]}.jpg\n  alt: "Ảnh nháp"\ndraft: true\n---\n\nNội dung nháp.\n`,
  );
  await makeJpeg(join(root, 'content/models', DRAFT_ID, `${HIDDEN_PHOTOS[0]}.jpg`), 400, 300);
  // An article dated in the future, with a photo, that links to the draft.
  await mkdir(join(root, 'content/articles', SCHEDULED_ID));
  await makeJpeg(join(root, 'content/articles', SCHEDULED_ID, `${HIDDEN_PHOTOS[1]}.jpg`), 400, 300);
  await writeFile(
    join(root, 'content/articles', SCHEDULED_ID, 'index.md'),
    `---\ntitle: "${SCHEDULED_TITLE}"\ndescription: "Bài hẹn giờ."\npublishDate: "2099-01-01"\nauthor: "A"\nauthorUnit: "B"\ncover:\n  src: ./${HIDDEN_PHOTOS[1]}.jpg\n  alt: "Ảnh hẹn giờ"\nmodels: [${DRAFT_ID}]\ndraft: false\n---\n\nNội dung hẹn giờ.\n`,
  );
  // A photo added beside a seed profile.
  const file = join(root, 'content/models', modelId, 'index.md');
  await makeJpeg(join(root, 'content/models', modelId, 'anh-hoat-dong.jpg'));
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/\ndraft: false\n/, '\ncover:\n  src: ./anh-hoat-dong.jpg\n  alt: "Lực lượng tuần tra tại kho"\ndraft: false\n'));
  // The published article names the draft among its models.
  const articleFile = join(root, 'content/articles', SEED_ARTICLE, 'index.md');
  // …and is filed under a section.
  await writeFile(articleFile, (await readFile(articleFile, 'utf8')).replace(/\nmodels:\n/, `\nsection: ${SECTION_ID}\nmodels:\n  - ${DRAFT_ID}\n`));
  // The unit's emblem set in the site settings (a test picture: no official emblem is in the project).
  await sharp({ create: { width: 256, height: 256, channels: 4, background: { r: 155, g: 28, b: 28, alpha: 1 } } })
    .png()
    .toFile(join(root, 'content/settings', `${EMBLEM}.png`));
  const settingsFile = join(root, 'content/settings/site.yml');
  await writeFile(settingsFile, `${await readFile(settingsFile, 'utf8')}\nlogo:\n  src: ./${EMBLEM}.png\n  alt: "Huy hiệu thử"\n`);
  dist = await buildSite(root);
}, 300_000);

afterAll(async () => {
  await removeDir(root);
  await removeDir(dist);
});

describe('an editor’s changes after a build', () => {
  it('shows the emblem set in the settings beside the unit’s name in the header of every kind of page', () => {
    for (const page of ['index.html', 'tin-tuc/index.html', `mo-hinh/${modelId}/index.html`, '404.html']) {
      const brand = /<a class="brand"[^>]*>([\s\S]*?)<\/a>/.exec(readFileSync(join(dist, page), 'utf8'))?.[1] ?? '';
      const img = /<img [^>]*>/.exec(brand)?.[0] ?? '';
      // Decorative beside the unit's name, which the link already reads out.
      expect(img, page).toMatch(/ alt(="")?[\s>]/);
      expect(img, page).toMatch(/ width="64"/);
      const src = / src="([^"]+)"/.exec(img)?.[1] ?? '';
      expect(src, page).toMatch(new RegExp(`^/_astro/${EMBLEM}\\.[^/]+\\.(png|webp)$`));
      expect(existsSync(join(dist, src)), src).toBe(true);
      expect(brand, page).toContain('Công an tỉnh Tuyên Quang');
    }
  });

  it('keeps a draft off every page, the sitemap and the feed', () => {
    expect(existsSync(join(dist, 'mo-hinh', DRAFT_ID))).toBe(false);
    for (const page of [
      'index.html',
      'mo-hinh/index.html',
      'dia-ban/xa-trang-da/index.html',
      'sitemap-0.xml',
      'rss.xml',
      `bai-viet/${SEED_ARTICLE}/index.html`,
    ]) {
      expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain(DRAFT_NAME);
    }
    expect(readFileSync(join(dist, 'bai-viet', SEED_ARTICLE, 'index.html'), 'utf8')).not.toContain(`/mo-hinh/${DRAFT_ID}/`);
  });

  it('keeps an article dated in the future off every page, the sitemap and the feed until its day', () => {
    expect(existsSync(join(dist, 'bai-viet', SCHEDULED_ID))).toBe(false);
    for (const page of ['index.html', 'tin-tuc/index.html', 'sitemap-0.xml', 'rss.xml']) {
      expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain(SCHEDULED_TITLE);
    }
  });

  it('publishes no copy of the photos of a draft or a scheduled article', () => {
    const published = allFiles(dist);
    for (const photo of HIDDEN_PHOTOS)
      expect(
        published.filter((f) => f.includes(photo)),
        photo,
      ).toEqual([]);
  });

  it('serves a new photo as responsive AVIF and WebP with width, height and alt text', () => {
    const html = readFileSync(join(dist, 'mo-hinh', modelId, 'index.html'), 'utf8');
    const picture = /<picture[^>]*>[\s\S]*?<\/picture>/.exec(html)?.[0] ?? '';
    const sources = picture.match(/<source[^>]*>/g) ?? [];
    for (const type of ['image/avif', 'image/webp']) {
      const source = sources.find((s) => s.includes(`type="${type}"`)) ?? '';
      expect(source, type).toMatch(/srcset="[^"]*360w[^"]*1280w"/);
    }
    expect(picture).toMatch(/<img[^>]+alt="Lực lượng tuần tra tại kho"/);
    expect(picture).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+height="\d+"[^>]+width="\d+"/);
    // Lists show the same photo smaller, loaded only when scrolled to.
    const directory = readFileSync(join(dist, 'mo-hinh', 'index.html'), 'utf8');
    expect(directory).toMatch(/<img[^>]+alt="Lực lượng tuần tra tại kho"[^>]+loading="lazy"/);
    const assets = readdirSync(join(dist, '_astro'));
    expect(assets.some((f) => f.endsWith('.avif'))).toBe(true);
    expect(assets.some((f) => f.endsWith('.webp'))).toBe(true);
  });

  it('shares a profile with a photo by that photo, cropped to 1200×630, with its description', async () => {
    const html = readFileSync(join(dist, 'mo-hinh', modelId, 'index.html'), 'utf8');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(image).toMatch(/\/_astro\/anh-hoat-dong\.[^/]+\.jpg$/);
    expect(html).toContain('<meta property="og:image:alt" content="Lực lượng tuần tra tại kho">');
    const { width, height, format } = await sharp(join(dist, new URL(image).pathname)).metadata();
    expect([format, width, height]).toEqual(['jpeg', 1200, 630]);
  });

  it('files an article under its section: named above its title, listed on the section page and in the section’s feed', () => {
    const name = /^name: "([^"]+)"/m.exec(readFileSync(join(PROJECT_ROOT, 'content/sections', `${SECTION_ID}.yml`), 'utf8'))?.[1];
    const article = readFileSync(join(dist, 'bai-viet', SEED_ARTICLE, 'index.html'), 'utf8');
    expect(article).toMatch(new RegExp(`<p class="kicker"[^>]*><a href="/chuyen-muc/${SECTION_ID}/"[^>]*>${name}</a></p>`));
    expect(readFileSync(join(dist, 'chuyen-muc', SECTION_ID, 'index.html'), 'utf8')).toContain(`/bai-viet/${SEED_ARTICLE}/`);
    const feed = readFileSync(join(dist, 'chuyen-muc', SECTION_ID, 'rss.xml'), 'utf8');
    expect(feed).toContain(`/bai-viet/${SEED_ARTICLE}/`);
    expect(feed).toMatch(new RegExp(`<atom:link href="[^"]+/chuyen-muc/${SECTION_ID}/rss.xml" rel="self"`));
    // The scheduled article is in no section feed.
    expect(feed).not.toContain(SCHEDULED_TITLE);
  });
});
