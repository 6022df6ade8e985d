/**
 * What the CMS saves, the build publishes: every body of the catalogue
 * (tests/support/refusedBodies.ts) goes through the build's content check (the site's
 * Markdown engine, files on disk) and through the CMS's save-time check (micromark in the
 * browser, the entry's files as Decap lists them). Both must refuse the same bodies with the
 * same Vietnamese messages, and both must accept the good ones.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedBodyProblems } from '~/lib/cms/savedBodyProblems';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { COLLECTIONS } from '~/schema/collections';
import { ARTICLE_FILE, MODEL_FILE, photo, useContentFixture } from '../../support/contentFixture';
import { ACCEPTED_BODIES, type BesideFile, type BodySample, REFUSED_BODIES } from '../../support/refusedBodies';

const fixture = useContentFixture();

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const besideFile = (kind: BesideFile) => (kind === 'svg' ? SVG : kind === 'text' ? 'không phải ảnh' : photo(kind));

/** Both checks' messages for one body: the build's for the entry file, the CMS's for its body field. */
async function bothChecks({ body, files = {}, entry = 'article' }: BodySample) {
  const file = entry === 'article' ? ARTICLE_FILE : MODEL_FILE;
  for (const [name, kind] of Object.entries(files)) await fixture.write(join(dirname(file), name), await besideFile(kind));
  await fixture.editText(file, (text) => text.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`));
  const build = (await checkContent(fixture.root)).filter((p) => p.file === file);
  // Decap lists the files of the entry's folder, and the build counts lines from the top of the file.
  const photos = await readdir(join(fixture.root, dirname(file)));
  const firstLine = (await fixture.read(file)).split('\n').indexOf('---', 1) + 3;
  const collection = COLLECTIONS.find((c) => c.name === (entry === 'article' ? 'articles' : 'models'))!;
  const cms = await savedBodyProblems(body, collection, photos, firstLine);
  return { build, cms };
}

const inOrder = (words: string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'), 's');

describe('the build and the CMS refuse the same bodies with the same message', () => {
  it.each(REFUSED_BODIES)('$name', async (sample) => {
    const { build, cms } = await bothChecks(sample);
    // Body problems name the file, never a front-matter field.
    expect(build.map((p) => p.field)).toEqual(build.map(() => undefined));
    expect(build.map((p) => p.message).join('\n')).toMatch(inOrder(sample.words));
    expect(cms).toEqual(build.map((p) => p.message));
  });
});

describe('the build and the CMS accept the same good bodies', () => {
  it.each(ACCEPTED_BODIES)('$name', async (sample) => {
    const { build, cms } = await bothChecks(sample);
    expect(build).toEqual([]);
    expect(cms).toEqual([]);
  });
});
