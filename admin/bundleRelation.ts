/**
 * Decap's relation widget stores `{{slug}}`, which for a collection saved as
 * `<slug>/index.md` is "<slug>/index" (decaporg/decap-cms#4092). The site's entry ids
 * are the folder names, so this wrapper shows the widget "<slug>/index" and stores "<slug>".
 */
import { type ComponentType, createElement as h } from 'react';

const INDEX_SUFFIX = '/index';

/** "foo" → "foo/index" (what the relation widget's options hold). */
export const toWidgetSlug = (id: string) => (id.endsWith(INDEX_SUFFIX) ? id : `${id}${INDEX_SUFFIX}`);
/** "foo/index" → "foo" (what the site's `reference()` expects). */
export const toEntryId = (slug: string) => (slug.endsWith(INDEX_SUFFIX) ? slug.slice(0, -INDEX_SUFFIX.length) : slug);

interface Mappable {
  map(fn: (item: unknown) => unknown): unknown;
}

/** Applies `fn` to a single value, an array or an Immutable List of values. */
export function mapRelationValue(value: unknown, fn: (s: string) => string): unknown {
  const one = (item: unknown) => (typeof item === 'string' && item ? fn(item) : item);
  if (typeof value === 'string') return one(value);
  if (value && typeof (value as Mappable).map === 'function') return (value as Mappable).map(one);
  return value;
}

interface ControlProps {
  value?: unknown;
  onChange: (value: unknown, metadata?: unknown) => void;
  [prop: string]: unknown;
}

/** Wraps the relation control (React 19 passes `ref` through props, so validation still reaches it). */
export function bundleRelationControl(RelationControl: ComponentType<ControlProps>) {
  return function BundleRelationControl(props: ControlProps) {
    return h(RelationControl, {
      ...props,
      value: mapRelationValue(props.value, toWidgetSlug),
      onChange: (value: unknown, metadata?: unknown) => props.onChange(mapRelationValue(value, toEntryId), metadata),
    });
  };
}
