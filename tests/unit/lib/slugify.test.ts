import { describe, expect, it } from 'vitest';
import { slugify } from '~/lib/slugify';

describe('slugify', () => {
  it('turns Vietnamese words into readable ASCII, with đ and Đ as d', () => {
    expect(slugify('Đội bảo vệ rừng')).toBe('doi-bao-ve-rung');
    expect(slugify('Tràng Đà')).toBe('trang-da');
  });

  it('gives the same slug for precomposed and combining-mark input', () => {
    const nfd = 'Hòa giải Đường Quý'.normalize('NFD');
    expect(slugify(nfd)).toBe(slugify('Hòa giải Đường Quý'));
    expect(slugify(nfd)).toBe('hoa-giai-duong-quy');
  });

  it('drops punctuation and never starts or ends with a dash', () => {
    expect(slugify(' “Liên kết đảm bảo ANTT - An toàn kho hàng” ')).toBe('lien-ket-dam-bao-antt-an-toan-kho-hang');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Mô hình liên kết bảo đảm an ninh trật tự giữa cửa hàng xăng dầu với thôn Hồi Xuân', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect('mo-hinh-lien-ket-bao-dam-an-ninh-trat-tu-giua'.startsWith(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
  });
});
