/** The props Decap passes to a preview template (the part these templates use). */
import type { ReactNode } from 'react';

interface ImmutableLike {
  getIn(path: readonly string[]): unknown;
  toJS?: () => unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  /** What the relation pickers know of the chosen entries: field → collection → id → data. */
  fieldsMetaData?: ImmutableLike;
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => { toString(): string } | string | undefined;
}

/** A front-matter value as plain JS (Decap keeps lists as Immutable lists). */
export function valueOf(props: PreviewProps, ...path: string[]): unknown {
  const value = props.entry.getIn(['data', ...path]);
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
}

export const textOf = (props: PreviewProps, ...path: string[]): string => {
  const value = valueOf(props, ...path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

export const listOf = (props: PreviewProps, name: string): string[] => {
  const value = valueOf(props, name);
  return Array.isArray(value) ? value.map(String) : [];
};

/**
 * The name of an entry a relation field points to, as the relation picker loaded it
 * (Decap keeps the chosen entries' data as field metadata); the id while it is unknown.
 */
export function relatedName(props: PreviewProps, field: string, collection: string, id: string, nameField = 'name'): string {
  for (const key of [id, `${id}/index`]) {
    const name = props.fieldsMetaData?.getIn([field, collection, key, nameField]);
    if (typeof name === 'string' && name) return name;
  }
  return id;
}
