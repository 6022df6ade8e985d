/**
 * Generates the Decap CMS configuration from the field definitions in `src/schema/`,
 * the same lists the zod schemas come from, so editors see exactly the fields, hints,
 * choices and required flags the build checks.
 */
import type { CmsSettings } from '../src/lib/cms/cmsSettings';
import { REFUSED_MEDIA_FOLDER } from '../src/lib/cms/media';
import { type CollectionDef, entryFilePath } from '../src/schema/collectionTypes';
import { COLLECTIONS } from '../src/schema/collections';
import { type FieldDef, isRequired } from '../src/schema/fieldTypes';
import type { DecapBackend, DecapCollection, DecapConfig, DecapField, DecapFilesCollection } from './decapTypes';
import { SEARCH_IN_SUMMARY, SEARCH_KEY } from './searchKey';

/** Data key the save hook fills with the entry's URL slug (never written to the file). */
export const SLUG_KEY = '__slug';

/** Relation widget for collections stored as `<slug>/index.md`: stores the folder name, not `<slug>/index`. */
export const BUNDLE_RELATION_WIDGET = 'relation-bundle';

/** Tag box that suggests the tags other entries use (tagsWidget.ts), for list fields with `suggest: true`. */
export const TAGS_WIDGET = 'tags-suggest';

/** Accepts the partial dates the site understands: 2021, 2021-10, 2021-10-05. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/** Today's date as Decap's default for required dates (YYYY-MM-DD). */
export interface ConfigContext {
  today: string;
  /** The registry the configuration is made from (another one only in tests). */
  collections?: readonly CollectionDef[];
  /** Bundled URL of the site logo for the CMS header and login page. */
  logoUrl?: string | undefined;
}

/**
 * What tells apart entries of the same name in lists and relation pickers: the registry's
 * `cms.detail` field (a model's host unit, as "Tự quản …" names repeat), else the id, which
 * differs between the old and the new unit of the same name (An Tường). Never `<slug>/index`.
 */
const detailTemplate = (collection: CollectionDef) => `{{${collection.cms.detail ?? 'slug'}}}`;

/**
 * Where an entry is on the site, for Decap's "view live" link ("Xem bản hoàn chỉnh"):
 * the entry's own route, with `{{dirname}}` the folder of a `<slug>/index.md` entry.
 */
const previewPath = (collection: CollectionDef) => `${collection.urlBase}/${collection.shape === 'folder' ? '{{dirname}}' : '{{slug}}'}/`;

/** The collection list's line for an entry: its name, what tells it apart, and the hidden folded search text. */
function listSummary(collection: CollectionDef): string {
  const { identifier, detail } = collection.cms;
  return `{{${identifier}}}${detail ? ` · {{${detail}}}` : ''}${SEARCH_IN_SUMMARY}`;
}

function referenceField(field: Extract<FieldDef, { kind: 'reference' }>, base: DecapField, ctx: ConfigContext): DecapField {
  // defineCollections() makes a reference to a collection outside the registry a type error.
  const target = (ctx.collections ?? COLLECTIONS).find((c) => c.name === field.collection);
  const pick = field.multiple ? 'Gõ vài chữ để tìm, chọn được nhiều mục.' : 'Gõ vài chữ để tìm rồi chọn.';
  return {
    ...base,
    hint: `${field.hint} ${pick}`,
    widget: target?.shape === 'folder' ? BUNDLE_RELATION_WIDGET : 'relation',
    collection: field.collection,
    value_field: '{{slug}}',
    // SEARCH_KEY: "tu quan" finds "Tự quản" (see searchKey.ts).
    search_fields: [field.displayField, SEARCH_KEY],
    display_fields: [field.displayField, `(${target ? detailTemplate(target) : '{{slug}}'})`],
    multiple: field.multiple,
    options_length: 50,
  };
}

/** One Decap field for one field definition. */
export function toDecapField(field: FieldDef, ctx: ConfigContext): DecapField {
  const required = isRequired(field);
  const base: DecapField = { name: field.name, label: field.label, hint: field.hint, widget: 'string', required };
  switch (field.kind) {
    case 'string':
      return {
        ...base,
        widget: field.multiline ? 'text' : 'string',
        ...(field.maxLength && {
          pattern: [`^[\\s\\S]{0,${field.maxLength}}$`, `Tối đa ${field.maxLength} ký tự.`] as [string, string],
        }),
      };
    case 'strings':
      if (field.suggest) {
        return {
          ...base,
          widget: TAGS_WIDGET,
          hint: `${field.hint} Gõ vài chữ, có dấu hay không đều được ("to quoc"), rồi chọn chủ đề đã có; chủ đề mới: gõ xong nhấn Enter.`,
          ...(required && { min: 1 }),
        };
      }
      return {
        ...base,
        widget: 'list',
        field: { name: 'item', label: field.label, widget: 'string' },
        // A collapsed item shows its value ("an ninh nông thôn"), not the field's label again.
        summary: '{{fields.item}}',
        ...(required && { min: 1 }),
      };
    case 'select':
      return {
        ...base,
        widget: 'select',
        options: field.choices.map((c) => ({ label: c.label, value: c.value })),
        ...(field.default !== undefined && { default: field.default }),
      };
    case 'date':
      return {
        ...base,
        // A text box, not Decap's date picker: "2021" stays "2021" instead of becoming a made-up day.
        widget: 'string',
        pattern: [PARTIAL_DATE_PATTERN, 'Ghi dạng NNNN-TT-NN (ví dụ 2026-11-25), hoặc chỉ năm (2021), năm-tháng (2021-10).'],
        ...(required && { default: ctx.today }),
      };
    case 'year':
      return { ...base, widget: 'number', value_type: 'int', min: 1945, max: 2100, step: 1 };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(field.default !== undefined && { default: field.default }) };
    case 'reference':
      return referenceField(field, base, ctx);
    case 'image':
      // Decap checks an object's inner fields even when the object is optional and empty,
      // so an optional photo's file and description are checked by the save hook instead
      // (imageProblem(), below): both or neither.
      return { ...base, widget: 'object', collapsed: false, summary: '{{fields.alt}}', fields: photoFields(required) };
    case 'images':
      // A list item exists only once the editor adds it, so its file and description are always required.
      return {
        ...base,
        widget: 'list',
        label_singular: 'ảnh',
        collapsed: true,
        summary: '{{fields.alt}}',
        max: field.maxItems,
        fields: photoFields(true),
      };
  }
}

/** The file, description and caption of one photo, as the CMS asks for them. */
function photoFields(required: boolean): DecapField[] {
  return [
    {
      name: 'src',
      label: 'Tệp ảnh',
      widget: 'image',
      required,
      choose_url: false,
      hint: 'Ảnh JPG, PNG hoặc WebP; được lưu cạnh bài, trong cùng thư mục.',
    },
    {
      name: 'alt',
      label: 'Mô tả ảnh',
      widget: 'string',
      required,
      hint: 'Bắt buộc khi có ảnh. Tả ngắn nội dung ảnh cho người khiếm thị, ví dụ "Tổ tự quản tuần tra đường điện".',
    },
    { name: 'caption', label: 'Chú thích', widget: 'string', required: false, hint: 'Chú thích hiện dưới ảnh (không bắt buộc).' },
  ];
}

/**
 * What is wrong with an image field's value, in Vietnamese, or undefined when it is
 * fine: a photo needs its file and its description together (or, if optional, neither).
 */
export function imageProblem(field: FieldDef, value: unknown): string | undefined {
  if (field.kind !== 'image') return undefined;
  const image = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const has = (key: string) => typeof image[key] === 'string' && (image[key] as string).trim() !== '';
  if (!has('src') && !has('alt') && !has('caption')) {
    return isRequired(field) ? `${field.label}: bắt buộc, chưa có ảnh.` : undefined;
  }
  if (!has('src')) return `${field.label}: đã có mô tả nhưng chưa chọn tệp ảnh. Chọn ảnh, hoặc xoá mô tả.`;
  if (!has('alt')) return `${field.label}: ảnh cần có mô tả (alt) cho người khiếm thị.`;
  return undefined;
}

/** Name of the custom file format registered for a collection (see `frontMatter.ts`). */
export const formatName = (collection: string) => `astro-${collection}`;

export function toDecapCollection(spec: CollectionDef, ctx: ConfigContext): DecapCollection {
  const fields = spec.fields.map((f) => toDecapField(f, ctx));
  if (spec.body) {
    fields.push({
      name: 'body',
      label: spec.body.label,
      hint: spec.body.hint,
      widget: 'markdown',
      required: spec.body.required,
      sanitize_preview: true,
    });
  }
  const bundle = spec.shape === 'folder';
  return {
    name: spec.name,
    label: spec.cms.label,
    label_singular: spec.noun,
    description: spec.cms.description,
    folder: spec.dir,
    ...(bundle && { path: '{{slug}}/index', media_folder: '', public_folder: '' }),
    extension: bundle ? 'md' : 'yml',
    format: formatName(spec.name),
    create: true,
    delete: false,
    // Filled by the preSave hook with the site's own slugify() (đ → d), made unique.
    slug: `{{fields.${SLUG_KEY}}}`,
    identifier_field: spec.cms.identifier,
    summary: listSummary(spec),
    sortable_fields: [...spec.cms.sortable],
    preview_path: previewPath(spec),
    fields,
  };
}

/** A single-file collection (site settings) as a Decap file collection of its one file; photos beside it. */
export function toDecapFilesCollection(spec: CollectionDef & { shape: 'file' }, ctx: ConfigContext): DecapFilesCollection {
  return {
    name: spec.name,
    label: spec.cms.label,
    description: spec.cms.description,
    format: formatName(spec.name),
    extension: 'yml',
    create: false,
    delete: false,
    media_folder: '',
    public_folder: '',
    files: [{ name: spec.file, label: spec.cms.label, file: entryFilePath(spec, spec.file), fields: spec.fields.map((f) => toDecapField(f, ctx)) }],
  };
}

function backendOf(settings: CmsSettings): DecapBackend {
  const common = { repo: settings.repo, branch: settings.branch };
  const optional = {
    ...(settings.baseUrl && { base_url: settings.baseUrl }),
    ...(settings.authEndpoint && { auth_endpoint: settings.authEndpoint }),
    ...(settings.apiRoot && { api_root: settings.apiRoot }),
    ...(settings.appId && { app_id: settings.appId }),
  };
  switch (settings.backend) {
    case 'local':
      return { name: 'proxy', proxy_url: settings.localBackendUrl, branch: settings.branch };
    case 'github':
      return { name: 'github', ...common, ...optional };
    case 'gitlab':
      return { name: 'gitlab', ...common, ...optional, ...(settings.appId && { auth_type: 'pkce' as const }) };
    case 'gitea':
    case 'forgejo':
      return { name: settings.backend, ...common, ...optional };
  }
}

/** The whole configuration passed to `CMS.init({ config })`. */
export function buildDecapConfig(settings: CmsSettings, ctx: ConfigContext): DecapConfig {
  return {
    load_config_file: false,
    locale: 'vi',
    backend: backendOf(settings),
    // Honoured by Decap only when /admin is opened on localhost or 127.0.0.1.
    local_backend: { url: settings.localBackendUrl },
    // Gitea's Decap backend has no editorial workflow; Decap falls back to "simple" by itself
    // for decap-server in `fs` mode.
    publish_mode: settings.backend === 'gitea' ? 'simple' : 'editorial_workflow',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    ...(ctx.logoUrl && { logo_url: ctx.logoUrl }),
    // Required by Decap. Every collection stores photos beside its entry; the global media
    // library ("Tập tin") would commit straight to the branch without review, so its folder
    // is never published, the CMS refuses uploads to it (cms.ts) and the build refuses files in it.
    media_folder: REFUSED_MEDIA_FOLDER,
    public_folder: `/${REFUSED_MEDIA_FOLDER}`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: (ctx.collections ?? COLLECTIONS).map((spec) => (spec.shape === 'file' ? toDecapFilesCollection(spec, ctx) : toDecapCollection(spec, ctx))),
  };
}
