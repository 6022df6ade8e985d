import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rasterFormatOf, uploadProblem } from '~/lib/cms/media';

const pixel = () => sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 155, g: 28, b: 28 } } });
const bytes = (text: string) => new TextEncoder().encode(text);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

describe('what the CMS accepts as an upload', () => {
  it.each([
    ['jpeg', () => pixel().jpeg().toBuffer()],
    ['png', () => pixel().png().toBuffer()],
    ['webp', () => pixel().webp().toBuffer()],
    ['avif', () => pixel().avif().toBuffer()],
    ['gif', () => pixel().gif().toBuffer()],
  ] as const)('recognises a real %s photo by its bytes', async (format, make) => {
    expect(rasterFormatOf(new Uint8Array(await make()))).toBe(format);
  });

  it('recognises no image in SVG, HTML or script, whatever they are called', () => {
    for (const text of [SVG, '<!doctype html><script>alert(1)</script>', 'fetch("/x")', '']) expect(rasterFormatOf(bytes(text))).toBeUndefined();
  });

  it('accepts a photo whose name says what it is', async () => {
    expect(uploadProblem('tuan-tra.jpg', new Uint8Array(await pixel().jpeg().toBuffer()))).toBeUndefined();
    expect(uploadProblem('Tuan-Tra.PNG', new Uint8Array(await pixel().png().toBuffer()))).toBeUndefined();
  });

  it('refuses HTML, script and SVG files with a Vietnamese reason naming the file', () => {
    expect(uploadProblem('bao-cao.html', bytes('<p>x</p>'))).toMatch(/^Tệp "bao-cao\.html" không được tải lên: Chỉ nhận ảnh JPG, PNG, WebP, AVIF hoặc GIF\./);
    expect(uploadProblem('tien-ich.js', bytes('alert(1)'))).toMatch(/"tien-ich\.js" không được tải lên/);
    expect(uploadProblem('logo.svg', bytes(SVG))).toMatch(/"logo\.svg" không được tải lên.*SVG/);
  });

  it('refuses a script renamed to .jpg, and a photo of another type than its name says', async () => {
    expect(uploadProblem('anh.jpg', bytes(SVG))).toMatch(/"anh\.jpg" không phải là ảnh thật/);
    expect(uploadProblem('anh.jpg', new Uint8Array(await pixel().png().toBuffer()))).toMatch(/có đuôi \.jpg nhưng thực chất là ảnh PNG/);
  });
});
