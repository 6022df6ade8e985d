/**
 * The binary files of the search index (written by buildSearchIndex.ts, read by the search
 * page), with no positions: a token's postings are only the pages that hold it.
 *
 * Postings are stored the smaller way: a list of gaps between ascending page numbers, each a
 * varint (rare tokens: a page costs about a byte), or a bitmap of every page (common
 * syllables, which in Vietnamese are on most pages: a page costs a bit).
 *
 * A shard is many tokens' postings in one file: varint count, then per token its key
 * (varint length + UTF-8), its postings' byte length (varint) and the postings.
 */
import { PageSet } from './pageSet';

const GAPS = 0;
const BITMAP = 1;

export function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Reads a varint at `at.offset` and moves the offset past it. */
export function readVarint(bytes: Uint8Array, at: { offset: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[at.offset++];
    if (byte === undefined) throw new Error('search index: varint past the end');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
  }
}

/** Postings of ascending, distinct page numbers below `size`. */
export function encodePostings(pages: readonly number[], size: number): Uint8Array {
  const gaps: number[] = [GAPS];
  writeVarint(gaps, pages.length);
  let previous = -1;
  for (const page of pages) {
    writeVarint(gaps, page - previous - 1);
    previous = page;
  }
  const bitmapLength = 1 + Math.ceil(size / 8);
  if (gaps.length <= bitmapLength) return Uint8Array.from(gaps);
  const bitmap = new Uint8Array(bitmapLength);
  bitmap[0] = BITMAP;
  for (const page of pages) bitmap[1 + (page >>> 3)]! |= 1 << (page & 7);
  return bitmap;
}

export function decodePostings(bytes: Uint8Array, size: number): PageSet {
  const set = new PageSet(size);
  if (bytes[0] === BITMAP) {
    for (let i = 1; i < bytes.length; i++) {
      const byte = bytes[i]!;
      for (let bit = 0; byte !== 0 && bit < 8; bit++) if (byte & (1 << bit)) set.add(((i - 1) << 3) + bit);
    }
    return set;
  }
  const at = { offset: 1 };
  const count = readVarint(bytes, at);
  let page = -1;
  for (let i = 0; i < count; i++) {
    page += readVarint(bytes, at) + 1;
    set.add(page);
  }
  return set;
}

export function encodeShard(entries: readonly (readonly [key: string, postings: Uint8Array])[]): Uint8Array {
  const head: number[] = [];
  writeVarint(head, entries.length);
  const parts: Uint8Array[] = [Uint8Array.from(head)];
  const encoder = new TextEncoder();
  for (const [key, postings] of entries) {
    const keyBytes = encoder.encode(key);
    const lengths: number[] = [];
    writeVarint(lengths, keyBytes.length);
    parts.push(Uint8Array.from(lengths), keyBytes);
    const size: number[] = [];
    writeVarint(size, postings.length);
    parts.push(Uint8Array.from(size), postings);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Every token of a shard with its postings (views into `bytes`, not yet decoded). */
export function readShard(bytes: Uint8Array): Map<string, Uint8Array> {
  const decoder = new TextDecoder();
  const at = { offset: 0 };
  const count = readVarint(bytes, at);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const keyLength = readVarint(bytes, at);
    const key = decoder.decode(bytes.subarray(at.offset, at.offset + keyLength));
    at.offset += keyLength;
    const length = readVarint(bytes, at);
    out.set(key, bytes.subarray(at.offset, at.offset + length));
    at.offset += length;
  }
  return out;
}

/** Which of `shards` files holds a key (FNV-1a over its UTF-16 code units; tokens are filed by shardKey, searchTokens.ts). */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
