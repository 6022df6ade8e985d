/**
 * Browser entry of /admin: registers this project's formats, widgets, previews and save
 * hook with Decap CMS, then starts it with the generated configuration. Bundled by
 * Astro/Vite from src/pages/admin/index.astro; nothing is loaded from another host.
 */
import CMS from 'decap-cms-app';
import type { ComponentType } from 'react';
import { en, vi } from 'decap-cms-locales';
import { describeProblems, entryProblems } from '../src/lib/entryProblems';
import { toIsoDate, vietnamDay } from '../src/lib/partialDate';
import type { CollectionName, FieldDef } from '../src/schema/fieldTypes';
import { buildStatusUrl, showBuildStatusLink } from './buildStatus';
import { bundleRelationControl } from './bundleRelation';
import { keepAdminOpenOnDevReloads } from './devReloadGuard';
import { translateEditorComponents } from './editorComponents';
import { guardUploads } from './uploadGuard';
import type { CmsSettings } from './cmsSettings';
import { BUNDLE_RELATION_WIDGET, buildDecapConfig, COLLECTIONS, formatName, imageProblem, SLUG_KEY } from './decapConfig';
import { newEntrySlug } from './entrySlug';
import { entryFormat, ORIGINAL_KEY } from './frontMatter';
import { holdsSameEntry, sameEntryMessage } from './sameEntry';
import { withSearchKey } from './searchKey';
import { ArticlePreview } from './previews/ArticlePreview';
import { ModelPreview } from './previews/ModelPreview';
import { VI_OVERRIDES } from './locale';

/** What the /admin page passes in (read from the environment at build time). */
export interface CmsBoot {
  settings: CmsSettings;
  siteCssUrl: string;
  previewCssUrl: string;
  logoUrl: string;
}

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

/** The backend Decap is using, kept so the save hook can read what the repository holds. */
interface BackendImplementation {
  getEntry(path: string): Promise<{ data?: string | null }>;
  unpublishedEntry?(args: { collection: string; slug: string }): Promise<unknown>;
  unpublishedEntryDataFile?(collection: string, slug: string, path: string, id: string): Promise<string>;
}
let backend: BackendImplementation | undefined;

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
    registered.init = (...args: unknown[]) => (backend = init(...(args as [])) as BackendImplementation);
  }
}

/** The text of the file at `path`, published or in a draft (editorial workflow), or undefined when there is none. */
async function existingFile(collection: CollectionName, path: string, slug: string): Promise<string | undefined> {
  if (!backend) return undefined;
  const published = await backend.getEntry(path).then(
    (file) => file?.data ?? undefined,
    () => undefined,
  );
  if (published !== undefined || !backend.unpublishedEntry) return published;
  const bundle = COLLECTIONS.find((c) => c.name === collection)?.layout === 'bundle';
  const draftSlug = bundle ? `${slug}/index` : slug;
  const draft = await backend.unpublishedEntry({ collection, slug: draftSlug }).then(Boolean, () => false);
  if (!draft) return undefined;
  // A draft exists; an unreadable one still counts as taken (empty text never equals an entry).
  return (await backend.unpublishedEntryDataFile?.(collection, draftSlug, path, path).catch(() => '')) ?? '';
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

/**
 * Before Decap writes a file: new entries get their slug from the site's slugify(),
 * made unique; edited entries carry their original text so the format changes only
 * the edited lines.
 */
async function preSave({ entry }: { entry: ImmutableMap }) {
  let data = entry.get('data') as ImmutableMap;
  const collection = entry.get('collection') as CollectionName;
  const plain = (data as unknown as { toJS(): Record<string, unknown> }).toJS();
  const spec = COLLECTIONS.find((c) => c.name === collection);
  const problem = spec?.fields.map((f) => imageProblem(f, plain[f.name])).find(Boolean);
  if (problem) throw new Error(problem); // Decap shows it in its "could not save" notice
  // Every rule the build checks, with its message: what the CMS accepts, the build accepts.
  const broken = spec ? entryProblems(spec.fields, withoutEmptyImages(spec.fields, plain)) : [];
  if (broken.length > 0) throw new Error(describeProblems(broken));
  if (entry.get('newRecord')) {
    const format = entryFormat(spec?.fields ?? [], spec?.layout === 'bundle');
    const slug = await newEntrySlug(collection, plain, async (path, candidate) => {
      const file = await existingFile(collection, path, candidate);
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
    const format = withSearchKey(entryFormat(spec.fields, spec.layout === 'bundle'), spec.fields);
    cms.registerCustomFormat(formatName(spec.name), spec.layout === 'bundle' ? 'md' : 'yml', format);
  }
  const relation = cms.getWidget('relation');
  if (relation) {
    const control = bundleRelationControl(relation.control as unknown as Parameters<typeof bundleRelationControl>[0]);
    cms.registerWidget(BUNDLE_RELATION_WIDGET, control as ComponentType<never>, relation.preview, relation.schema);
  }
  translateEditorComponents(cms);
  cms.registerEventListener({ name: 'preSave', handler: preSave });
  cms.registerPreviewStyle(boot.siteCssUrl);
  cms.registerPreviewStyle(boot.previewCssUrl);
  cms.registerPreviewTemplate('articles', ArticlePreview as ComponentType<never>);
  cms.registerPreviewTemplate('models', ModelPreview as ComponentType<never>);
  const today = toIsoDate(vietnamDay(new Date()));
  const config = buildDecapConfig(boot.settings, { today, logoUrl: boot.logoUrl });
  // Editing on one's own machine (npm run cms): "view live" opens this local site, not the public domain.
  if (boot.settings.backend === 'local' && ['localhost', '127.0.0.1'].includes(location.hostname)) {
    config.site_url = config.display_url = location.origin;
  }
  cms.init({ config });
}
