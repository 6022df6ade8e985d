import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripHiddenMeta } from '~/lib/search/stripHiddenMeta';

const fragment = (meta: Record<string, string>) => gzipSync(`pagefind_dcd${JSON.stringify({ url: '/a/', content: 'Đội bảo vệ', word_count: 3, meta })}`);
const read = (bytes: Uint8Array) => JSON.parse(gunzipSync(bytes).toString('utf8').slice('pagefind_dcd'.length));

describe('stripHiddenMeta', () => {
  it('removes only the named metadata from a result fragment, keeping what the cards show', () => {
    const out = read(stripHiddenMeta(fragment({ title: 'Đội', v_exact: 'ddooij', d_fold: 'doi' }), ['v_exact', 'd_fold']));
    expect(out).toEqual({ url: '/a/', content: 'Đội bảo vệ', word_count: 3, meta: { title: 'Đội' } });
  });

  it('returns a fragment without such fields as it was', () => {
    const bytes = fragment({ title: 'Đội' });
    expect(stripHiddenMeta(bytes, ['v_exact'])).toBe(bytes);
  });

  it('refuses a file that is not a Pagefind fragment', () => {
    expect(() => stripHiddenMeta(gzipSync('{}'), ['v_exact'])).toThrow(/Pagefind/);
  });
});
