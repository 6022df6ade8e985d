import { describe, expect, test } from 'vitest';
import { describeProblems, entryProblems } from '~/lib/entryProblems';
import { articleFields } from '~/schema/articleFields';

const article = {
  title: 'Tổ tự quản tuần tra',
  description: 'Một câu tóm tắt.',
  publishDate: '2026-11-25',
  author: 'Nguyễn Văn A',
  authorUnit: 'Công an xã',
};

describe('entryProblems (the build’s field rules at save time)', () => {
  test('an entry the build accepts has no problem', () => {
    expect(entryProblems(articleFields, article)).toEqual([]);
    expect(entryProblems(articleFields, { ...article, publishDate: '2021', cover: { src: 'anh.jpg', alt: 'Tuần tra' } })).toEqual([]);
  });

  test('a date that does not exist is refused with the build’s message and the field’s label', () => {
    const problems = entryProblems(articleFields, { ...article, publishDate: '2021-02-30' });
    expect(describeProblems(problems)).toBe('Ngày đăng: "2021-02-30" không có thật: tháng 2/2021 không có ngày 30');
  });

  test('a photo of a type the site cannot show, or without description, is refused', () => {
    expect(describeProblems(entryProblems(articleFields, { ...article, cover: { src: 'anh.heic', alt: 'Tuần tra' } }))).toBe(
      'Ảnh bìa: "anh.heic" không phải loại ảnh được nhận (JPG, PNG, WebP, AVIF, GIF)',
    );
    expect(describeProblems(entryProblems(articleFields, { ...article, cover: { src: 'anh.jpg', alt: ' ' } }))).toBe(
      'Ảnh bìa: ảnh cần có mô tả (alt) cho người khiếm thị',
    );
  });

  test('every broken rule is reported, not only the first', () => {
    const problems = entryProblems(articleFields, { ...article, title: 'x'.repeat(201), updatedDate: '2026-13' });
    expect(problems.map((p) => p.field).sort()).toEqual(['title', 'updatedDate']);
  });
});
