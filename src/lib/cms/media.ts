/**
 * What the CMS accepts as an uploaded file, shared by the CMS (which refuses it before
 * saving) and the build (which refuses to publish it): raster photos only, recognised by
 * their bytes, never by their name.
 */

/**
 * Decap's global media library ("Tập tin") writes here. Nothing here is ever published:
 * the CMS refuses every upload to it and the build stops if it holds a file. Photos go
 * beside their entry, through review.
 */
export const REFUSED_MEDIA_FOLDER = 'cms-uploads';

/** Raster formats the site renders (and Astro optimises), by file extension. */
export const RASTER_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The raster format these bytes really are (by their signature), or undefined: SVG, HTML, script and the rest. */
export function rasterFormatOf(bytes: Uint8Array): RasterFormat | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  // ISO-BMFF: a `ftyp` box whose major or compatible brands name AVIF.
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0), bytes.length);
    for (let at = 8; at + 4 <= size; at += 4) if (['avif', 'avis'].includes(ascii(bytes, at, at + 4))) return 'avif';
  }
  return undefined;
}

const FORMAT_OF_EXTENSION: Record<string, RasterFormat> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp', '.avif': 'avif', '.gif': 'gif' };

/** Why the CMS refuses an upload, in Vietnamese, or undefined when it is a real photo of the type its name says. */
export function uploadProblem(name: string, bytes: Uint8Array): string | undefined {
  const extension = /\.[^./]*$/.exec(name.toLowerCase())?.[0] ?? '';
  const expected = FORMAT_OF_EXTENSION[extension];
  const actual = rasterFormatOf(bytes);
  const accepted = 'Chỉ nhận ảnh JPG, PNG, WebP, AVIF hoặc GIF.';
  if (!expected) return `Tệp "${name}" không được tải lên: ${accepted} Tệp HTML, script, SVG… có thể chạy mã trên trang nên bị từ chối.`;
  if (!actual) return `Tệp "${name}" không phải là ảnh thật (nội dung không phải ${extension.slice(1).toUpperCase()}). ${accepted}`;
  if (actual !== expected) return `Tệp "${name}" có đuôi ${extension} nhưng thực chất là ảnh ${actual.toUpperCase()}; hãy đổi tên cho đúng loại rồi tải lại.`;
  return undefined;
}
