import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFields } from '~/schema/articleFields';
import { localityFields } from '~/schema/localityFields';
import { modelFields } from '~/schema/modelFields';
import { BROKEN_KEY, entryFormat, ORIGINAL_KEY, relativeImagePath } from '../../../admin/frontMatter';
import { readYaml } from '~/lib/frontMatter/readYaml';
import { splitFrontMatter } from '~/lib/frontMatter/splitFrontMatter';
import { PROJECT_ROOT } from '../../support/buildSite';

const models = entryFormat(modelFields, true);
const localities = entryFormat(localityFields, false);
const seed = (path: string) => readFile(join(PROJECT_ROOT, 'content', path), 'utf8');
const SEED_MODEL = 'models/lien-ket-antt-kho-du-tru-quoc-gia-an-tuong/index.md';

describe('the CMS file format', () => {
  test('saving an unchanged seed entry writes it back byte for byte', async () => {
    for (const [format, path] of [
      [models, SEED_MODEL],
      [entryFormat(articleFields, true), 'articles/tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi/index.md'],
      [localities, 'localities/xa-trang-da.yml'],
    ] as const) {
      const raw = await seed(path);
      expect(format.toFile({ ...format.fromFile(raw), [ORIGINAL_KEY]: raw }), path).toBe(raw);
    }
  });

  test('changing one field rewrites only its line, keeping quotes and flow lists elsewhere', async () => {
    const raw = await seed(SEED_MODEL);
    const data = models.fromFile(raw);
    const out = models.toFile({ ...data, summary: 'Tóm tắt mới.', [ORIGINAL_KEY]: raw });
    const diff = out.split('\n').filter((line, i) => line !== raw.split('\n')[i]);
    expect(diff).toEqual(['summary: "Tóm tắt mới."']);
  });

  test('a cleared optional field disappears and a new one is inserted in definition order', async () => {
    const raw = await seed(SEED_MODEL);
    const { placeAsWritten: _dropped, ...data } = models.fromFile(raw);
    const out = models.toFile({ ...data, established: 2019, [ORIGINAL_KEY]: raw });
    expect(out).not.toContain('placeAsWritten');
    expect(out).toMatch(/locality: phuong-an-tuong-truoc-2025\nestablished: 2019\nstatus: hoat-dong\n/);
  });

  test('a new entry is written in the house style: text quoted, ids plain, text lists on one line', () => {
    const out = models.toFile({
      name: 'Đội bảo vệ',
      type: 'tu-quan',
      partners: ['UBND xã A', 'Công an xã A'],
      locality: 'xa-a',
      placeAsWritten: '',
      cover: { src: 'anh.jpg', alt: 'Ảnh', caption: '' },
      sources: ['bai-1', 'bai-2'],
      draft: false,
      body: 'Nội dung.',
      __slug: 'doi-bao-ve',
    });
    expect(out).toBe(
      '---\nname: "Đội bảo vệ"\ntype: tu-quan\npartners: ["UBND xã A", "Công an xã A"]\nlocality: xa-a\ncover:\n  src: "./anh.jpg"\n  alt: "Ảnh"\nsources:\n  - bai-1\n  - bai-2\ndraft: false\n---\n\nNội dung.\n',
    );
  });

  test('a gallery is written as a list of photos with relative paths, texts quoted and empty captions dropped', () => {
    const articles = entryFormat(articleFields, true);
    const out = articles.toFile({
      title: 'T',
      gallery: [
        { src: 'hop-to.jpg', alt: 'Tổ tự quản họp', caption: 'Họp tổ: tháng 5' },
        { src: './tuan-tra.jpg', alt: 'Tuần tra', caption: '' },
      ],
    });
    expect(out).toContain(
      'gallery:\n  - src: "./hop-to.jpg"\n    alt: "Tổ tự quản họp"\n    caption: "Họp tổ: tháng 5"\n  - src: "./tuan-tra.jpg"\n    alt: "Tuần tra"\n',
    );
    expect(articles.fromFile(out).gallery).toEqual([
      { src: './hop-to.jpg', alt: 'Tổ tự quản họp', caption: 'Họp tổ: tháng 5' },
      { src: './tuan-tra.jpg', alt: 'Tuần tra' },
    ]);
  });

  test('partial dates stay the text the editor typed', () => {
    const out = entryFormat(articleFields, true).toFile({ title: 'T', publishDate: '2021' });
    expect(out).toContain('publishDate: "2021"\n');
    expect(entryFormat(articleFields, true).fromFile(out).publishDate).toBe('2021');
  });

  test('text typed in decomposed Unicode (NFD) is saved composed (NFC)', () => {
    const out = localities.toFile({ name: 'Tràng Đà'.normalize('NFD'), kind: 'xa' });
    expect(out).toBe(`name: "${'Tràng Đà'.normalize('NFC')}"\nkind: xa\n`);
  });

  test('image paths are made relative to the entry the way Astro image() expects', () => {
    expect(relativeImagePath('anh.jpg')).toBe('./anh.jpg');
    expect(relativeImagePath('./anh.jpg')).toBe('./anh.jpg');
    expect(relativeImagePath('../chung/anh.jpg')).toBe('../chung/anh.jpg');
    expect(relativeImagePath('/media/anh.jpg')).toBe('/media/anh.jpg');
    expect(relativeImagePath('https://example.vn/anh.jpg')).toBe('https://example.vn/anh.jpg');
  });
});

/** Values an editor can type (or paste) into any text field, each of which must come back exactly. */
const HOSTILE_TEXT = [
  'Dòng một\n---\nDòng ba',
  '---',
  '--- ',
  'Tiêu đề: có dấu hai chấm # và dấu thăng',
  '"trích dẫn" và \'nháy đơn\' và \\ gạch chéo ngược',
  '  thụt đầu dòng và cuối dòng  ',
  '- gạch đầu dòng',
  '[ngoặc vuông], {ngoặc nhọn}, &neo *bí-danh !thẻ',
  'yes',
  '2021-10-05',
  '0b1010',
  'null',
  'Đội bảo vệ rừng 🌲'.normalize('NFD'),
  `${'Một câu rất dài về phong trào toàn dân bảo vệ an ninh Tổ quốc. '.repeat(6)}`,
  'Hai dòng\n\nvới dòng trống\n',
];

describe('the CMS file format with hostile values', () => {
  const articles = entryFormat(articleFields, true);
  const base = {
    title: 'Tin',
    description: 'Tóm tắt.',
    publishDate: '2024-05-17',
    author: 'A',
    authorUnit: 'B',
    tags: ['an ninh'],
    draft: true,
    body: 'Nội dung.',
  };

  test.each(HOSTILE_TEXT)('%j survives a save, a reopen and a second save in every text field', (value) => {
    for (const field of ['title', 'description', 'author', 'authorUnit']) {
      const first = articles.toFile({ ...base, [field]: value });
      const reopened = articles.fromFile(first);
      expect(reopened[field], field).toBe(value.normalize('NFC'));
      // The fields after it are not cut off or changed: the draft stays a draft.
      expect(reopened).toMatchObject({ draft: true, tags: ['an ninh'], body: 'Nội dung.' });
      // The build's own reader reads the same file the same way.
      const split = splitFrontMatter(first);
      expect(split.ok && readYaml(split.parts.yaml).data?.[field]).toBe(value.normalize('NFC'));
      // Saving the reopened entry unchanged writes the same bytes.
      expect(articles.toFile({ ...reopened, [ORIGINAL_KEY]: first })).toBe(first);
    }
  });

  test('a description with a line of --- written over several lines is not cut when reopened', () => {
    const file =
      '---\ntitle: "Tin"\ndescription: "Dòng đầu\n  ---\n  dòng sau"\npublishDate: "2024"\nauthor: "A"\nauthorUnit: "B"\ntags: ["an ninh"]\ndraft: true\n---\n\nNội dung.\n';
    const data = articles.fromFile(file);
    expect(data).toMatchObject({ description: 'Dòng đầu --- dòng sau', author: 'A', draft: true, tags: ['an ninh'], body: 'Nội dung.' });
    const saved = articles.toFile({ ...data, title: 'Tin mới', [ORIGINAL_KEY]: file });
    expect(articles.fromFile(saved)).toMatchObject({ title: 'Tin mới', draft: true, tags: ['an ninh'], body: 'Nội dung.' });
  });

  test('an anchored field is written out in full when edited, with no dangling alias', () => {
    const file = '---\ntitle: "Tin"\ndescription: "Tóm tắt."\npublishDate: "2024"\nauthor: &tg "Hoàng Mai"\nauthorUnit: *tg\ndraft: false\n---\n\nNội dung.\n';
    const data = articles.fromFile(file);
    expect(data).toMatchObject({ author: 'Hoàng Mai', authorUnit: 'Hoàng Mai' });
    const saved = articles.toFile({ ...data, author: 'Nguyễn Lan', [ORIGINAL_KEY]: file });
    expect(saved).not.toMatch(/[&*]tg/);
    expect(articles.fromFile(saved)).toMatchObject({ author: 'Nguyễn Lan', authorUnit: 'Hoàng Mai' });
  });

  test('a file with a byte order mark opens with its fields, not its old front matter in the body', () => {
    const file = '\uFEFF---\ntitle: "Tin"\ndraft: true\n---\n\nNội dung.\n';
    const data = articles.fromFile(file);
    expect(data).toEqual({ title: 'Tin', draft: true, body: 'Nội dung.' });
    expect(articles.toFile({ ...data, [ORIGINAL_KEY]: file })).toBe(file.slice(1));
  });

  test('a file with Windows line endings is saved back unchanged, and an edit keeps its line endings', () => {
    const file = '---\ntitle: "Tin"\npublishDate: "2024"\ndraft: true\n---\n\nNội dung.\n\nĐoạn hai.\n'.replace(/\n/g, '\r\n');
    const data = articles.fromFile(file);
    expect(data).toMatchObject({ title: 'Tin', draft: true });
    expect(articles.toFile({ ...data, [ORIGINAL_KEY]: file })).toBe(file);
    const edited = articles.toFile({ ...data, title: 'Tin mới', [ORIGINAL_KEY]: file });
    expect(edited).toBe(file.replace('"Tin"', '"Tin mới"'));
  });

  test('a file whose front matter never closes opens whole in the body and is marked unsafe to save', () => {
    const file = '---\ntitle: "Tin"\ndraft: true\n\nNội dung.\n';
    const data = articles.fromFile(file);
    expect(data.body).toBe(file);
    expect(data[BROKEN_KEY]).toContain('không có dòng --- đóng lại');
  });
});
