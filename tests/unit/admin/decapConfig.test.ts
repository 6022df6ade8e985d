import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { articleFields } from '~/schema/articleFields';
import { collectionNamed } from '~/schema/collections';
import { defineFields, type FieldDef, isRequired } from '~/schema/fieldTypes';
import { localityFields } from '~/schema/localityFields';
import { modelFields } from '~/schema/modelFields';
import { schemaFromFields, type SchemaContext } from '~/schema/toZod';
import { readCmsSettings } from '~/lib/cms/cmsSettings';
import { buildDecapConfig, imageProblem, PARTIAL_DATE_PATTERN, toDecapCollection } from '../../../admin/decapConfig';
import type { DecapCollection, DecapField } from '../../../admin/decapTypes';

const ctx = { today: '2026-11-25' };
const zodCtx: SchemaContext = { image: () => z.string(), reference: () => z.string() };
const config = buildDecapConfig(readCmsSettings({}), ctx);
const collection = (name: string) => config.collections.find((c) => c.name === name) as DecapCollection;

/** The options a select offers, or the enum values zod accepts. */
const decapChoices = (field: DecapField) => (field.options as { value: string }[] | undefined)?.map((o) => o.value);
const zodChoices = (fields: readonly FieldDef[], name: string) => {
  const shape = schemaFromFields(fields, zodCtx).shape as Record<string, z.ZodType>;
  const field = fields.find((f) => f.name === name);
  if (field?.kind !== 'select') return undefined;
  return field.choices.map((c) => c.value).filter((v) => shape[name]!.safeParse(v).success);
};

/** Checks one field list against its Decap collection: same names, required flags, choices. */
function expectAgreement(fields: readonly FieldDef[], decap: DecapCollection) {
  const schemaKeys = Object.keys(schemaFromFields(fields, zodCtx).shape);
  const decapFields = decap.fields.filter((f) => f.name !== 'body');
  expect(decapFields.map((f) => f.name)).toEqual(schemaKeys);
  for (const field of fields) {
    const widget = decapFields.find((f) => f.name === field.name)!;
    expect(widget.required, field.name).toBe(isRequired(field));
    expect(widget.label).toBe(field.label);
    expect(widget.hint).toContain(field.hint);
    if (field.kind === 'select') {
      expect(decapChoices(widget)).toEqual(zodChoices(fields, field.name));
      expect((widget.options as { label: string }[]).map((o) => o.label)).toEqual(field.choices.map((c) => c.label));
    }
  }
}

describe('the generated Decap config', () => {
  test.each([
    ['articles', articleFields],
    ['models', modelFields],
    ['localities', localityFields],
  ] as const)('%s has every schema field with the same name, required flag, label and choices', (name, fields) => {
    expectAgreement(fields, collection(name));
  });

  test('a field added to a definition list appears in both the zod schema and the CMS', () => {
    const fields = defineFields([
      ...modelFields,
      {
        kind: 'select',
        name: 'scale',
        label: 'Quy mô',
        hint: 'Cấp tổ chức mô hình.',
        choices: [
          { value: 'xa', label: 'Cấp xã' },
          { value: 'tinh', label: 'Cấp tỉnh' },
        ],
      },
      { kind: 'date', name: 'reviewed', label: 'Ngày rà soát', hint: 'Lần rà soát gần nhất.', required: false },
    ]);
    const decap = toDecapCollection({ ...collectionNamed('models'), fields }, ctx);
    expectAgreement(fields, decap);
    expect(Object.keys(schemaFromFields(fields, zodCtx).shape)).toContain('scale');
    expect(decap.fields.find((f) => f.name === 'scale')?.options).toEqual([
      { label: 'Cấp xã', value: 'xa' },
      { label: 'Cấp tỉnh', value: 'tinh' },
    ]);
    expect(decap.fields.find((f) => f.name === 'reviewed')).toMatchObject({ widget: 'string', required: false });
  });

  test('dates are text boxes that accept a year, a month or a day, and default to today only when required', () => {
    const date = new RegExp(PARTIAL_DATE_PATTERN);
    for (const ok of ['2021', '2021-10', '2021-10-05']) expect(date.test(ok), ok).toBe(true);
    for (const bad of ['21', '2021-13', '2021-10-32', '05/10/2021']) expect(date.test(bad), bad).toBe(false);
    const articles = collection('articles').fields;
    expect(articles.find((f) => f.name === 'publishDate')).toMatchObject({ widget: 'string', default: '2026-11-25' });
    expect(articles.find((f) => f.name === 'updatedDate')).not.toHaveProperty('default');
  });

  test('long text gets a length rule with a Vietnamese message', () => {
    const summary = collection('models').fields.find((f) => f.name === 'summary')!;
    expect(summary.widget).toBe('text');
    expect(summary.pattern).toEqual(['^[\\s\\S]{0,300}$', 'Tối đa 300 ký tự.']);
  });

  test('bundle collections keep photos beside the entry and Markdown previews sanitised', () => {
    for (const name of ['articles', 'models']) {
      expect(collection(name)).toMatchObject({ path: '{{slug}}/index', media_folder: '', public_folder: '', extension: 'md' });
      expect(collection(name).fields.find((f) => f.widget === 'markdown')).toMatchObject({ sanitize_preview: true });
    }
    expect(collection('localities')).toMatchObject({ extension: 'yml' });
    expect(collection('localities')).not.toHaveProperty('path');
  });

  test('references to folder collections use the widget that stores the folder name', () => {
    expect(collection('articles').fields.find((f) => f.name === 'models')).toMatchObject({ widget: 'relation-bundle', collection: 'models', multiple: true });
    expect(collection('models').fields.find((f) => f.name === 'locality')).toMatchObject({ widget: 'relation', collection: 'localities', multiple: false });
    expect(collection('localities').fields.find((f) => f.name === 'successor')).toMatchObject({ widget: 'relation', search_fields: ['name', '__search'] });
  });

  test('lists and pickers tell apart entries of the same name: a model by its host unit, a place by its id, never "/index"', () => {
    expect(collection('models').summary).toMatch(/^\{\{name\}\} · \{\{host\}\}/);
    expect(collection('articles').fields.find((f) => f.name === 'models')).toMatchObject({ display_fields: ['name', '({{host}})'] });
    expect(collection('models').fields.find((f) => f.name === 'locality')).toMatchObject({ display_fields: ['name', '({{slug}})'] });
  });

  test('"view live" opens the entry at its own address on the site', () => {
    expect(collection('articles').preview_path).toBe('bai-viet/{{dirname}}/');
    expect(collection('models').preview_path).toBe('mo-hinh/{{dirname}}/');
    expect(collection('localities').preview_path).toBe('dia-ban/{{slug}}/');
  });

  test('partners show their values when collapsed; tags get the box that suggests known tags', () => {
    expect(collection('models').fields.find((f) => f.name === 'partners')).toMatchObject({ widget: 'list', summary: '{{fields.item}}' });
    const tags = collection('articles').fields.find((f) => f.name === 'tags');
    expect(tags).toMatchObject({ widget: 'tags-suggest', label: 'Chủ đề' });
    expect(tags?.hint).toContain('"to quoc"');
  });

  test('the backend follows CMS_BACKEND; the local backend is always offered on localhost', () => {
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
    expect(config).toMatchObject({ locale: 'vi', publish_mode: 'editorial_workflow', load_config_file: false });
    const github = buildDecapConfig(readCmsSettings({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://oauth.example.vn' }), ctx);
    expect(github.backend).toEqual({ name: 'github', repo: 'a/b', branch: 'main', base_url: 'https://oauth.example.vn' });
    const gitea = buildDecapConfig(
      readCmsSettings({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: 'https://git.example.vn/api/v1', CMS_APP_ID: 'x' }),
      ctx,
    );
    expect(gitea.publish_mode).toBe('simple');
    expect(() => readCmsSettings({ CMS_BACKEND: 'githb' })).toThrow('CMS_BACKEND="githb" không hợp lệ');
    expect(() => readCmsSettings({ CMS_BACKEND: 'github' })).toThrow('cần CMS_REPO');
  });

  test('an article gallery is a list of photos, each with a required file and description, an optional caption, and at most the schema’s count', () => {
    const gallery = collection('articles').fields.find((f) => f.name === 'gallery')!;
    const definition = articleFields.find((f) => f.name === 'gallery');
    expect(definition?.kind).toBe('images');
    expect(gallery).toMatchObject({ widget: 'list', label: 'Bộ ảnh', required: false, label_singular: 'ảnh' });
    expect(gallery.max).toBe(definition?.kind === 'images' ? definition.maxItems : -1);
    const inner = gallery.fields as DecapField[];
    expect(inner.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['caption', 'string', false],
    ]);
    expect(inner.map((f) => f.label)).toEqual(['Tệp ảnh', 'Mô tả ảnh', 'Chú thích']);
  });

  test('a photo needs its file and its description together', () => {
    const cover = modelFields.find((f) => f.name === 'cover')!;
    expect(imageProblem(cover, undefined)).toBeUndefined();
    expect(imageProblem(cover, { src: '', alt: '' })).toBeUndefined();
    expect(imageProblem(cover, { src: 'a.jpg', alt: 'Ảnh' })).toBeUndefined();
    expect(imageProblem(cover, { src: 'a.jpg', alt: '' })).toBe('Ảnh: ảnh cần có mô tả (alt) cho người khiếm thị.');
    expect(imageProblem(cover, { alt: 'Ảnh' })).toMatch(/chưa chọn tệp ảnh/);
  });
});
