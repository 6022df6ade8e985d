import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { checkImage, IMAGE_LIMITS } from '~/lib/contentCheck/checkImage';
import { ARTICLE_FILE, COVER_FILE, photo, useContentFixture } from '../../support/contentFixture';

const fixture = useContentFixture();

/** The article's cover problems: each names the article file and the cover.src field. */
async function coverProblems() {
  const problems = await checkContent(fixture.root);
  for (const p of problems) expect(p).toMatchObject({ file: ARTICLE_FILE, field: 'cover.src', label: 'Ảnh bìa' });
  return problems.map((p) => p.message);
}

describe('checkImage', () => {
  it('accepts a real JPEG named .jpg beside the article', async () => {
    expect(await coverProblems()).toEqual([]);
  });

  it('reports a cover whose file is not beside the article', async () => {
    await fixture.setFields(ARTICLE_FILE, { cover: { src: './tuan-tra-bien-gioi.jpg', alt: 'Tổ tự quản tuần tra' } });
    expect(await coverProblems()).toEqual([expect.stringMatching(/không tìm thấy.*"\.\/tuan-tra-bien-gioi\.jpg"/)]);
  });

  it('reports a text file named .jpg as not an image', async () => {
    await fixture.write(COVER_FILE, 'Ảnh sẽ gửi sau.\n');
    expect(await coverProblems()).toEqual([expect.stringMatching(/"\.\/anh-bia\.jpg" không phải là tệp ảnh/)]);
  });

  it('reports a PNG named .jpg, naming both types', async () => {
    await fixture.write(COVER_FILE, await photo('png'));
    expect(await coverProblems()).toEqual([expect.stringMatching(/\.jpg.*PNG/)]);
  });

  it('accepts a PNG named .png', async () => {
    await fixture.write(COVER_FILE.replace('.jpg', '.png'), await photo('png'));
    await fixture.setFields(ARTICLE_FILE, { cover: { src: './anh-bia.png', alt: 'Tổ tự quản tuần tra' } });
    expect(await coverProblems()).toEqual([]);
  });

  it('reports a photo of more pixels than the limit, with its size', async () => {
    // 8000 × 7000 = 56 million pixels; one colour, so the file itself stays small.
    expect(8000 * 7000).toBeGreaterThan(IMAGE_LIMITS.maxPixels);
    await fixture.write(COVER_FILE.replace('.jpg', '.png'), await photo('png', 8000, 7000));
    await fixture.setFields(ARTICLE_FILE, { cover: { src: './anh-bia.png', alt: 'Toàn cảnh chợ biên giới' } });
    expect(await coverProblems()).toEqual([expect.stringMatching(/8000×7000.*quá lớn/)]);
  }, 30_000);

  it('reports a photo linked from another website', async () => {
    expect(await checkImage('/khong-dung', 'https://baocaobang.vn/anh.jpg')).toContain('trang khác');
  });

  it('reports a file type that is not a photo format', async () => {
    await fixture.write('content/tai-lieu.pdf', '%PDF-1.4');
    expect(await checkImage(`${fixture.root}/content/tai-lieu.pdf`, './tai-lieu.pdf')).toContain('không phải loại ảnh');
  });
});
