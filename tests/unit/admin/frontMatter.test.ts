import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFields } from '../../../src/schema/articleFields';
import { localityFields } from '../../../src/schema/localityFields';
import { modelFields } from '../../../src/schema/modelFields';
import { entryFormat, ORIGINAL_KEY, relativeImagePath } from '../../../admin/frontMatter';
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
      name: 'Đội bảo vệ', type: 'tu-quan', partners: ['UBND xã A', 'Công an xã A'], locality: 'xa-a', placeAsWritten: '',
      cover: { src: 'anh.jpg', alt: 'Ảnh', caption: '' }, sources: ['bai-1', 'bai-2'], draft: false, body: 'Nội dung.', __slug: 'doi-bao-ve',
    });
    expect(out).toBe(
      '---\nname: "Đội bảo vệ"\ntype: tu-quan\npartners: ["UBND xã A", "Công an xã A"]\nlocality: xa-a\ncover:\n  src: "./anh.jpg"\n  alt: "Ảnh"\nsources:\n  - bai-1\n  - bai-2\ndraft: false\n---\n\nNội dung.\n',
    );
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
