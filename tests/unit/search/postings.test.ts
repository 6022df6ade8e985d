import { describe, expect, it } from 'vitest';
import { PageSet } from '~/lib/search/pageSet';
import { decodePostings, encodePostings, encodeShard, readShard, shardOf } from '~/lib/search/postings';

describe('postings', () => {
  it('keeps a rare token’s pages as gaps of about a byte each, and reads them back', () => {
    const pages = [0, 5, 130, 9_999];
    const bytes = encodePostings(pages, 10_000);
    expect(bytes.length).toBeLessThan(10);
    expect(decodePostings(bytes, 10_000).pages()).toEqual(pages);
  });

  it('keeps a syllable found on most pages as one bit per page, and reads it back', () => {
    const pages = Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 7 !== 0);
    const bytes = encodePostings(pages, 10_000);
    expect(bytes.length).toBe(1 + 10_000 / 8);
    expect(decodePostings(bytes, 10_000).pages()).toEqual(pages);
  });

  it('reads a token with no pages as an empty set', () => {
    expect(decodePostings(encodePostings([], 40), 40).count()).toBe(0);
  });

  it('reads back every token of a shard, with marks and spaces in their keys', () => {
    const entries = [
      ['=tràng đà', encodePostings([1, 2], 100)],
      ['trang', encodePostings([0, 1, 2, 3], 100)],
    ] as const;
    const shard = readShard(encodeShard(entries));
    expect([...shard.keys()]).toEqual(['=tràng đà', 'trang']);
    expect(decodePostings(shard.get('=tràng đà')!, 100).pages()).toEqual([1, 2]);
    expect(decodePostings(shard.get('trang')!, 100).pages()).toEqual([0, 1, 2, 3]);
  });

  it('spreads tokens over the shards, always the same token to the same shard', () => {
    const used = new Set(['bao', 've', 'rung', 'bao ve', 've rung', '=bảo', '=vệ', '=rừng', 'doi', 'dong', 'van'].map((k) => shardOf(k, 64)));
    expect(used.size).toBeGreaterThan(5);
    expect(shardOf('=tràng đà', 64)).toBe(shardOf('=tràng đà', 64));
  });
});

describe('PageSet', () => {
  it('intersects, unites, subtracts and counts pages', () => {
    const a = PageSet.of(70, [1, 33, 64, 69]);
    const b = PageSet.of(70, [33, 69, 2]);
    expect(a.and(b).pages()).toEqual([33, 69]);
    expect(a.or(b).pages()).toEqual([1, 2, 33, 64, 69]);
    expect(a.andNot(b).pages()).toEqual([1, 64]);
    expect(PageSet.all(70).count()).toBe(70);
  });
});
