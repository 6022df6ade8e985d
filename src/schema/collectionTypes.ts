/**
 * What the site, the content check and the CMS need to know about one content collection,
 * and the checks that make a registry of them complete: a missing piece, a CMS setting
 * naming a field the collection lacks, or a reference to a collection not in the registry
 * is a type error, not a CMS that fails at start.
 */
import type { FieldDef } from './fieldTypes';

type FieldName<Fs extends readonly FieldDef[]> = Fs[number]['name'];

/** The Markdown body under the front matter, as the CMS offers it. */
export interface BodyDef {
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
}

/**
 * 'folder': `<slug>/index.md`, photos beside it, with a Markdown body; 'data': `<slug>.yml`;
 * 'file': one fixed `<file>.yml` (site settings), edited in place, never created or listed.
 */
export type Shape = 'folder' | 'data' | 'file';

/** One collection of one shape; `CollectionDef` (below) is the union over shapes, told apart by `shape`. */
export type CollectionOfShape<N extends string, Fs extends readonly FieldDef[], S extends Shape, K extends string | null> = {
  /** Astro and Decap name, the `collection` of reference fields. */
  readonly name: N;
  /** Folder under the project root. */
  readonly dir: string;
  readonly shape: S;
  readonly fields: Fs;
  /** Vietnamese noun for one entry ("mô hình"), in build messages and the CMS ("mô hình mới"). */
  readonly noun: string;
  /** First segment of an entry page's URL, `/<urlBase>/<id>/`; the route is `src/pages/<urlBase>/[id].astro`. Null: no entry pages. */
  readonly urlBase: S extends 'file' ? null : string;
  /** Value of the search's "Loại nội dung" filter on the entry's pages; null when they are not indexed. */
  readonly searchKind: K;
  /** Fields whose values make a new entry's slug, in order; a choice field gives its label ("xã"). */
  readonly slugFrom: readonly FieldName<Fs>[];
  readonly cms: {
    /** Name of the collection in the CMS sidebar. */
    readonly label: string;
    readonly description: string;
    /** Field shown in the entry list and in relation pickers. */
    readonly identifier: FieldName<Fs>;
    /** Field shown beside the identifier where names repeat ("Tự quản …" · host unit); default the id. */
    readonly detail?: FieldName<Fs>;
    readonly sortable: readonly FieldName<Fs>[];
  };
} & (S extends 'folder'
  ? { readonly body: BodyDef }
  : S extends 'file'
    ? { readonly body?: never; /** Name of the one file without `.yml`, also the entry's id. */ readonly file: string }
    : { readonly body?: never });

export type CollectionDef<
  N extends string = string,
  Fs extends readonly FieldDef[] = readonly FieldDef[],
  S extends Shape = Shape,
  K extends string | null = string | null,
> = S extends Shape ? CollectionOfShape<N, Fs, S, K> : never;

/** Keeps the collection's name, fields, shape and search kind literal, so its settings are checked against its own fields. */
export function defineCollection<const N extends string, const Fs extends readonly FieldDef[], const S extends Shape, const K extends string | null>(
  def: CollectionOfShape<N, Fs, S, K>,
): CollectionOfShape<N, Fs, S, K> {
  return def;
}

type Names<L extends readonly CollectionDef[]> = L[number]['name'];
type Referenced<L extends readonly CollectionDef[]> = Extract<L[number]['fields'][number], { kind: 'reference' }>['collection'];

/** Unknown when every reference field names a collection of the list; otherwise a property that is missing, naming the culprits. */
type ReferencesKnown<L extends readonly CollectionDef[]> = [Exclude<Referenced<L>, Names<L>>] extends [never]
  ? unknown
  : { readonly 'a reference field names a collection missing from the registry': Exclude<Referenced<L>, Names<L>> };

/** The registry: every collection once; reference fields may point only at collections in it. */
export function defineCollections<const L extends readonly CollectionDef[]>(list: L & ReferencesKnown<L>): L {
  return list;
}

export type CollectionName<L extends readonly CollectionDef[]> = Names<L>;

/** Path of a collection's entry file from the project root: `<dir>/<slug>/index.md`, `<dir>/<slug>.yml` or the one `<dir>/<file>.yml`. */
export function entryFilePath(collection: CollectionDef, slug: string): string {
  if (collection.shape === 'file') return `${collection.dir}/${collection.file}.yml`;
  return collection.shape === 'folder' ? `${collection.dir}/${slug}/index.md` : `${collection.dir}/${slug}.yml`;
}
