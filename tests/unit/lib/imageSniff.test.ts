import sharp, { type Sharp } from 'sharp';
import { describe, expect, test } from 'vitest';
import { IMAGE_LIMITS, imageFileProblem, sniffImage } from '~/lib/imageSniff';

const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 120, g: 30, b: 30 } } });

describe('sniffImage', () => {
  test.each([
    ['jpeg', (s: Sharp) => s.jpeg()],
    ['png', (s: Sharp) => s.png()],
    ['webp', (s: Sharp) => s.webp()],
    ['webp', (s: Sharp) => s.webp({ lossless: true })],
    ['gif', (s: Sharp) => s.gif()],
    ['avif', (s: Sharp) => s.avif()],
  ] as const)('reads the real format (%s) and pixel size from the header alone', async (format, encode) => {
    const bytes = await encode(blank(641, 359)).toBuffer();
    expect(sniffImage(bytes)).toMatchObject({ format, width: 641, height: 359 });
  });

  test('notices the EXIF block a camera writes into a JPEG', async () => {
    const plain = await blank(40, 30).jpeg().toBuffer();
    const withExif = await blank(40, 30)
      .jpeg()
      .withExif({ IFD0: { Make: 'Điện thoại' } })
      .toBuffer();
    expect(sniffImage(plain)?.hasExif).toBe(false);
    expect(sniffImage(withExif)?.hasExif).toBe(true);
  });

  test('a text file is not an image', () => {
    expect(sniffImage(new TextEncoder().encode('Xin chào, đây là văn bản.'))).toBeUndefined();
  });
});

describe('imageFileProblem', () => {
  test('accepts a normal photo', async () => {
    expect(imageFileProblem('anh.jpg', await blank(1200, 800).jpeg().toBuffer())).toBeUndefined();
  });

  test('refuses a text file renamed .jpg, in Vietnamese, naming the file', () => {
    expect(imageFileProblem('anh.jpg', new TextEncoder().encode('không phải ảnh'))).toBe('"anh.jpg" không phải là tệp ảnh (không đọc được nội dung ảnh)');
  });

  test('refuses a PNG named .jpg and says what it really is', async () => {
    expect(imageFileProblem('anh.jpg', await blank(10, 10).png().toBuffer())).toBe('"anh.jpg" có đuôi .jpg nhưng thực chất là ảnh PNG; hãy lưu lại đúng loại');
  });

  test('refuses a 9504×6336 photo (over 50 million pixels) though its file is small', async () => {
    const bytes = await blank(9504, 6336).jpeg().toBuffer();
    expect(bytes.length).toBeLessThan(IMAGE_LIMITS.maxBytes);
    expect(imageFileProblem('may-anh.jpg', bytes)).toBe('ảnh "may-anh.jpg" có 9504×6336 điểm ảnh, quá lớn (tối đa 50 triệu điểm ảnh); hãy thu nhỏ ảnh');
  }, 30_000);

  test('refuses a file over 25 MB by its size', async () => {
    const head = await blank(10, 10).jpeg().toBuffer();
    expect(imageFileProblem('nang.jpg', head, 27 * 1024 * 1024)).toBe('ảnh "nang.jpg" nặng 27 MB, quá giới hạn 25 MB; hãy thu nhỏ ảnh');
  });

  test('refuses types the site cannot show, and photos from other sites', () => {
    expect(imageFileProblem('anh.heic', new Uint8Array(10))).toBe('"anh.heic" không phải loại ảnh được nhận (JPG, PNG, WebP, AVIF, GIF)');
    expect(imageFileProblem('https://example.com/a.jpg', new Uint8Array(10))).toMatch(/ảnh trên trang khác/);
  });
});
