import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { readCmsSettings } from '~/lib/cms/cmsSettings';
import { buildDecapConfig } from '../../../admin/decapConfig';
import type { DecapCollection } from '../../../admin/decapTypes';
import { entryPath, slugSource } from '../../../admin/entrySlug';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { urls } from '~/lib/urls';
import type { DataOfCollection } from '~/content.config';
import { defineCollection, defineCollections } from '~/schema/collectionTypes';
import { COLLECTIONS, collectionNamed, type CollectionName, type PagedName, type SearchableName } from '~/schema/collections';
import type { EntryReference } from '~/schema/fieldOutput';
import { defineFields } from '~/schema/fieldTypes';
import type { PartialDate } from '~/schema/partialDate';
import { PROJECT_ROOT } from '../../support/buildSite';
import { MODEL_ID, useContentFixture } from '../../support/contentFixture';

/** A collection the site does not have, to show what adding one takes. */
const eventFields = defineFields([
  { kind: 'string', name: 'title', label: 'Tên sự kiện', hint: 'Tên như giấy mời ghi.' },
  { kind: 'date', name: 'startDate', label: 'Ngày diễn ra', hint: 'Dạng NNNN-TT-NN.' },
  {
    kind: 'reference',
    name: 'models',
    label: 'Mô hình tham gia',
    hint: 'Các mô hình dự sự kiện.',
    collection: 'models',
    multiple: true,
    displayField: 'name',
    required: false,
  },
]);
const events = defineCollection({
  name: 'events',
  dir: 'content/events',
  shape: 'folder',
  fields: eventFields,
  noun: 'sự kiện',
  urlBase: 'su-kien',
  searchKind: 'Sự kiện',
  slugFrom: ['title'],
  cms: { label: 'Sự kiện', description: 'Hội nghị, ra quân, tổng kết.', identifier: 'title', sortable: ['startDate', 'title'] },
  body: { label: 'Nội dung', hint: 'Diễn biến sự kiện.', required: false },
});
const withEvents = defineCollections([...COLLECTIONS, events]);

describe('the collection registry', () => {
  test('names each collection, folder, URL and search kind once', () => {
    for (const key of ['name', 'dir', 'urlBase'] as const) {
      const values = COLLECTIONS.map((c) => c[key]).filter((v) => v !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
    expect(COLLECTIONS.map((c) => c.searchKind)).toEqual(['Bài viết', 'Mô hình', null, null, null]);
  });

  test('has an entry page route for every collection, at the URL the links use', () => {
    for (const c of COLLECTIONS) if (c.urlBase) expect(existsSync(join(PROJECT_ROOT, 'src/pages', c.urlBase, '[id].astro')), c.name).toBe(true);
    expect(COLLECTIONS.filter((c) => !c.urlBase).map((c) => c.shape)).toEqual(['file']);
    expect(urls.article('x')).toBe('/bai-viet/x/');
    expect(urls.model('x')).toBe('/mo-hinh/x/');
    expect(urls.locality('x')).toBe('/dia-ban/x/');
  });

  test('derives the names, searchable collections and entry data types', () => {
    expectTypeOf<CollectionName>().toEqualTypeOf<'articles' | 'models' | 'localities' | 'sections' | 'settings'>();
    expectTypeOf<PagedName>().toEqualTypeOf<'articles' | 'models' | 'localities' | 'sections'>();
    expectTypeOf<SearchableName>().toEqualTypeOf<'articles' | 'models'>();
    expectTypeOf<DataOfCollection<'articles'>['publishDate']>().toEqualTypeOf<PartialDate>();
    expectTypeOf<DataOfCollection<'articles'>['models']>().toEqualTypeOf<EntryReference<'models'>[]>();
    expectTypeOf<DataOfCollection<'models'>['locality']>().toEqualTypeOf<EntryReference<'localities'>>();
    expectTypeOf<DataOfCollection<'localities'>['successor']>().toEqualTypeOf<EntryReference<'localities'> | undefined>();
    expectTypeOf(collectionNamed('localities').shape).toEqualTypeOf<'data'>();
  });

  test('makes a missing or wrong piece a type error, not a CMS that fails at start', () => {
    const fields = defineFields([{ kind: 'string', name: 'title', label: 'T', hint: 'h' }]);
    const cms = { label: 'L', description: 'd', identifier: 'title', sortable: [] } as const;
    const body = { label: 'B', hint: 'h', required: true };
    const base = { name: 'x', dir: 'content/x', fields, noun: 'x', urlBase: 'x', searchKind: null, slugFrom: ['title'] } as const;
    // @ts-expect-error a collection that does not say whether its pages are searched
    defineCollection({ ...base, searchKind: undefined, shape: 'data', cms });
    // @ts-expect-error a folder collection without the CMS settings
    defineCollection({ ...base, shape: 'folder', body });
    // @ts-expect-error a folder collection without its Markdown body
    defineCollection({ ...base, shape: 'folder', cms });
    // @ts-expect-error a data collection has no Markdown body
    defineCollection({ ...base, shape: 'data', cms, body });
    // @ts-expect-error the CMS lists entries by a field the collection does not have
    defineCollection({ ...base, shape: 'data', cms: { ...cms, identifier: 'name' } });
    // @ts-expect-error the slug is made from a field the collection does not have
    defineCollection({ ...base, shape: 'data', cms, slugFrom: ['name'] });
    // @ts-expect-error events reference models, which this registry lacks
    defineCollections([events, collectionNamed('localities')]);
    expect(defineCollections([collectionNamed('localities')])).toHaveLength(1);
  });
});

describe('adding a collection is one registry entry', () => {
  const fixture = useContentFixture();
  const config = buildDecapConfig(readCmsSettings({}), { today: '2026-11-25', collections: withEvents });

  test('the CMS gets its folder, labels, fields and a picker for the models it references', () => {
    const cms = config.collections.find((c) => c.name === 'events') as DecapCollection | undefined;
    expect(cms).toMatchObject({
      folder: 'content/events',
      label: 'Sự kiện',
      label_singular: 'sự kiện',
      path: '{{slug}}/index',
      identifier_field: 'title',
      sortable_fields: ['startDate', 'title'],
    });
    expect(cms?.fields.map((f) => f.name)).toEqual(['title', 'startDate', 'models', 'body']);
    expect(cms?.fields.find((f) => f.name === 'models')).toMatchObject({ widget: 'relation-bundle', collection: 'models', multiple: true });
    expect(config.collections.map((c) => c.name)).toEqual(['articles', 'models', 'localities', 'sections', 'settings', 'events']);
  });

  test('new entries get their slug and file from it', () => {
    expect(slugSource(events, { title: 'Ra quân tháng 5' })).toBe('Ra quân tháng 5');
    expect(entryPath(events, 'ra-quan')).toBe('content/events/ra-quan/index.md');
  });

  test('the content check reads its folder and checks its fields and references', async () => {
    const file = 'content/events/ra-quan/index.md';
    await fixture.write(file, `---\ntitle: "Ra quân"\nstartDate: "2026-05-10"\nmodels: [${MODEL_ID}]\n---\n\nNội dung.\n`);
    expect(await checkContent(fixture.root, withEvents)).toEqual([]);
    await fixture.write(file, '---\ntitle: "Ra quân"\nmodels: [khong-co]\n---\n');
    const problems = await checkContent(fixture.root, withEvents);
    expect(problems.map((p) => [p.file, p.field]).sort()).toEqual([
      [file, 'models'],
      [file, 'startDate'],
    ]);
    await fixture.write('content/events/ghi-chu.md', 'lạc chỗ');
    expect((await checkContent(fixture.root, withEvents)).find((p) => p.file === 'content/events/ghi-chu.md')?.message).toContain(
      'mỗi sự kiện phải là content/events/',
    );
  });
});
