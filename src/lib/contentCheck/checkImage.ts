/**
 * An entry's photo must exist beside it, really be the image type its name says,
 * and be of a size the build can process.
 */
import { stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import sharp from 'sharp';

/** Larger photos are rejected: they would make every build slow and gain nothing on screen. */
export const IMAGE_LIMITS = { maxBytes: 25 * 1024 * 1024, maxPixels: 50_000_000 } as const;

const FORMAT_OF_EXTENSION: Record<string, string[]> = {
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.png': ['png'],
  '.webp': ['webp'],
  '.avif': ['heif', 'avif'],
  '.gif': ['gif'],
};

/** Resolves a front-matter image path the way Astro's image() does: relative to the entry file. */
export function imagePath(entryPath: string, src: string): string {
  return resolve(dirname(entryPath), src);
}

/** Returns a Vietnamese message for what is wrong, or undefined when the image is fine. */
export async function checkImage(path: string, src: string): Promise<string | undefined> {
  if (/^(https?:)?\/\//i.test(src)) return `"${src}" là ảnh trên trang khác; hãy tải ảnh lên để ảnh nằm cạnh bài`;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return `không tìm thấy tệp ảnh "${src}" cạnh bài; hãy tải ảnh lên lại`;
  const expected = FORMAT_OF_EXTENSION[extname(path).toLowerCase()];
  if (!expected) return `"${src}" không phải loại ảnh được nhận (JPG, PNG, WebP, AVIF, GIF)`;
  if (info.size > IMAGE_LIMITS.maxBytes) return `ảnh "${src}" nặng ${(info.size / 1048576).toFixed(0)} MB, quá giới hạn 25 MB; hãy thu nhỏ ảnh`;
  const meta = await sharp(path).metadata().catch(() => undefined);
  if (!meta?.format) return `"${src}" không phải là tệp ảnh (không đọc được nội dung ảnh)`;
  if (!expected.includes(meta.format)) return `"${src}" có đuôi ${extname(path)} nhưng thực chất là ảnh ${meta.format.toUpperCase()}; hãy lưu lại đúng loại`;
  if ((meta.width ?? 0) * (meta.height ?? 0) > IMAGE_LIMITS.maxPixels) {
    return `ảnh "${src}" có ${meta.width}×${meta.height} điểm ảnh, quá lớn (tối đa 50 triệu điểm ảnh); hãy thu nhỏ ảnh`;
  }
  return undefined;
}
