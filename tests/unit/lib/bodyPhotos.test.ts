import { describe, expect, it } from 'vitest';
import { bodyPictures, fallbackFormat } from '~/lib/bodyPhotos';

/** A body photo as Astro's image step leaves it: the marked <picture> of markBodyPhotos.ts, each <img> filled in. */
const rendered = [
  '<p>Trước</p><figure><picture data-body-photo="">',
  '<img hidden="true" src="/_astro/a.h.avif" srcset="/_astro/a.1.avif 360w, /_astro/a.2.avif 640w" sizes="100vw" width="800" height="500" loading="lazy" decoding="async">',
  '<img hidden="true" src="/_astro/a.h.webp" srcset="/_astro/a.1.webp 360w, /_astro/a.2.webp 640w" sizes="100vw" width="800" height="500" loading="lazy" decoding="async">',
  '<img alt="Tổ &#34;tự quản&#34;" src="/_astro/a.h.jpg" srcset="/_astro/a.1.jpg 360w, /_astro/a.2.jpg 640w" sizes="100vw" width="800" height="500" loading="lazy" decoding="async">',
  '</picture><figcaption>Họp tổ</figcaption></figure><p>Sau</p>',
].join('');

describe('bodyPictures', () => {
  it('turns the format images into AVIF and WebP sources and keeps the fallback image as Astro made it', () => {
    expect(bodyPictures(rendered)).toBe(
      [
        '<p>Trước</p><figure><picture>',
        '<source type="image/avif" srcset="/_astro/a.1.avif 360w, /_astro/a.2.avif 640w" sizes="100vw">',
        '<source type="image/webp" srcset="/_astro/a.1.webp 360w, /_astro/a.2.webp 640w" sizes="100vw">',
        '<img alt="Tổ &#34;tự quản&#34;" src="/_astro/a.h.jpg" srcset="/_astro/a.1.jpg 360w, /_astro/a.2.jpg 640w" sizes="100vw" width="800" height="500" loading="lazy" decoding="async">',
        '</picture><figcaption>Họp tổ</figcaption></figure><p>Sau</p>',
      ].join(''),
    );
  });

  it('gives a photo too small for a srcset its one file as the source', () => {
    const small =
      '<picture data-body-photo=""><img hidden="true" src="/_astro/s.avif"><img hidden="true" src="/_astro/s.webp"><img alt="Nhỏ" src="/_astro/s.jpg"></picture>';
    expect(bodyPictures(small)).toBe(
      '<picture><source type="image/avif" srcset="/_astro/s.avif"><source type="image/webp" srcset="/_astro/s.webp"><img alt="Nhỏ" src="/_astro/s.jpg"></picture>',
    );
  });

  it('leaves pictures it did not make, and bodies without photos, as they are', () => {
    const html = '<p>Không ảnh</p><picture><img src="/logo.png" alt="Logo"></picture>';
    expect(bodyPictures(html)).toBe(html);
  });
});

describe('fallbackFormat', () => {
  it('keeps JPEG and GIF and falls back to PNG for the rest, as Astro’s <Picture> does', () => {
    expect(['a.jpg', 'b.JPEG', 'c.gif', 'd.png', 'e.webp', 'f.avif'].map(fallbackFormat)).toEqual(['jpg', 'jpg', 'gif', 'png', 'png', 'png']);
  });
});
