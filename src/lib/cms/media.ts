/**
 * What the CMS accepts as an uploaded file, shared by the CMS (which refuses it before
 * saving) and the build (which refuses to publish it): raster photos only, recognised by
 * their bytes (src/lib/imageSniff.ts), never by their name.
 */
import { extensionFits, FORMAT_OF_EXTENSION, type ImageFormat, sniffImage } from '../imageSniff';

/**
 * Decap's global media library ("Tập tin") writes here. Nothing here is ever published:
 * the CMS refuses every upload to it and the build stops if it holds a file. Photos go
 * beside their entry, through review.
 */
export const REFUSED_MEDIA_FOLDER = 'cms-uploads';

/** Raster formats the site renders (and Astro optimises), by file extension. */
export const RASTER_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION);

/** The raster format these bytes really are (by their signature), or undefined: SVG, HTML, script and the rest. */
export function rasterFormatOf(bytes: Uint8Array): ImageFormat | undefined {
  return sniffImage(bytes)?.format;
}

/** Why the CMS refuses an upload, in Vietnamese, or undefined when it is a real photo of the type its name says. */
export function uploadProblem(name: string, bytes: Uint8Array): string | undefined {
  const extension = /\.[^./]*$/.exec(name.toLowerCase())?.[0] ?? '';
  const actual = rasterFormatOf(bytes);
  const accepted = 'Chỉ nhận ảnh JPG, PNG, WebP, AVIF hoặc GIF.';
  if (!FORMAT_OF_EXTENSION[extension]) return `Tệp "${name}" không được tải lên: ${accepted} Tệp HTML, script, SVG… có thể chạy mã trên trang nên bị từ chối.`;
  if (!actual) return `Tệp "${name}" không phải là ảnh thật (nội dung không phải ${extension.slice(1).toUpperCase()}). ${accepted}`;
  if (!extensionFits(name, actual))
    return `Tệp "${name}" có đuôi ${extension} nhưng thực chất là ảnh ${actual.toUpperCase()}; hãy đổi tên cho đúng loại rồi tải lại.`;
  return undefined;
}
