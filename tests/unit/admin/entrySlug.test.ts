import { describe, expect, test } from 'vitest';
import { entryPath, newEntrySlug, slugSource, uniqueSlug } from '../../../admin/entrySlug';
import { collectionNamed } from '~/schema/collections';
import { mapRelationValue, toEntryId, toWidgetSlug } from '../../../admin/bundleRelation';

const models = collectionNamed('models');
const localities = collectionNamed('localities');

describe('new entry slugs', () => {
  test('come from the name with đ as d, whatever the Unicode form', async () => {
    const none = async () => false;
    const name = 'Đội tự quản bảo vệ đường điện Hồng Thái';
    for (const form of ['NFC', 'NFD'] as const) {
      expect(await newEntrySlug(models, { name: name.normalize(form) }, none)).toBe('doi-tu-quan-bao-ve-duong-dien-hong-thai');
    }
  });

  test('of a locality start with its kind, like the seed files', () => {
    expect(slugSource(localities, { kind: 'xa', name: 'Tràng Đà' })).toBe('xã Tràng Đà');
    expect(entryPath(localities, 'xa-trang-da')).toBe('content/localities/xa-trang-da.yml');
    expect(entryPath(models, 'doi')).toBe('content/models/doi/index.md');
  });

  test('get -2, -3… instead of overwriting an existing entry', async () => {
    const taken = new Set(['doi', 'doi-2']);
    expect(await uniqueSlug('doi', async (s) => taken.has(s))).toBe('doi-3');
    const paths: string[] = [];
    await newEntrySlug(models, { name: 'Đội' }, async (path) => (paths.push(path), paths.length < 2));
    expect(paths).toEqual(['content/models/doi/index.md', 'content/models/doi-2/index.md']);
    expect(await uniqueSlug('', async () => false)).toBe('muc-moi');
  });
});

describe('references to folder entries', () => {
  test('are stored as the folder name and shown to the widget as <slug>/index', () => {
    expect(toWidgetSlug('abc')).toBe('abc/index');
    expect(toWidgetSlug('abc/index')).toBe('abc/index');
    expect(toEntryId('abc/index')).toBe('abc');
    expect(mapRelationValue(['a', 'b/index'], toEntryId)).toEqual(['a', 'b']);
    expect(mapRelationValue(undefined, toEntryId)).toBeUndefined();
  });
});
