import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { fitTitle, loadFonts, renderShareImage, textLayer } from '~/lib/shareImage/renderShareImage';
import { ensureShareImage, shareImageCacheDir, shareImageStats } from '~/lib/shareImage/shareImageCache';
import { hashInSharePath, shareImageHash, shareImagePath } from '~/lib/shareImage/shareImageUrl';

const cacheDir = await mkdtemp(join(tmpdir(), 'share-image-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

type Layer = Awaited<ReturnType<typeof textLayer>>;

/** How many pixels of two same-sized text layers (raw RGBA) differ in coverage. */
function differingPixels(a: Layer, b: Layer): number {
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  let n = 0;
  for (let i = 3; i < a.input.length; i += 4) if (a.input[i] !== b.input[i]) n++;
  return n;
}

const text = {
  title: 'Tuyên Quang đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  kicker: 'Toàn dân bảo vệ an ninh Tổ quốc',
  footer: 'Công an tỉnh Tuyên Quang',
};

describe('the generated share image', () => {
  test('is a 1200×630 PNG', async () => {
    const meta = await sharp(await renderShareImage(text, cacheDir)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  test('draws Vietnamese in the site’s font, Be Vietnam Pro, not a fallback font of the machine', async () => {
    await loadFonts(cacheDir);
    const site = await textLayer('Tổ quốc', 'Be Vietnam Pro Bold 60', 600);
    const fallback = await textLayer('Tổ quốc', 'DejaVu Sans Bold 60', 600);
    expect(differingPixels(site, fallback)).toBeGreaterThan(500);
  });

  test('draws the tone marks: "ệ" is not drawn as "e"', async () => {
    await loadFonts(cacheDir);
    const marked = await textLayer('ệ ổ ữ', 'Be Vietnam Pro Bold 60', 600);
    const plain = await textLayer('e o u', 'Be Vietnam Pro Bold 60', 600);
    // Marks above and below make the line taller or change its pixels; never identical.
    expect(differingPixels(marked, plain)).toBeGreaterThan(200);
  });

  test('cuts a very long title at a word and marks the cut', () => {
    const long = 'Mô hình tự quản về an ninh, trật tự '.repeat(10);
    const fitted = fitTitle(long);
    expect(fitted.length).toBeLessThanOrEqual(151);
    expect(fitted.endsWith('…')).toBe(true);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitTitle('Tin ngắn')).toBe('Tin ngắn');
  });

  test('a changed title gets a new file name, an unchanged one the same', () => {
    expect(shareImageHash(text)).toBe(shareImageHash({ ...text }));
    expect(shareImageHash({ ...text, title: `${text.title}!` })).not.toBe(shareImageHash(text));
    // The same letters typed decomposed (NFD) are the same title.
    expect(shareImageHash({ ...text, title: text.title.normalize('NFD') })).toBe(shareImageHash(text));
    expect(shareImagePath(text)).toMatch(/^\/og\/[0-9a-f]{20}\.png$/);
  });

  test('is drawn once and reused from the cache in node_modules/.astro by later builds', async () => {
    const unique = { ...text, title: `Kiểm tra bộ nhớ đệm ${Date.now()}` };
    const file = await ensureShareImage(unique);
    expect(file.startsWith(shareImageCacheDir())).toBe(true);
    expect(shareImageCacheDir()).toContain(join('node_modules', '.astro'));
    const first = await stat(file);
    const bytes = await readFile(file);
    expect(await ensureShareImage(unique)).toBe(file);
    expect((await stat(file)).mtimeMs).toBe(first.mtimeMs);
    expect(await readFile(file)).toEqual(bytes);
    await rm(file);
  });
});

describe('share image paths the dev server answers', () => {
  test('reads the hash from a generated image path and nothing else', () => {
    const path = shareImagePath({ title: 'Tiêu đề', kicker: 'Trang', footer: 'Cơ quan' });
    expect(hashInSharePath(path)).toBe(path.slice(4, 24));
    expect(hashInSharePath(`${path}?v=1`)).toBe(path.slice(4, 24));
    expect(hashInSharePath('/og/../../etc/passwd.png')).toBeUndefined();
    expect(hashInSharePath('/mo-hinh/og/0123456789abcdef0123.png')).toBeUndefined();
    expect(hashInSharePath('/og/0123456789ABCDEF0123.png')).toBeUndefined();
  });

  test('pages rendered at the same time with the same title share one drawing, and all get the image', async () => {
    const same = { ...text, title: `Cùng tiêu đề ${Date.now()}` };
    const before = shareImageStats().drawn;
    const files = await Promise.all([ensureShareImage(same), ensureShareImage(same), ensureShareImage(same)]);
    expect(new Set(files).size).toBe(1);
    expect(shareImageStats().drawn - before).toBe(1);
    expect((await sharp(await readFile(files[0]!)).metadata()).width).toBe(1200);
    await rm(files[0]!);
  });
});
