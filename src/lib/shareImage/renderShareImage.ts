/**
 * Draws a page's share image (1200×630 PNG): the site's red, its name, the title in Be
 * Vietnam Pro bold, the publisher at the foot. Text is laid out by Pango inside sharp
 * (sharp's `text` input), which wraps words and shapes Vietnamese marks; the font files
 * are handed to it directly, so nothing depends on the fonts installed on the machine.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { SHARE_IMAGE, type ShareImageText } from './shareImageUrl';
import { woffToSfnt } from './woffToSfnt';

const COLOURS = { background: '#9b1c1c', dark: '#6f1313', gold: '#f2c94c', text: '#ffffff' } as const;
const FAMILY = 'Be Vietnam Pro';
/** @fontsource splits the font by script: Latin letters and the Vietnamese letters/marks are separate files. */
const SUBSETS = ['latin', 'vietnamese'] as const;
const MARGIN = 72;

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A long title is cut at a word and marked "…", so it never runs off the card. */
export function fitTitle(title: string, max = 150): string {
  const clean = title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trim()}…`;
}

/** Title size by length: short titles large, long ones smaller so they fit in four lines. */
export const titleSize = (title: string) => (title.length <= 50 ? 68 : title.length <= 90 ? 58 : 48);

let fontsReady: Promise<void> | undefined;

/**
 * Registers the font files with Pango: libvips adds each `fontfile` it is given to the
 * process's font set once, so one tiny render per file makes all of them available.
 */
export function loadFonts(cacheDir: string): Promise<void> {
  fontsReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const fontDir = join(cacheDir, 'fonts');
    await mkdir(fontDir, { recursive: true });
    for (const subset of SUBSETS) {
      for (const weight of [400, 700]) {
        const woff = require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`);
        const ttf = join(fontDir, `be-vietnam-pro-${subset}-${weight}.ttf`);
        await writeFile(ttf, woffToSfnt(await readFile(woff)));
        await sharp({ text: { text: 'a', font: `${FAMILY} 8`, fontfile: ttf } })
          .png()
          .toBuffer();
      }
    }
  })();
  return fontsReady;
}

/**
 * One block of Pango markup drawn on a transparent layer `width` wide, words wrapped. The
 * layer stays raw RGBA pixels: encoding it as PNG only for the composite to decode it again
 * took a fifth of the drawing time.
 */
export async function textLayer(markup: string, font: string, width: number, height?: number) {
  const { data, info } = await sharp({ text: { text: markup, font, width, ...(height && { height }), rgba: true, wrap: 'word', dpi: 72 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: 4 as const }, width: info.width, height: info.height };
}

export async function renderShareImage(text: ShareImageText, cacheDir: string): Promise<Buffer> {
  await loadFonts(cacheDir);
  const { width, height } = SHARE_IMAGE;
  const inner = width - 2 * MARGIN;
  const title = fitTitle(text.title);
  const kicker = await textLayer(`<span foreground="${COLOURS.gold}">${escapeMarkup(text.kicker.toLocaleUpperCase('vi'))}</span>`, `${FAMILY} Bold 28`, inner);
  const heading = await textLayer(`<span foreground="${COLOURS.text}">${escapeMarkup(title)}</span>`, `${FAMILY} Bold ${titleSize(title)}`, inner);
  const footer = await textLayer(`<span foreground="${COLOURS.text}">${escapeMarkup(text.footer)}</span>`, `${FAMILY} 30`, inner);
  const band = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${COLOURS.background}"/>` +
      `<rect y="${height - 110}" width="${width}" height="110" fill="${COLOURS.dark}"/><rect x="${MARGIN}" y="${MARGIN + kicker.height + 18}" width="96" height="8" fill="${COLOURS.gold}"/></svg>`,
  );
  const titleTop = MARGIN + kicker.height + 56;
  return (
    sharp(band)
      .composite([
        { input: kicker.input, raw: kicker.raw, top: MARGIN, left: MARGIN },
        { input: heading.input, raw: heading.raw, top: Math.min(titleTop, height - 130 - heading.height), left: MARGIN },
        { input: footer.input, raw: footer.raw, top: height - 55 - Math.round(footer.height / 2), left: MARGIN },
      ])
      // A palette PNG (~18 kB). The quantiser's lowest effort draws the same flat card 2.5× faster
      // than its default (~60 against ~150 ms), which matters once per page in a cold build.
      .png({ compressionLevel: 6, palette: true, effort: 1 })
      .toBuffer()
  );
}
