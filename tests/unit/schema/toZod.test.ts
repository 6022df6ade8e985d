import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { defineFields } from '~/schema/fieldTypes';
import { schemaFromFields, type SchemaContext } from '~/schema/toZod';

const ctx: SchemaContext = { image: () => z.string(), reference: () => z.string() };

const fields = defineFields([
  { kind: 'string', name: 'title', label: 'Tiêu đề', hint: '', maxLength: 20 },
  { kind: 'strings', name: 'tags', label: 'Chủ đề', hint: '', required: false },
  { kind: 'date', name: 'publishDate', label: 'Ngày đăng', hint: '' },
  { kind: 'date', name: 'updatedDate', label: 'Ngày cập nhật', hint: '', required: false },
  {
    kind: 'select',
    name: 'status',
    label: 'Tình trạng',
    hint: '',
    choices: [
      { value: 'hoat-dong', label: 'Đang hoạt động' },
      { value: 'chua-ro', label: 'Chưa rõ' },
    ],
    default: 'chua-ro',
  },
  { kind: 'boolean', name: 'draft', label: 'Bản nháp', hint: '', default: false },
  { kind: 'boolean', name: 'current', label: 'Còn tồn tại', hint: '', required: false },
  { kind: 'year', name: 'established', label: 'Năm thành lập', hint: '', required: false },
  { kind: 'image', name: 'cover', label: 'Ảnh', hint: '', required: false },
  { kind: 'images', name: 'gallery', label: 'Bộ ảnh', hint: '', required: false, maxItems: 2 },
]);
const schema = schemaFromFields(fields, ctx);

const parse = (data: Record<string, unknown>) => schema.parse({ title: 'Tổ tự quản', publishDate: '2024', ...data });
const dateOf = (publishDate: unknown) => parse({ publishDate }).publishDate;

describe('schemaFromFields', () => {
  it('normalises text typed in NFD to NFC, in single texts, lists and photo descriptions', () => {
    const nfd = 'Trà Lĩnh'.normalize('NFD');
    expect(nfd).not.toBe('Trà Lĩnh');
    const data = parse({ title: nfd, tags: [nfd], cover: { src: './a.jpg', alt: nfd } });
    expect(data.title).toBe('Trà Lĩnh');
    expect(data.tags).toEqual(['Trà Lĩnh']);
    expect(data.cover).toEqual({ src: './a.jpg', alt: 'Trà Lĩnh' });
  });

  it('reads a gallery as a list of photos (an empty list when absent), each with its own description and an optional caption', () => {
    expect(parse({}).gallery).toEqual([]);
    expect(parse({ gallery: null }).gallery).toEqual([]);
    const gallery = [
      { src: './a.jpg', alt: 'Họp tổ', caption: 'Buổi họp' },
      { src: './b.jpg', alt: 'Tuần tra', caption: '' },
    ];
    expect(parse({ gallery }).gallery).toEqual([
      { src: './a.jpg', alt: 'Họp tổ', caption: 'Buổi họp' },
      { src: './b.jpg', alt: 'Tuần tra' },
    ]);
    const issues = (data: Record<string, unknown>) =>
      schema.safeParse({ title: 'Tổ tự quản', publishDate: '2024', ...data }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ gallery: [{ src: './a.jpg', alt: 'Họp tổ' }, { src: './b.jpg' }] })).toEqual([
      ['gallery.1.alt', 'ảnh cần có mô tả (alt) cho người khiếm thị'],
    ]);
    expect(issues({ gallery: [...gallery, { src: './c.jpg', alt: 'Khen thưởng' }] })).toEqual([['gallery', 'nhiều quá 2 ảnh; hãy bớt ảnh']]);
  });

  it('trims spaces around a text', () => {
    expect(parse({ title: '  Tổ tự quản  ' }).title).toBe('Tổ tự quản');
  });

  it('fills defaults for a missing choice and switch, and leaves a switch without default absent', () => {
    const data = parse({});
    expect(data.status).toBe('chua-ro');
    expect(data.draft).toBe(false);
    expect(data.current).toBeUndefined();
    expect(data.tags).toEqual([]);
  });

  it('treats optional fields saved as "" or null as absent', () => {
    const data = parse({ updatedDate: '', current: null, established: '', cover: null, tags: null });
    expect(data.updatedDate).toBeUndefined();
    expect(data.current).toBeUndefined();
    expect(data.established).toBeUndefined();
    expect(data.cover).toBeUndefined();
    expect(data.tags).toEqual([]);
  });

  it('keeps a date only as precise as written: year, month or day', () => {
    expect(dateOf('2021')).toEqual({ year: 2021 });
    expect(dateOf('2021-10')).toEqual({ year: 2021, month: 10 });
    expect(dateOf('2021-10-05')).toEqual({ year: 2021, month: 10, day: 5 });
    expect(dateOf(2021)).toEqual({ year: 2021 });
  });

  it('puts a UTC date-time on its Vietnamese calendar day', () => {
    // 20:00 UTC on 24 November is 03:00 on 25 November in Vietnam (UTC+7).
    expect(dateOf('2026-11-24T20:00:00.000Z')).toEqual({ year: 2026, month: 11, day: 25 });
    expect(dateOf(new Date('2026-11-24T20:00:00.000Z'))).toEqual({ year: 2026, month: 11, day: 25 });
  });

  it('rejects a day that does not exist and a date in another form, quoting it', () => {
    expect(() => dateOf('2021-02-30')).toThrow('không có ngày 30');
    expect(() => dateOf('2021-13')).toThrow('không có tháng 13');
    expect(() => dateOf('05/10/2021')).toThrow(/05\/10\/2021.*không phải ngày hợp lệ/);
  });

  it('says a required field is missing and an empty one is empty', () => {
    expect(() => schema.parse({ publishDate: '2024' })).toThrow('bắt buộc nhưng chưa có');
    expect(() => parse({ title: '' })).toThrow('bắt buộc nhưng chưa có');
    expect(() => parse({ title: '   ' })).toThrow('không được để trống');
    expect(() => parse({ publishDate: undefined })).toThrow('bắt buộc nhưng chưa có');
  });

  it('says how long a text may be when it is too long', () => {
    expect(() => parse({ title: 'Tổ tự quản an ninh trật tự' })).toThrow('dài quá 20 ký tự');
    expect(parse({ title: 'Tổ tự quản an ninh' }).title).toBe('Tổ tự quản an ninh');
  });

  it('reads a year written as text and rejects one before 1945', () => {
    expect(parse({ established: '2019' }).established).toBe(2019);
    expect(() => parse({ established: 1930 })).toThrow('1945');
  });

  it('asks for a photo description when only the file is given', () => {
    expect(() => parse({ cover: { src: './a.jpg' } })).toThrow('mô tả (alt)');
    expect(() => parse({ cover: { src: './a.jpg', alt: ' ' } })).toThrow('mô tả (alt)');
  });
});
