/**
 * The TypeScript type of the data a list of field definitions validates to, so pages
 * get typed entries from the same definitions the schemas are built from.
 */
import type { ImageMetadata } from 'astro';
import type { PartialDate } from './partialDate';
import type { FieldDef } from './fieldTypes';
import type { Choice } from './taxonomy';

export interface EntryReference<C extends string = string> {
  id: string;
  collection: C;
}

export interface CoverImage {
  src: ImageMetadata;
  alt: string;
  caption?: string | undefined;
}

type ValueOf<F extends FieldDef> = F extends { kind: 'string' }
  ? string
  : F extends { kind: 'strings' }
    ? string[]
    : F extends { kind: 'select'; choices: readonly Choice<infer V>[] }
      ? V
      : F extends { kind: 'date' }
        ? PartialDate
        : F extends { kind: 'year' }
          ? number
          : F extends { kind: 'boolean' }
            ? boolean
            : F extends { kind: 'reference'; multiple: true; collection: infer C extends string }
              ? EntryReference<C>[]
              : F extends { kind: 'reference'; collection: infer C extends string }
                ? EntryReference<C>
                : F extends { kind: 'image' }
                  ? CoverImage
                  : F extends { kind: 'images' }
                    ? CoverImage[]
                    : never;

/** Fields that always have a value after validation. */
type Present<F extends FieldDef> = F extends { required: false }
  ? F extends { default: unknown } | { kind: 'strings' } | { kind: 'images' } | { kind: 'reference'; multiple: true }
    ? F
    : never
  : F;

export type DataOf<Fs extends readonly FieldDef[]> = {
  [F in Present<Fs[number]> as F['name']]: ValueOf<F>;
} & {
  [F in Exclude<Fs[number], Present<Fs[number]>> as F['name']]?: ValueOf<F> | undefined;
};
