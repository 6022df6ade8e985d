/**
 * What an image file really is, read from its first bytes (no decoder, so it runs in the
 * browser too): the CMS checks an upload with it before Decap stores it, and the build's
 * content check applies the same rules and messages to the files in content/.
 */

/** Larger photos are rejected: they would make every build slow and gain nothing on screen. */
export const IMAGE_LIMITS = { maxBytes: 25 * 1024 * 1024, maxPixels: 50_000_000 } as const;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heif';

/** The formats each accepted file extension may hold (names as sharp reports them, plus avif). */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, readonly ImageFormat[]>> = {
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.png': ['png'],
  '.webp': ['webp'],
  '.avif': ['heif', 'avif'],
  '.gif': ['gif'],
};

export interface SniffedImage {
  format: ImageFormat;
  /** Pixel size from the header; undefined when the header is cut short. */
  width?: number | undefined;
  height?: number | undefined;
  /** A JPEG carrying EXIF (camera, time, often GPS position) in an APP1 segment. */
  hasExif: boolean;
}

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 65536 + u16be(b, at + 2);

function sniffJpeg(b: Uint8Array): SniffedImage {
  let hasExif = false;
  // Walk the marker segments up to the frame header (SOFn), which holds the size.
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) return { format: 'jpeg', hasExif };
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = u16be(b, at + 2);
    if (marker === 0xe1 && ascii(b, at + 4, 4) === 'Exif') hasExif = true;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { format: 'jpeg', height: u16be(b, at + 5), width: u16be(b, at + 7), hasExif };
    at += 2 + length;
  }
  return { format: 'jpeg', hasExif };
}

function sniffWebp(b: Uint8Array): SniffedImage {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff, hasExif: false };
  if (chunk === 'VP8L') {
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, hasExif: false };
  }
  if (chunk === 'VP8X') return { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1, hasExif: false };
  return { format: 'webp', hasExif: false };
}

/** AVIF/HEIF: the brand in the `ftyp` box; the size in the first `ispe` (image spatial extent) box. */
function sniffHeif(b: Uint8Array): SniffedImage | undefined {
  const brands = [ascii(b, 8, 4), ...Array.from({ length: Math.max(0, (u32be(b, 0) - 16) / 4) }, (_, i) => ascii(b, 16 + 4 * i, 4))];
  const format: ImageFormat | undefined = brands.some((brand) => brand === 'avif' || brand === 'avis')
    ? 'avif'
    : brands.some((brand) => ['heic', 'heix', 'mif1', 'msf1'].includes(brand))
      ? 'heif'
      : undefined;
  if (!format) return undefined;
  const end = Math.min(b.length - 16, 64 * 1024);
  for (let at = 0; at < end; at++) {
    if (b[at] === 0x69 && ascii(b, at, 4) === 'ispe') return { format, width: u32be(b, at + 8), height: u32be(b, at + 12), hasExif: false };
  }
  return { format, hasExif: false };
}

/** The real format and size of an image from its bytes, or undefined when it is not an image this site takes. */
export function sniffImage(bytes: Uint8Array): SniffedImage | undefined {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return sniffJpeg(b);
  if (ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return { format: 'png', width: u32be(b, 16), height: u32be(b, 20), hasExif: false };
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { format: 'gif', width: u16le(b, 6), height: u16le(b, 8), hasExif: false };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return sniffWebp(b);
  if (ascii(b, 4, 4) === 'ftyp') return sniffHeif(b);
  return undefined;
}

export const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** Whether a file named `name` may hold an image of `format` (photo.jpg holds a JPEG). */
export const extensionFits = (name: string, format: ImageFormat) => Boolean(FORMAT_OF_EXTENSION[extensionOf(name)]?.includes(format));

/** A file whose extension is not a photo type the site takes. */
export const unacceptedTypeMessage = (src: string) => `"${src}" không phải loại ảnh được nhận (JPG, PNG, WebP, AVIF, GIF)`;

/** Why a file name's extension is not a photo type the site takes, or undefined when it is. */
export const imageTypeProblem = (src: string) => (FORMAT_OF_EXTENSION[extensionOf(src)] ? undefined : unacceptedTypeMessage(src));

/** The extension's problem alone (before reading any byte), or undefined when the type is accepted. */
export function imageNameProblem(src: string): string | undefined {
  if (/^(https?:)?\/\//i.test(src)) return `"${src}" là ảnh trên trang khác; hãy tải ảnh lên để ảnh nằm cạnh bài`;
  return imageTypeProblem(src);
}

/** A file that does not decode to its end (a half-uploaded or damaged photo): the build decodes with sharp, the CMS with the browser. */
export const brokenImageMessage = (src: string) => `ảnh "${src}" bị hỏng hoặc tải lên chưa hết (không đọc được đến cuối tệp); hãy tải ảnh lên lại`;
export const tooHeavyMessage = (src: string, bytes: number) => `ảnh "${src}" nặng ${(bytes / 1048576).toFixed(0)} MB, quá giới hạn 25 MB; hãy thu nhỏ ảnh`;
export const tooLargeMessage = (src: string, width: number, height: number) =>
  `ảnh "${src}" có ${width}×${height} điểm ảnh, quá lớn (tối đa 50 triệu điểm ảnh); hãy thu nhỏ ảnh`;

/**
 * Everything wrong with an image file that its name and bytes tell, in Vietnamese, or
 * undefined when it is fine: accepted type, really that type (not a renamed text file),
 * within the byte and pixel limits. `size` defaults to the bytes' length (pass the file
 * size when only its head was read).
 */
export function imageFileProblem(src: string, bytes: Uint8Array, size = bytes.length): string | undefined {
  const nameProblem = imageNameProblem(src);
  if (nameProblem) return nameProblem;
  if (size > IMAGE_LIMITS.maxBytes) return tooHeavyMessage(src, size);
  const image = sniffImage(bytes);
  if (!image) return `"${src}" không phải là tệp ảnh (không đọc được nội dung ảnh)`;
  const extension = extensionOf(src);
  if (!extensionFits(src, image.format)) {
    return `"${src}" có đuôi ${extension} nhưng thực chất là ảnh ${image.format.toUpperCase()}; hãy lưu lại đúng loại`;
  }
  if ((image.width ?? 0) * (image.height ?? 0) > IMAGE_LIMITS.maxPixels) return tooLargeMessage(src, image.width ?? 0, image.height ?? 0);
  return undefined;
}
