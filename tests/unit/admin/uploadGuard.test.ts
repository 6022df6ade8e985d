import { describe, expect, test } from 'vitest';
import { MAX_SIDE, needsShrinking, prepareUpload } from '../../../admin/uploadGuard';

describe('uploadGuard', () => {
  test('a camera photo is re-encoded when larger than the site needs or when it carries EXIF; a web-sized clean photo is kept as is', () => {
    expect(needsShrinking({ format: 'jpeg', width: 9504, height: 6336, hasExif: false }, 2_000_000)).toBe(true);
    expect(needsShrinking({ format: 'jpeg', width: 1600, height: 1200, hasExif: true }, 400_000)).toBe(true);
    expect(needsShrinking({ format: 'jpeg', width: MAX_SIDE, height: 1200, hasExif: false }, 400_000)).toBe(false);
  });

  test('a text file named .jpg is refused with the build’s message before anything is stored', async () => {
    const file = new File([new TextEncoder().encode('Đây là văn bản.')], 'van-ban.jpg', { type: 'image/jpeg' });
    expect(await prepareUpload(file)).toBe('"van-ban.jpg" không phải là tệp ảnh (không đọc được nội dung ảnh)');
  });
});
