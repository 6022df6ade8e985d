/**
 * Pages get their entry types from the field definitions (DataOf): these type tests fail
 * `astro check` (part of `npm test`) when a field's kind, requirement or default stops
 * producing the type pages rely on.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { CoverImage, DataOf, EntryReference } from '~/schema/fieldOutput';
import { defineFields } from '~/schema/fieldTypes';
import type { PartialDate } from '~/schema/partialDate';

// Only its type is used: the entry type derived from these definitions.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const fields = defineFields([
  { kind: 'string', name: 'title', label: 'Tiêu đề', hint: '' },
  { kind: 'string', name: 'note', label: 'Ghi chú', hint: '', required: false },
  { kind: 'strings', name: 'tags', label: 'Chủ đề', hint: '', required: false },
  { kind: 'date', name: 'publishDate', label: 'Ngày đăng', hint: '' },
  {
    kind: 'select',
    name: 'status',
    label: 'Tình trạng',
    hint: '',
    choices: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    default: 'a',
  },
  { kind: 'boolean', name: 'draft', label: 'Bản nháp', hint: '', default: false },
  { kind: 'boolean', name: 'current', label: 'Còn tồn tại', hint: '', required: false },
  { kind: 'reference', name: 'models', label: 'Mô hình', hint: '', collection: 'models', multiple: true, displayField: 'name', required: false },
  { kind: 'reference', name: 'locality', label: 'Địa bàn', hint: '', collection: 'localities', multiple: false, displayField: 'name' },
  { kind: 'image', name: 'cover', label: 'Ảnh', hint: '', required: false },
  { kind: 'year', name: 'established', label: 'Năm', hint: '', required: false },
]);
type Data = DataOf<typeof fields>;

describe('entry types derived from the field definitions', () => {
  it('make required fields, defaults and lists always present, with their kinds', () => {
    expectTypeOf<Data['title']>().toEqualTypeOf<string>();
    expectTypeOf<Data['publishDate']>().toEqualTypeOf<PartialDate>();
    expectTypeOf<Data['status']>().toEqualTypeOf<'a' | 'b'>();
    expectTypeOf<Data['draft']>().toEqualTypeOf<boolean>();
    expectTypeOf<Data['tags']>().toEqualTypeOf<string[]>();
    expectTypeOf<Data['models']>().toEqualTypeOf<EntryReference<'models'>[]>();
    expectTypeOf<Data['locality']>().toEqualTypeOf<EntryReference<'localities'>>();
  });

  it('make optional fields without a default possibly absent', () => {
    expectTypeOf<Data['note']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Data['current']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Data['cover']>().toEqualTypeOf<CoverImage | undefined>();
    expectTypeOf<Data['established']>().toEqualTypeOf<number | undefined>();
  });

  it('know no field the definitions do not have', () => {
    // @ts-expect-error: "darft" is not a field.
    expectTypeOf<Data['darft']>().toBeNever();
  });
});
