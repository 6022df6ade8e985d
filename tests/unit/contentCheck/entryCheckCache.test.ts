/**
 * The content check's cache keeps only what a file's text decides. What depends on other files
 * (photos on disk, references to other entries) must be checked afresh even when the file itself
 * is read from the cache; an edited file, other rules or a damaged cache file mean a full check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyTemplate, fillBodyTemplate } from '~/lib/contentCheck/bodyTemplate';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { ENTRY_CHECK_CACHE_FILE, openEntryCheckCache } from '~/lib/contentCheck/entryCheckCache';
import { satteriTree } from '~/lib/contentCheck/satteriTree';
import { COLLECTIONS } from '~/schema/collections';
import { ARTICLE_FILE, COVER_FILE, MODEL_FILE, photo, useContentFixture } from '../../support/contentFixture';

const fixture = useContentFixture();

/** One build's check with the cache, saved as the build saves it. */
async function keptCheck() {
  const cache = await openEntryCheckCache(fixture.root);
  const problems = await checkContent(fixture.root, COLLECTIONS, cache);
  await cache.save();
  return { problems, hits: cache.hits, checked: cache.hits + cache.misses };
}

const BODY_PHOTO = `${ARTICLE_FILE.replace('index.md', '')}so-do.jpg`;

describe('the content check read from its cache', () => {
  it('reads unchanged files from the cache, and finds nothing wrong with a valid site either way', async () => {
    expect(await keptCheck()).toEqual({ problems: [], hits: 0, checked: 4 });
    expect(await keptCheck()).toEqual({ problems: [], hits: 4, checked: 4 });
  });

  it('still reports a photo the body shows once it is deleted, though the article is read from the cache', async () => {
    await fixture.write(BODY_PHOTO, await photo('jpeg'));
    await fixture.editText(ARTICLE_FILE, (text) => `${text}\n![Sơ đồ địa bàn](./so-do.jpg)\n`);
    expect((await keptCheck()).problems).toEqual([]);
    await fixture.remove(BODY_PHOTO);
    const { problems, hits } = await keptCheck();
    expect(hits).toBe(4);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, message: expect.stringMatching(/ảnh trong nội dung, dòng \d+: .*so-do\.jpg/) })]);
  });

  it('still reports a cover photo cut short after the article was kept', async () => {
    await keptCheck();
    const whole = await photo('jpeg', 400, 300);
    await fixture.write(COVER_FILE, whole.subarray(0, Math.floor(whole.length * 0.8)));
    const { problems, hits } = await keptCheck();
    expect(hits).toBe(4);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, field: 'cover.src' })]);
  });

  it('still reports a reference to a model deleted after the article was kept', async () => {
    await keptCheck();
    await fixture.remove(MODEL_FILE.replace('/index.md', ''));
    const { problems, hits } = await keptCheck();
    expect(hits).toBe(3);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, field: 'models', message: expect.stringContaining('không có') })]);
  });

  it('checks an edited file afresh', async () => {
    await keptCheck();
    await fixture.editText(ARTICLE_FILE, (text) => text.replace('draft: false', 'darft: true'));
    const { problems, hits } = await keptCheck();
    expect(hits).toBe(3);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, field: 'darft' })]);
  });

  it('starts afresh when the checking code changes, and when the cache file is damaged', async () => {
    await keptCheck();
    await fixture.write('src/schema/rule.ts', 'export const RULE = 2;\n');
    expect(await keptCheck()).toEqual({ problems: [], hits: 0, checked: 4 });
    const file = join(fixture.root, ENTRY_CHECK_CACHE_FILE);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/\t\{/g, '\t{"read":').slice(0, Math.floor(text.length / 2)));
    expect(await keptCheck()).toEqual({ problems: [], hits: 0, checked: 4 });
    expect(await keptCheck()).toEqual({ problems: [], hits: 4, checked: 4 });
  });

  it('checks a file afresh when its kept record was edited into another shape', async () => {
    await fixture.editText(ARTICLE_FILE, (text) => text.replace('draft: false', 'darft: true'));
    await keptCheck();
    const file = join(fixture.root, ENTRY_CHECK_CACHE_FILE);
    // Each record loses its checks' lists: read as they are, the misspelt key would be lost or the check would crash.
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"keys":\[[^\]]*\]/g, '"keys":{}'));
    const { problems, hits } = await keptCheck();
    expect(hits).toBe(0);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, field: 'darft' })]);
  });
});

describe('a body checked once, its photos asked about on each build', () => {
  const collection = { noun: 'Bài viết' };
  const template = (body: string) => bodyTemplate(body, collection, { parse: satteriTree, firstLine: 10 });

  it('gives each photo file the answer of the day, and drops the message of a photo that is fine', async () => {
    const kept = await template('![Một](./mot.jpg)\n\n![Hai](./hai.jpg)\n');
    expect(kept.photos).toEqual([
      { file: './mot.jpg', src: './mot.jpg' },
      { file: './hai.jpg', src: './hai.jpg' },
    ]);
    const missingOne = await fillBodyTemplate(kept, async (file) => (file === './hai.jpg' ? 'không tìm thấy tệp' : undefined));
    expect(missingOne).toEqual(['ảnh trong nội dung, dòng 12: không tìm thấy tệp']);
    expect(await fillBodyTemplate(kept, async () => undefined)).toEqual([]);
  });

  it('never takes text that looks like a marker for one', async () => {
    const first = await template('![Một](./mot.jpg)\n');
    // A body written to look like the first template's marker, without alt text so the message quotes it.
    const forged = `${first.marker}0]]`;
    const kept = await template(`![](${forged})\n`);
    const messages = await fillBodyTemplate(kept, async () => undefined);
    expect(messages.some((m) => m.includes('thiếu mô tả'))).toBe(true);
  });
});
