/**
 * An entry's photo must be a file right beside it (not a link, not a path leaving the
 * folder), really be the image type its name says, decode to the end (a half-uploaded
 * file is refused) and be of a size the build can process. SVG is refused: it can carry
 * script, and the site publishes only raster photos.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import sharp from 'sharp';
import {
  brokenImageMessage,
  FORMAT_OF_EXTENSION,
  IMAGE_LIMITS,
  type ImageFormat,
  tooHeavyMessage,
  tooLargeMessage,
  unacceptedTypeMessage,
} from '../imageSniff';
import { writeLinesAtomically } from '../writeLinesAtomically';
import { missingPhotoMessage, photoPathProblem } from './photoPath';

export { IMAGE_LIMITS };

/** Resolves a front-matter image path the way Astro's image() does: relative to the entry file. */
export function imagePath(entryPath: string, src: string): string {
  return resolve(dirname(entryPath), src);
}

/** Photos that decoded whole before, by content hash: decoding every photo on every build would cost minutes. */
const DECODED_CACHE = join(process.cwd(), 'node_modules', '.astro', 'content-check-decoded.json');
// The list is loaded once and written one save after another: photos are checked several at a time.
let decoded: Promise<Set<string>> | undefined;
let saved: Promise<void> = Promise.resolve();
// A file that is missing or cut short reads as an empty list (a failed JSON.parse included).
const loadDecoded = () =>
  (decoded ??= readFile(DECODED_CACHE, 'utf8')
    .then((t) => new Set(JSON.parse(t) as string[]))
    .catch(() => new Set<string>()));

async function decodesWhole(bytes: Buffer): Promise<boolean> {
  const known = await loadDecoded();
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (known.has(hash)) return true;
  // Shrinking on load still reads every byte of the compressed data, so a cut-off file fails here.
  const ok = await sharp(bytes, { failOn: 'truncated', limitInputPixels: IMAGE_LIMITS.maxPixels })
    .resize(64, 64, { fit: 'inside' })
    .toBuffer()
    .then(
      () => true,
      () => false,
    );
  if (ok) {
    known.add(hash);
    // Never fails: a read-only node_modules only costs speed.
    saved = saved.then(() => writeLinesAtomically(DECODED_CACHE, [JSON.stringify([...known])])).then(() => undefined);
    await saved;
  }
  return ok;
}

/** Returns a Vietnamese message for what is wrong, or undefined when the image is fine. */
export async function checkImage(path: string, src: string): Promise<string | undefined> {
  return photoPathProblem(src) ?? (await checkImageFile(path, src));
}

/** The file's part of checkImage (the path as written is fine): there, not a link, a whole photo within the limits. */
export async function checkImageFile(path: string, src: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (info?.isSymbolicLink()) return `"${src}" là liên kết (symlink) tới nơi khác; hãy đặt chính tệp ảnh cạnh bài`;
  if (!info?.isFile()) return missingPhotoMessage(src);
  const expected = FORMAT_OF_EXTENSION[extname(path).toLowerCase()];
  if (!expected) return unacceptedTypeMessage(src);
  if (info.size > IMAGE_LIMITS.maxBytes) return tooHeavyMessage(src, info.size);
  const bytes = await readFile(path);
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => undefined);
  if (!meta?.format) return `"${src}" không phải là tệp ảnh (không đọc được nội dung ảnh)`;
  if (!expected.includes(meta.format as ImageFormat))
    return `"${src}" có đuôi ${extname(path)} nhưng thực chất là ảnh ${meta.format.toUpperCase()}; hãy lưu lại đúng loại`;
  if ((meta.width ?? 0) * (meta.height ?? 0) > IMAGE_LIMITS.maxPixels) return tooLargeMessage(src, meta.width ?? 0, meta.height ?? 0);
  if (!(await decodesWhole(bytes))) return brokenImageMessage(src);
  return undefined;
}
