/**
 * The file format Decap reads and writes for each collection. Decap's own YAML writer
 * re-styles the whole file on every save (quotes dropped, flow lists turned into block
 * lists); this one rewrites only the lines of fields the editor changed, so a one-field
 * edit is a one-line diff. It also NFC-normalises text and writes image paths as
 * `./photo.jpg`, the form Astro's `image()` resolves beside the entry. The front matter
 * is found by the same reader the build uses (`src/lib/frontMatter/`), so the CMS never
 * opens a file differently from how the site is built from it.
 */
import { Document, isMap, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { readYaml } from '../src/lib/frontMatter/readYaml';
import { splitFrontMatter } from '../src/lib/frontMatter/splitFrontMatter';
import type { FieldDef } from '../src/schema/fieldTypes';

/** Data key the save hook fills with the file as it was loaded (never written). */
export const ORIGINAL_KEY = '__original';

/**
 * Data key set when a file cannot be read safely (no closing ---, broken YAML): the whole
 * file is shown as the body and the save hook refuses to save, so nothing is lost.
 */
export const BROKEN_KEY = '__broken';

type Data = Record<string, unknown>;

export interface EntryFormat {
  fromFile(content: string): Data;
  toFile(data: Data, sortedKeys?: string[]): string;
}

interface Split {
  yaml: string;
  body: string;
  eol: '\n' | '\r\n';
}

/** The YAML and body of a file, or why they cannot be told apart. */
function splitFile(content: string, withBody: boolean): Split | { broken: string } {
  if (!withBody) return { yaml: content.replace(/^\uFEFF/, ''), body: '', eol: content.includes('\r\n') ? '\r\n' : '\n' };
  const split = splitFrontMatter(content);
  return split.ok ? split.parts : { broken: split.message };
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function nfcDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfcDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)]));
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `photo.jpg` → `./photo.jpg`; leaves `./`, `../`, absolute paths and URLs alone. */
export function relativeImagePath(src: string): string {
  return /^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(src) ? src : `./${src}`;
}

/** One photo's values: empty ones dropped, its file path made relative; undefined when nothing is left. */
function cleanPhoto(photo: Data): Data | undefined {
  const image = Object.fromEntries(Object.entries(photo).filter(([, v]) => !isEmpty(v)));
  if (typeof image.src === 'string') image.src = relativeImagePath(image.src);
  return Object.keys(image).length ? image : undefined;
}

/** The front-matter values to write: internal keys dropped, empties dropped, images made relative. */
function cleanMeta(data: Data, fields: readonly FieldDef[]): Data {
  const meta: Data = {};
  for (const [key, raw] of Object.entries(data)) {
    if (key.startsWith('__') || key === 'body') continue;
    let value = nfcDeep(raw);
    const field = fields.find((f) => f.name === key);
    if (field?.kind === 'image' && value && typeof value === 'object') value = cleanPhoto(value as Data);
    if (field?.kind === 'images' && Array.isArray(value)) value = value.map((item) => (item && typeof item === 'object' ? cleanPhoto(item as Data) : item));
    if (!isEmpty(value)) meta[key] = value;
  }
  return meta;
}

/**
 * A YAML node in the house style of the seed files: text in double quotes, ids
 * (choices, references) plain, lists of text in one flow line, lists of ids one per line.
 */
function styledNode(doc: Document, field: FieldDef | undefined, value: unknown) {
  const node = doc.createNode(value);
  const quoteText = (scalar: unknown) => {
    if (isScalar(scalar) && typeof scalar.value === 'string') scalar.type = Scalar.QUOTE_DOUBLE;
  };
  const kind = field?.kind;
  if (kind === 'select' || kind === 'reference') return node;
  if (isScalar(node)) quoteText(node);
  else if (isMap(node)) for (const pair of node.items) quoteText(pair.value);
  else if ('items' in node && Array.isArray(node.items)) {
    for (const item of node.items) {
      quoteText(item);
      // A gallery's photos: their description and caption in quotes, like a cover's.
      if (isMap(item)) for (const pair of item.items) quoteText(pair.value);
    }
    if (kind === 'strings') node.flow = true;
  }
  return node;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/** `key: value` lines for one field, in the house style. */
function pairText(key: string, value: unknown, field: FieldDef | undefined): string {
  const doc = new Document({});
  doc.set(key, styledNode(doc, field, value));
  return doc.toString(STRINGIFY);
}

/** Character offsets of each top-level pair's lines in the original YAML text. */
function pairSpans(doc: Document.Parsed, text: string): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  if (!isMap(doc.contents)) return spans;
  const items = doc.contents.items as Pair[];
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  items.forEach((pair, i) => {
    const keyNode = pair.key as Scalar | null;
    if (!keyNode?.range) return;
    const start = lineStart(keyNode.range[0]);
    const next = items[i + 1]?.key as Scalar | undefined;
    const end = next?.range ? lineStart(next.range[0]) : text.length;
    spans.set(String(keyNode.value), [start, end]);
  });
  return spans;
}

/**
 * Writes `meta` as YAML, reusing the original text for every field whose value did not
 * change, replacing the lines of changed fields in place and inserting new fields in
 * definition order.
 */
export function writeYaml(meta: Data, original: string | undefined, fields: readonly FieldDef[], order: readonly string[]): string {
  const fieldOf = (key: string) => fields.find((f) => f.name === key);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const parsed = original ? parseDocument(original) : undefined;
  if (!parsed || parsed.errors.length || !isMap(parsed.contents)) {
    return Object.keys(meta)
      .sort((a, b) => rank(a) - rank(b))
      .map((key) => pairText(key, meta[key], fieldOf(key)))
      .join('');
  }
  const text = original!.endsWith('\n') ? original! : `${original}\n`;
  const before = (parsed.toJS() ?? {}) as Data;
  const spans = pairSpans(parsed, text);
  const kept = [...spans.entries()].sort((a, b) => a[1][0] - b[1][0]);
  const out: { key: string; text: string }[] = [];
  for (const [key, [start, end]] of kept) {
    if (!(key in meta)) continue; // field cleared by the editor
    out.push({ key, text: sameValue(before[key], meta[key]) ? text.slice(start, end) : pairText(key, meta[key], fieldOf(key)) });
  }
  for (const key of Object.keys(meta)
    .filter((k) => !spans.has(k))
    .sort((a, b) => rank(a) - rank(b))) {
    const at = out.findIndex((line) => rank(line.key) > rank(key));
    const line = { key, text: pairText(key, meta[key], fieldOf(key)) };
    if (at === -1) out.push(line);
    else out.splice(at, 0, line);
  }
  return out.map((line) => line.text).join('');
}

const trimBody = (body: string) => body.replace(/^\s*\n/, '').replace(/\s+$/, '');

/** The original YAML is reused line by line only when the build accepts it as it is (no anchors, tags, merge keys). */
const reusable = (yaml: string) => readYaml(yaml).issues.length === 0;

/** The Decap format for a collection: Markdown with YAML front matter, or a plain YAML file. */
export function entryFormat(fields: readonly FieldDef[], withBody: boolean): EntryFormat {
  return {
    fromFile(content) {
      const split = splitFile(content, withBody);
      if ('broken' in split) return { body: content, [BROKEN_KEY]: split.broken };
      const doc = parseDocument(split.yaml, { merge: true });
      if (doc.errors.length) return withBody ? { body: content, [BROKEN_KEY]: doc.errors[0]!.message } : { [BROKEN_KEY]: doc.errors[0]!.message };
      const data = (doc.toJS() ?? {}) as Data;
      const text = trimBody(split.body);
      return withBody && text ? { ...data, body: text } : data;
    },
    toFile(data, sortedKeys = fields.map((f) => f.name)) {
      const original = typeof data[ORIGINAL_KEY] === 'string' ? (data[ORIGINAL_KEY] as string) : undefined;
      const split = original === undefined ? undefined : splitFile(original, withBody);
      const before = split && !('broken' in split) ? split : undefined;
      const yaml = writeYaml(cleanMeta(data, fields), before && reusable(before.yaml) ? before.yaml.replace(/\r\n/g, '\n') : undefined, fields, sortedKeys);
      const eol = before?.eol ?? '\n';
      const withEol = (text: string) => (eol === '\n' ? text : text.replace(/\r?\n/g, eol));
      if (!withBody) return withEol(yaml);
      const body = typeof data.body === 'string' ? data.body.normalize('NFC') : '';
      const lf = (text: string) => trimBody(text.replace(/\r\n/g, '\n'));
      const unchanged = before !== undefined && lf(before.body) === lf(body);
      const bodyText = unchanged ? before.body : trimBody(body) ? `\n${trimBody(body)}\n` : '';
      return withEol(`---\n${yaml}---\n${bodyText}`);
    },
  };
}
