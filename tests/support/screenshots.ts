/**
 * Screenshots for the docs, taken by the tests so they never go stale, but written
 * only when they really changed: re-running the tests leaves the work tree clean.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

/** Mean difference per channel (0–255) above which a screenshot counts as changed. */
const CHANGED = 0.5;

async function pixels(image: Buffer | string) {
  return sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

export async function saveIfChanged(path: string, png: Buffer): Promise<boolean> {
  if (existsSync(path)) {
    const [before, after] = await Promise.all([pixels(path), pixels(png)]);
    if (before.info.width === after.info.width && before.info.height === after.info.height) {
      let sum = 0;
      for (let i = 0; i < after.data.length; i++) sum += Math.abs((after.data[i] ?? 0) - (before.data[i] ?? 0));
      if (sum / after.data.length < CHANGED) return false;
    }
  }
  await writeFile(path, png);
  return true;
}
