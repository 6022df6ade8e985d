import type { FieldDef } from './fieldTypes';

/**
 * The labels of a field list by field name, so the site shows a field under the same
 * words editors see in the CMS: `fieldLabels(modelFields).host` → "Đơn vị chủ trì".
 * A name not in the list is a type error.
 */
export function fieldLabels<const F extends readonly FieldDef[]>(fields: F): { readonly [K in F[number]['name']]: string } {
  return Object.fromEntries(fields.map((f) => [f.name, f.label])) as { [K in F[number]['name']]: string };
}
