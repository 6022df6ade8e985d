import { describe, expect, test } from 'vitest';
import { relatedName, type PreviewProps } from '../../../admin/previews/previewProps';

/** Decap's Immutable maps, as far as previews read them. */
const immutable = (value: unknown) => ({
  getIn: (path: readonly string[]) => path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value),
});

const props = (metadata: unknown): PreviewProps => ({
  entry: immutable({ data: {} }),
  fieldsMetaData: immutable(metadata),
  widgetFor: () => null,
  getAsset: () => undefined,
});

describe('relatedName (previews name related entries as the page does)', () => {
  test('a related place or model shows by the name the picker loaded, also for folder entries stored as <slug>/index', () => {
    const p = props({
      locality: { localities: { 'xa-yen-son': { name: 'Yên Sơn' } } },
      models: { models: { 'doi-bao-ve/index': { name: 'Đội bảo vệ rừng' } } },
    });
    expect(relatedName(p, 'locality', 'localities', 'xa-yen-son')).toBe('Yên Sơn');
    expect(relatedName(p, 'models', 'models', 'doi-bao-ve')).toBe('Đội bảo vệ rừng');
  });

  test('until the picker has loaded it, the id is shown rather than nothing', () => {
    expect(relatedName(props({}), 'locality', 'localities', 'xa-yen-son')).toBe('xa-yen-son');
  });
});
