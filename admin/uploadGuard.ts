/**
 * Checks every photo an editor picks before Decap stores it, with the build's own rules
 * (`imageFileProblem`): a renamed text file or an unknown type is refused on the spot,
 * with the build's message. A camera photo is made web-sized in the browser: at most
 * MAX_SIDE pixels on its long side, re-encoded through a canvas, which also drops EXIF
 * (camera, time, GPS position). So a phone photo can never exceed the build's limits.
 *
 * Decap's media library reads `input.files` in React's change handler; this listener runs
 * first (capture phase on the document), stops the original event, and re-sends it once
 * the files are checked and, when needed, replaced.
 */
import {
  brokenImageMessage,
  extensionFits,
  IMAGE_LIMITS,
  imageFileProblem,
  imageNameProblem,
  type SniffedImage,
  sniffImage,
  tooHeavyMessage,
  tooLargeMessage,
} from '../src/lib/imageSniff';

/** Long side of a photo after upload: sharper than any layout of the site needs (2× a 1200 px column). */
export const MAX_SIDE = 2560;
const JPEG_QUALITY = 0.86;

/** Formats the browser can re-encode losslessly enough for photos; GIF and AVIF are only checked. */
const REENCODABLE: Partial<Record<SniffedImage['format'], string>> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

const checked = new WeakSet<Event>();

/** Whether a photo should be re-encoded: too large for the site or the build, or carrying EXIF. */
export function needsShrinking(image: SniffedImage, bytes: number): boolean {
  const longSide = Math.max(image.width ?? 0, image.height ?? 0);
  return image.hasExif || longSide > MAX_SIDE || bytes > IMAGE_LIMITS.maxBytes || (image.width ?? 0) * (image.height ?? 0) > IMAGE_LIMITS.maxPixels;
}

async function reencode(file: File, type: string): Promise<File> {
  // createImageBitmap applies the EXIF orientation, so the upright photo is what is kept.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type, quality: JPEG_QUALITY });
  return new File([blob], file.name, { type, lastModified: Date.now() });
}

/** The file to hand to Decap, or a Vietnamese message saying why it cannot be used. */
export async function prepareUpload(file: File): Promise<File | string> {
  const nameProblem = imageNameProblem(file.name);
  if (nameProblem) return nameProblem;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const image = sniffImage(bytes);
  const type = image && REENCODABLE[image.format];
  if (image && type && extensionFits(file.name, image.format)) {
    // Right type: only size and EXIF remain, and re-encoding fixes both.
    if (!needsShrinking(image, file.size)) return (await decodesWhole(file)) ? file : brokenImageMessage(file.name);
    const smaller = await reencode(file, type).catch(() => undefined);
    if (!smaller) {
      // Within the limits, only a damaged or cut-short file fails to decode.
      if (imageFileProblem(file.name, bytes, file.size) === undefined) return brokenImageMessage(file.name);
      return image.width && image.height ? tooLargeMessage(file.name, image.width, image.height) : tooHeavyMessage(file.name, file.size);
    }
    return imageFileProblem(file.name, new Uint8Array(await smaller.arrayBuffer())) ?? smaller;
  }
  return imageFileProblem(file.name, bytes, file.size) ?? ((await decodesWhole(file)) ? file : brokenImageMessage(file.name));
}

/**
 * Whether the browser decodes the whole photo: createImageBitmap refuses a file cut short
 * (a half-finished transfer from the phone), as the build's decoder does, where <img> would
 * show it with a grey bottom.
 */
async function decodesWhole(file: File): Promise<boolean> {
  try {
    (await createImageBitmap(file)).close();
    return true;
  } catch {
    return false;
  }
}

function showNotice(messages: string[]) {
  document.querySelector('#upload-notice')?.remove();
  const notice = document.createElement('div');
  notice.id = 'upload-notice';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = `Không tải lên được: ${messages.join(' · ')}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Đóng';
  close.addEventListener('click', () => notice.remove());
  notice.append(text, close);
  document.body.append(notice);
}

async function onChange(event: Event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || checked.has(event) || !input.files?.length) return;
  event.stopImmediatePropagation();
  const results = await Promise.all([...input.files].map(prepareUpload));
  const problems = results.filter((r): r is string => typeof r === 'string');
  if (problems.length > 0) {
    showNotice(problems);
    input.value = '';
    return;
  }
  document.querySelector('#upload-notice')?.remove();
  const files = new DataTransfer();
  for (const file of results as File[]) files.items.add(file);
  input.files = files.files;
  const again = new Event('change', { bubbles: true });
  checked.add(again);
  input.dispatchEvent(again);
}

export function guardUploads(): void {
  document.addEventListener('change', (event) => void onChange(event), true);
}
