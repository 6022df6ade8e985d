/**
 * One definition per content field. The zod schemas (`toZod.ts`) and the Decap CMS
 * configuration (`admin/`) are both generated from these lists, so a field added here
 * appears in the site's validation and in the editor at once, with the same hint.
 */
import type { Choice } from './taxonomy';

interface BaseField {
  /** Front-matter key. */
  readonly name: string;
  /** Vietnamese label shown to editors and used in error messages. */
  readonly label: string;
  /** One line on what the field holds; shown as the CMS hint and in the docs. */
  readonly hint: string;
  /** Defaults to true: the entry is rejected without it. */
  readonly required?: boolean;
}

export type FieldDef =
  | (BaseField & {
      readonly kind: 'string';
      readonly multiline?: boolean;
      /** Defaults to TEXT_LIMITS: every text has a limit, so a pasted document cannot become a title. */
      readonly maxLength?: number;
    })
  | (BaseField & {
      readonly kind: 'strings';
      readonly maxItems?: number;
      readonly maxItemLength?: number;
      /** The CMS suggests the values other entries already use and stores a known value in its known spelling (tags). */
      readonly suggest?: boolean;
    })
  | (BaseField & { readonly kind: 'select'; readonly choices: readonly Choice[]; readonly default?: string })
  | (BaseField & {
      readonly kind: 'date';
      /** Name of another date field this one may not be earlier than (an update before publication). */
      readonly notBefore?: string;
    })
  | (BaseField & { readonly kind: 'year' })
  | (BaseField & { readonly kind: 'boolean'; /** Omitted: an absent value means "not known". */ readonly default?: boolean })
  | (BaseField & {
      readonly kind: 'reference';
      readonly collection: string;
      readonly multiple: boolean;
      /** Field of the referenced entry that editors pick by. */
      readonly displayField: string;
    })
  | (BaseField & { readonly kind: 'image' })
  /** A photo gallery: a list of photos beside the entry, each with its description and an optional caption. */
  | (BaseField & { readonly kind: 'images'; readonly maxItems: number });

export type FieldKind = FieldDef['kind'];

/** Limits for fields that set none. */
export const TEXT_LIMITS = { line: 200, multiline: 2000, items: 30, item: 100, alt: 250, caption: 300 } as const;

export function isRequired(field: FieldDef): boolean {
  return field.required ?? true;
}

/** Keeps literal types while checking each entry is a valid field definition. */
export function defineFields<const T extends readonly FieldDef[]>(fields: T): T {
  return fields;
}
