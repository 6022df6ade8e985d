/**
 * How every content photo is published (covers and photos in a body alike): AVIF and
 * WebP in these widths, with the original format as the fallback <img>. One place, so a
 * cover and the photo under it never differ in quality or weight.
 */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;

/**
 * Widths generated for a photo in the article column (up to twice its 46rem on a sharp
 * screen). Astro drops those wider than the photo and adds the photo's own width instead.
 */
export const PHOTO_WIDTHS: readonly number[] = [360, 640, 960, 1280];

/** The article column: 46rem from 72rem wide, the whole screen below. */
export const PHOTO_SIZES = '(min-width: 72rem) 46rem, 100vw';
