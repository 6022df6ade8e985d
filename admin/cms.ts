/**
 * Browser entry of /admin: registers this project's formats, widgets, previews and save
 * hook with Decap CMS, then starts it with the generated configuration. Bundled by
 * Astro/Vite from src/pages/admin/index.astro; nothing is loaded from another host.
 */
import CMS from 'decap-cms-app';
import type { ComponentType } from 'react';
import { en, vi } from 'decap-cms-locales';
import { describeProblems, entryProblems } from '../src/lib/entryProblems';
import type { CmsSettings } from '../src/lib/cms/cmsSettings';
import { REFUSED_MEDIA_FOLDER, uploadProblem } from '../src/lib/cms/media';
import { savedBodyProblems } from '../src/lib/cms/savedBodyProblems';
import { collectionNamed, COLLECTIONS } from '../src/schema/collections';
import type { CollectionDef } from '../src/schema/collectionTypes';
import type { FieldDef } from '../src/schema/fieldTypes';
import { toIsoDate, vietnamDay } from '../src/schema/partialDate';
import { buildStatusUrl, showBuildStatusLink } from './buildStatus';
import { bundleRelationControl } from './bundleRelation';
import { BUNDLE_RELATION_WIDGET, buildDecapConfig, formatName, imageProblem, SLUG_KEY, TAGS_WIDGET } from './decapConfig';
import { keepAdminOpenOnDevReloads } from './devReloadGuard';
import { translateEnglishNotices } from './englishToasts';
import { translateEditorComponents } from './editorComponents';
import { newEntrySlug } from './entrySlug';
import { BROKEN_KEY, entryFormat, ORIGINAL_KEY } from './frontMatter';
import { holdsSameEntry, sameEntryMessage } from './sameEntry';
import { withSearchKey } from './searchKey';
import { TagsControl, TagsPreview } from './tagsWidget';
import { guardUploads } from './uploadGuard';
import { ArticlePreview } from './previews/ArticlePreview';
import { ModelPreview } from './previews/ModelPreview';
import { SectionPreview } from './previews/SectionPreview';
import { settingsPreview, type SitePreviewNames } from './previews/SettingsPreview';
import { VI_OVERRIDES } from './locale';

/** What the /admin page passes in (read from the environment at build time). */
export interface CmsBoot {
  settings: CmsSettings;
  siteCssUrl: string;
  previewCssUrl: string;
  logoUrl: string;
  /** The site's name and default publisher (src/config.ts, which reads the environment and so stays out of the browser). */
  site: SitePreviewNames;
}

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

/** An uploaded file as Decap hands it to the backend. */
interface AssetProxy {
  path: string;
  url: string;
  fileObj?: File;
}

/** The backend Decap is using, kept so the save hook can read what the repository holds. */
interface BackendImplementation {
  getEntry(path: string): Promise<{ data?: string | null }>;
  unpublishedEntry?(args: { collection: string; slug: string }): Promise<unknown>;
  unpublishedEntryDataFile?(collection: string, slug: string, path: string, id: string): Promise<string>;
  persistMedia(asset: AssetProxy, options: unknown): Promise<unknown>;
  persistEntry(entry: { assets: AssetProxy[] }, options: unknown): Promise<unknown>;
}
let backend: BackendImplementation | undefined;

/** Why this upload may not be committed, in Vietnamese, or undefined: a real photo, beside an entry. */
async function assetProblem(asset: AssetProxy): Promise<string | undefined> {
  const name = asset.path.split('/').pop() ?? asset.path;
  if (asset.path.startsWith(`${REFUSED_MEDIA_FOLDER}/`)) {
    return `Thư viện "Tập tin" chung không nhận tệp "${name}": tệp ở đây sẽ được đăng ngay, không qua duyệt. Hãy tải ảnh lên trong ô ảnh của bài viết hoặc mô hình.`;
  }
  const file: Blob = asset.fileObj ?? (await fetch(asset.url).then((r) => r.blob()));
  return uploadProblem(name, new Uint8Array(await file.slice(0, 64).arrayBuffer()));
}

/**
 * Every upload goes through the backend's persistMedia (global library, or any upload
 * without the editorial workflow) or persistEntry (photos saved with an entry): both
 * refuse anything but a real raster photo, so nothing active is ever committed.
 */
function guardBackendUploads(implementation: BackendImplementation): BackendImplementation {
  const { persistMedia, persistEntry } = implementation;
  implementation.persistMedia = async (asset, options) => {
    const problem = await assetProblem(asset);
    if (problem) throw new Error(problem);
    return persistMedia.call(implementation, asset, options);
  };
  implementation.persistEntry = async (entry, options) => {
    for (const asset of entry.assets ?? []) {
      const problem = await assetProblem(asset);
      if (problem) throw new Error(problem);
    }
    return persistEntry.call(implementation, entry, options);
  };
  return implementation;
}

/** The registry calls used here, typed loosely (decap-cms-core's typings omit some). */
interface Registry {
  getBackend(name: string): { init: (...args: unknown[]) => unknown } | undefined;
  getWidget(name: string): { control: ComponentType<never>; preview: unknown; schema?: object } | undefined;
  registerWidget(name: string, control: ComponentType<never>, preview?: unknown, schema?: object): void;
  registerCustomFormat(name: string, extension: string, format: ReturnType<typeof entryFormat>): void;
  registerLocale(locale: string, phrases: object): void;
  getEditorComponents(): { get(id: string): { id: string; label: string; [key: string]: unknown } | undefined };
  registerEditorComponent(component: object): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableMap }) => unknown }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: ComponentType<never>): void;
  init(options: { config: object }): void;
}
const cms = CMS as unknown as Registry;

function captureBackends() {
  for (const name of ['proxy', 'github', 'gitlab', 'gitea', 'forgejo']) {
    const registered = cms.getBackend(name);
    if (!registered) continue;
    const init = registered.init;
    registered.init = (...args: unknown[]) => (backend = guardBackendUploads(init(...(args as [])) as BackendImplementation));
  }
}

/** The text of the file at `path`, published or in a draft (editorial workflow), or undefined when there is none. */
async function existingFile(collection: CollectionDef, path: string, slug: string): Promise<string | undefined> {
  if (!backend) return undefined;
  const published = await backend.getEntry(path).then(
    (file) => file?.data ?? undefined,
    () => undefined,
  );
  if (published !== undefined || !backend.unpublishedEntry) return published;
  const draftSlug = collection.shape === 'folder' ? `${slug}/index` : slug;
  const draft = await backend.unpublishedEntry({ collection: collection.name, slug: draftSlug }).then(Boolean, () => false);
  if (!draft) return undefined;
  // A draft exists; an unreadable one still counts as taken (empty text never equals an entry).
  return (await backend.unpublishedEntryDataFile?.(collection.name, draftSlug, path, path).catch(() => '')) ?? '';
}

/** Decap keeps an optional photo left empty as `{ src: "", alt: "" }`; the file format drops it, so the check does too. */
function withoutEmptyImages(fields: readonly FieldDef[], data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  for (const field of fields) {
    const value = out[field.name];
    if (field.kind === 'image' && value && typeof value === 'object' && Object.values(value).every((v) => v === '' || v == null)) delete out[field.name];
  }
  return out;
}

/** Names of the files the entry holds: loaded from its folder, or uploaded in this session (Decap's entry mediaFiles). */
function entryPhotos(entry: ImmutableMap): string[] {
  const files = (entry.get('mediaFiles') as { toJS(): { name?: string; path?: string }[] } | undefined)?.toJS() ?? [];
  return files.map((file) => file.name ?? file.path?.split('/').pop() ?? '').filter(Boolean);
}

/**
 * Before Decap writes a file: new entries get their slug from the site's slugify(),
 * made unique; edited entries carry their original text so the format changes only
 * the edited lines.
 */
async function preSave({ entry }: { entry: ImmutableMap }) {
  let data = entry.get('data') as ImmutableMap;
  const spec = COLLECTIONS.find((c) => c.name === entry.get('collection'));
  if (!spec) return data;
  const plain = (data as unknown as { toJS(): Record<string, unknown> }).toJS();
  if (typeof plain[BROKEN_KEY] === 'string') {
    // The file could not be split into fields and body: saving the form would overwrite it.
    throw new Error(`Tệp này bị hỏng phần thông tin (${plain[BROKEN_KEY]}), nên chưa được lưu để không mất nội dung. Hãy nhờ người quản trị kỹ thuật sửa tệp.`);
  }
  const problem = spec.fields.map((f) => imageProblem(f, plain[f.name])).find(Boolean);
  if (problem) throw new Error(problem); // Decap shows it in its "could not save" notice
  // Every rule the build checks, with its message: what the CMS accepts, the build accepts.
  const broken = entryProblems(spec.fields, withoutEmptyImages(spec.fields, plain));
  if (spec.body) {
    // The body as the format writes it (NFC), through the build's body rules.
    const body = typeof plain.body === 'string' ? plain.body.normalize('NFC') : '';
    for (const message of await savedBodyProblems(body, spec, entryPhotos(entry))) broken.push({ field: 'body', label: spec.body.label, message });
  }
  if (broken.length > 0) throw new Error(describeProblems(broken));
  if (entry.get('newRecord')) {
    const format = entryFormat(spec.fields, spec.shape === 'folder');
    const slug = await newEntrySlug(spec, plain, async (path, candidate) => {
      const file = await existingFile(spec, path, candidate);
      if (file !== undefined && holdsSameEntry(format, file, plain)) throw new Error(sameEntryMessage(candidate));
      return file !== undefined;
    });
    data = data.set(SLUG_KEY, slug);
  } else if (typeof entry.get('raw') === 'string') {
    data = data.set(ORIGINAL_KEY, entry.get('raw'));
  }
  return data;
}

function deepMerge<T extends Record<string, unknown>>(base: T, extra: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out as T;
}

export function startCms(boot: CmsBoot) {
  keepAdminOpenOnDevReloads();
  guardUploads();
  showBuildStatusLink(buildStatusUrl(boot.settings));
  // English fills any phrase the Vietnamese translation lacks; ours fix a few.
  cms.registerLocale('vi', deepMerge(deepMerge(en, vi), VI_OVERRIDES));
  captureBackends();
  for (const spec of COLLECTIONS) {
    const bundle = spec.shape === 'folder';
    cms.registerCustomFormat(formatName(spec.name), bundle ? 'md' : 'yml', withSearchKey(entryFormat(spec.fields, bundle), spec.fields));
  }
  const relation = cms.getWidget('relation');
  if (relation) {
    const control = bundleRelationControl(relation.control as unknown as Parameters<typeof bundleRelationControl>[0]);
    cms.registerWidget(BUNDLE_RELATION_WIDGET, control as ComponentType<never>, relation.preview, relation.schema);
  }
  cms.registerWidget(TAGS_WIDGET, TagsControl as ComponentType<never>, TagsPreview);
  translateEditorComponents(cms);
  cms.registerEventListener({ name: 'preSave', handler: preSave });
  cms.registerPreviewStyle(boot.siteCssUrl);
  cms.registerPreviewStyle(boot.previewCssUrl);
  cms.registerPreviewTemplate('articles', ArticlePreview as ComponentType<never>);
  cms.registerPreviewTemplate('models', ModelPreview as ComponentType<never>);
  cms.registerPreviewTemplate('sections', SectionPreview as ComponentType<never>);
  // A file collection's preview is registered under its file's name.
  cms.registerPreviewTemplate(collectionNamed('settings').file, settingsPreview(boot.site) as ComponentType<never>);
  const today = toIsoDate(vietnamDay(new Date()));
  const config = buildDecapConfig(boot.settings, { today, logoUrl: boot.logoUrl });
  // Editing on one's own machine (npm run cms): "view live" opens this local site, not the public domain.
  if (boot.settings.backend === 'local' && ['localhost', '127.0.0.1'].includes(location.hostname)) {
    config.site_url = config.display_url = location.origin;
  }
  translateEnglishNotices(document.body);
  cms.init({ config });
}
