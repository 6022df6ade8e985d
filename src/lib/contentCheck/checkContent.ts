/**
 * Checks all content before a build and returns every problem at once: invalid
 * front matter, bad slugs and duplicates, references to entries that do not
 * exist, missing or fake images, loops between places and text not in NFC.
 */
import { z } from 'astro/zod';
import { slugify } from '../slugify';
import type { CollectionDef } from '../../schema/collectionTypes';
import { COLLECTIONS } from '../../schema/collections';
import type { FieldDef } from '../../schema/fieldTypes';
import { schemaFromFields } from '../../schema/toZod';
import { bodyTemplate, fillBodyTemplate, type BodyTemplate } from './bodyTemplate';
import { checkImage, checkImageFile, imagePath } from './checkImage';
import type { CachedChecks, EntryCheckCache } from './entryCheckCache';
import type { Problem } from './problem';
import { readEntries, type RawEntry } from './readEntries';
import { satteriTree } from './satteriTree';
import { FILES_AT_ONCE, mapConcurrent } from '../mapConcurrent';

/** A required photo or link that is absent reads "missing", like every other field. */
const missingOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'bắt buộc nhưng chưa có' : message);

/** Stand-ins for Astro's image() and reference(): paths and ids are checked separately below. */
const pathsOnly = {
  image: () => z.string({ error: missingOr('phải là đường dẫn tệp ảnh') }).min(1, 'chưa chọn ảnh'),
  reference: () => z.string({ error: missingOr('phải là mã của một mục') }).min(1, 'không được để trống'),
};

const labelOf = (fields: readonly FieldDef[], path: string) => fields.find((f) => f.name === path.split('.')[0])?.label;

/** One schema per collection, built once: building zod schemas costs more than using them. */
const schemas = new WeakMap<CollectionDef, ReturnType<typeof schemaFromFields>>();
function schemaOf(collection: CollectionDef) {
  let schema = schemas.get(collection);
  if (!schema) schemas.set(collection, (schema = schemaFromFields(collection.fields, pathsOnly)));
  return schema;
}

function checkSchema(entry: RawEntry, problems: Problem[]): Record<string, unknown> | undefined {
  const { fields } = entry.collection;
  const result = schemaOf(entry.collection).safeParse(entry.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    problems.push({ file: entry.file, field, label: labelOf(fields, field), message: issue.message });
  }
  return undefined;
}

function checkSlugs(entries: RawEntry[], problems: Problem[]) {
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const slug = slugify(entry.id, 200);
    if (slug !== entry.id) {
      problems.push({
        file: entry.file,
        message: `tên thư mục/tệp "${entry.id}" phải viết thường, không dấu, nối bằng gạch ngang; hãy đổi thành "${slug || 'ten-moi'}"`,
      });
    }
    const twin = seen.get(slug);
    if (twin) problems.push({ file: entry.file, message: `trùng đường dẫn "${slug}" với ${twin.file}; hãy đặt tên khác` });
    else seen.set(slug, entry);
  }
}

/** Runs on the raw data, so an unknown id is reported even when other fields are wrong too. */
function checkReferences(entry: RawEntry, ids: Map<string, Set<string>>, problems: Problem[]) {
  for (const field of entry.collection.fields) {
    if (field.kind !== 'reference') continue;
    const value = entry.data[field.name];
    // Anything but ids (a number, "" left by Decap) is the schema's to report.
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
    const known = ids.get(field.collection) ?? new Set();
    const noun = COLLECTIONS.find((c) => c.name === field.collection)?.noun ?? field.collection;
    for (const id of values) {
      if (known.has(id)) continue;
      // "Trà Lĩnh" or "tra-linh" for "xa-tra-linh": compare the id as it would be slugged.
      const wanted = slugify(id, 200);
      const suggestion = wanted ? [...known].find((k) => k.includes(wanted) || wanted.includes(k)) : undefined;
      problems.push({
        file: entry.file,
        field: field.name,
        label: field.label,
        message: `không có ${noun} nào có mã "${id}"${suggestion ? ` (có phải "${suggestion}"?)` : ''}`,
      });
    }
  }
}

/** A place whose parent or successor chain leads back to itself would hang every page that walks it. */
function checkLocalityLoops(entries: RawEntry[], data: Map<RawEntry, Record<string, unknown>>, problems: Problem[]) {
  const byId = new Map(entries.map((e) => [e.id, data.get(e)]));
  for (const entry of entries) {
    for (const link of ['parent', 'successor'] as const) {
      const seen = new Set([entry.id]);
      let next = data.get(entry)?.[link] as string | undefined;
      while (next && !seen.has(next)) {
        seen.add(next);
        next = byId.get(next)?.[link] as string | undefined;
      }
      if (next && next === entry.id) {
        const label = entry.collection.fields.find((f) => f.name === link)?.label;
        problems.push({ file: entry.file, field: link, label, message: `tạo thành vòng lặp (${[...seen].join(' → ')} → ${entry.id})` });
      }
    }
  }
}

/** The photo paths an entry's photo fields name, with the front-matter path each is at (`cover.src`, `gallery.2.src`). */
function photoPaths(entry: RawEntry): { field: FieldDef; path: string; src: string }[] {
  const found: { field: FieldDef; path: string; src: string }[] = [];
  for (const field of entry.collection.fields) {
    const value = entry.data[field.name];
    const items = field.kind === 'image' ? [value] : field.kind === 'images' && Array.isArray(value) ? value : [];
    items.forEach((item, i) => {
      const src = (item as { src?: unknown } | undefined)?.src;
      const at = field.kind === 'image' ? field.name : `${field.name}.${i}`;
      if (typeof src === 'string' && src) found.push({ field, path: `${at}.src`, src });
    });
  }
  return found;
}

/** Runs on the raw data, so a bad photo is reported even when other fields are wrong too. */
async function checkImages(entry: RawEntry, problems: Problem[]) {
  for (const { field, path, src } of photoPaths(entry)) {
    const message = await checkImage(imagePath(entry.path, src), src);
    if (message) problems.push({ file: entry.file, field: path, label: field.label, message });
  }
}

/** Edit distance, for "did you mean" hints on misspelt field names. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * A misspelt key (`darft: true`) would be dropped by the schema and the entry published
 * as if the field were absent: every key must be a field of the collection.
 */
function checkKeys(entry: RawEntry, problems: Problem[]) {
  const names = entry.collection.fields.map((f) => f.name);
  for (const key of Object.keys(entry.data)) {
    if (names.includes(key)) continue;
    const near = names.find((n) => n.toLowerCase() === key.toLowerCase()) ?? names.find((n) => distance(n.toLowerCase(), key.toLowerCase()) <= 2);
    problems.push({
      file: entry.file,
      field: key,
      message: `không có trường nào tên "${key}"${near ? ` — có phải "${near}"?` : ''}; hãy sửa tên trường hoặc xoá dòng này (các trường được dùng: ${names.join(', ')})`,
    });
  }
}

/** js-yaml (Astro) reads an unquoted 2021-10-05 as a date: only date fields may hold one. */
function checkDateLike(entry: RawEntry, problems: Problem[]) {
  for (const path of entry.dateLike) {
    const field = entry.collection.fields.find((f) => f.name === path.split('.')[0]);
    if (!field || (field.kind === 'date' && path === field.name)) continue;
    problems.push({
      file: entry.file,
      field: path,
      label: field.label,
      message: 'giá trị trông như ngày tháng nên sẽ bị đọc thành ngày; hãy đặt trong ngoặc kép',
    });
  }
}

/**
 * Everything the entry's text alone decides (misspelt keys, date-like values, the body read by
 * the site's own engine, the schema), which entryCheckCache.ts may keep between builds.
 */
async function textChecks(entry: RawEntry): Promise<CachedChecks> {
  const keys: Problem[] = [];
  checkKeys(entry, keys);
  checkDateLike(entry, keys);
  const body = await bodyTemplate(entry.body, entry.collection, { parse: satteriTree, firstLine: entry.bodyLine });
  const schemaProblems: Problem[] = [];
  const data = checkSchema(entry, schemaProblems);
  return { keys, body, schema: { problems: schemaProblems, data } };
}

/** The photos a body shows, looked for beside the file now, filled into its kept problems. */
async function bodyPhotoProblems(entry: RawEntry, body: BodyTemplate): Promise<Problem[]> {
  const photoFile = (file: string, src: string) => checkImageFile(imagePath(entry.path, file), src);
  return (await fillBodyTemplate(body, photoFile)).map((message) => ({ file: entry.file, message }));
}

/**
 * `cache` (the build's) keeps what each file's text alone decides between builds; without one
 * (tests, the CMS's tools) every file is checked in full. The problems are the same either way.
 */
export async function checkContent(root: string, collections: readonly CollectionDef[] = COLLECTIONS, cache?: EntryCheckCache): Promise<Problem[]> {
  const problems: Problem[] = [];
  const all = (await Promise.all(collections.map((c) => readEntries(root, c, problems, cache)))).flat();
  const ids = new Map(collections.map((c) => [c.name, new Set(all.filter((e) => e.collection === c).map((e) => e.id))]));
  const valid = new Map<RawEntry, Record<string, unknown>>();
  for (const collection of collections)
    checkSlugs(
      all.filter((e) => e.collection === collection),
      problems,
    );
  // Entries are checked a few at a time (their photos are read from disk); each keeps its own
  // problems, so the list comes out in the same order however the reads finish.
  const checked = await mapConcurrent(all, FILES_AT_ONCE, async (entry) => {
    const checks = entry.cache?.checks ?? (await textChecks(entry));
    if (entry.cache && !entry.cache.checks) cache?.set(entry.cache.key, { read: entry.cache.read, checks });
    // In the order the checks were always reported: keys and dates, photos, body, schema, references.
    const own: Problem[] = [...checks.keys];
    await checkImages(entry, own);
    own.push(...(await bodyPhotoProblems(entry, checks.body)), ...checks.schema.problems);
    checkReferences(entry, ids, own);
    return { own, data: checks.schema.data };
  });
  all.forEach((entry, i) => {
    const { own, data } = checked[i]!;
    problems.push(...own);
    if (data) valid.set(entry, data);
  });
  checkLocalityLoops(
    all.filter((e) => e.collection.name === 'localities' && valid.has(e)),
    valid,
    problems,
  );
  return problems;
}
