import { describe, expect, expectTypeOf, it } from 'vitest';
import { fieldLabels } from '~/schema/fieldLabels';
import { modelFields } from '~/schema/modelFields';

describe('field labels for the public pages', () => {
  it('gives each field the label editors see in the CMS', () => {
    const labels = fieldLabels(modelFields);
    for (const field of modelFields) expect(labels[field.name]).toBe(field.label);
    expect(Object.keys(labels)).toHaveLength(modelFields.length);
  });

  it('knows only the names of the list it was given', () => {
    const labels = fieldLabels(modelFields);
    expectTypeOf(labels).toHaveProperty('host');
    // @ts-expect-error "hots" is not a model field (checked by astro check)
    expect(labels.hots).toBeUndefined();
  });
});
