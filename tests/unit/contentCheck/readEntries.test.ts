import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '~/schema/collections';
import type { Problem } from '~/lib/contentCheck/problem';
import { readEntries } from '~/lib/contentCheck/readEntries';
import { ARTICLE_FILE, ARTICLE_ID, COMMUNE_FILE, useContentFixture, MODEL_ID } from '../../support/contentFixture';

const fixture = useContentFixture();

const collection = (name: string) => {
  const found = COLLECTIONS.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

async function read(name: string) {
  const problems: Problem[] = [];
  const entries = await readEntries(fixture.root, collection(name), problems);
  return { ids: entries.map((e) => e.id), problems };
}

describe('readEntries', () => {
  it('reads each <slug>/index.md as an entry named after its folder, skipping its photos', async () => {
    expect(await read('articles')).toEqual({ ids: [ARTICLE_ID], problems: [] });
  });

  it('reports a .md file lying directly in the models folder instead of skipping it', async () => {
    await fixture.write('content/models/ghi-chu-bien-tap.md', '---\nname: "Ghi chú"\n---\n');
    const { ids, problems } = await read('models');
    expect(ids).toEqual([MODEL_ID]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/models/ghi-chu-bien-tap.md', message: expect.stringContaining('không được đăng') })]);
    // The message shows the layout the file should have.
    expect(problems[0]?.message).toContain('content/models/<tên-không-dấu>/index.md');
  });

  it('reports a second .md file inside an article folder', async () => {
    await fixture.write(`content/articles/${ARTICLE_ID}/ban-nhap.md`, 'Bản nháp đoạn mở đầu.\n');
    const { problems } = await read('articles');
    expect(problems).toEqual([expect.objectContaining({ file: `content/articles/${ARTICLE_ID}/ban-nhap.md` })]);
  });

  it('reports a place saved as Markdown instead of YAML', async () => {
    await fixture.write('content/localities/xa-quang-han.md', 'name: "Quang Hán"\n');
    const { problems } = await read('localities');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/localities/xa-quang-han.md', message: expect.stringContaining('<mã>.yml') })]);
  });

  it('reports invalid YAML in the front matter with the line of the file it is on', async () => {
    // Text after the author's closing quote is not YAML.
    await fixture.editText(ARTICLE_FILE, (text) => text.replace('author: "Hoàng Thị Mai"', 'author: "Hoàng Thị Mai" (Công an tỉnh)'));
    const lines = (await fixture.read(ARTICLE_FILE)).split('\n');
    const authorLine = lines.findIndex((line) => line.startsWith('author:')) + 1;
    const { ids, problems } = await read('articles');
    expect(ids).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, message: expect.stringContaining('sai cú pháp') })]);
    expect(problems[0]?.message).toContain(`dòng ${authorLine}:`);
  });

  it('gives the line of a YAML mistake in a place file', async () => {
    await fixture.write(COMMUNE_FILE, 'name: "Trà Lĩnh"\nkind: xa\n  parent: tinh-cao-bang\n');
    const { problems } = await read('localities');
    // The stray indentation is on line 3; the mistake spans it and the line it seems to continue.
    expect(problems).toEqual([expect.objectContaining({ file: COMMUNE_FILE, message: expect.stringContaining('dòng 2–3') })]);
  });

  it('reports an article without front matter', async () => {
    await fixture.editText(ARTICLE_FILE, (text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const { ids, problems } = await read('articles');
    expect(ids).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: ARTICLE_FILE, message: expect.stringContaining('thiếu phần thông tin') })]);
  });

  it('reports front matter that is a list instead of fields', async () => {
    await fixture.write(COMMUNE_FILE, '- Trà Lĩnh\n- xa\n');
    const { problems } = await read('localities');
    expect(problems).toEqual([expect.objectContaining({ file: COMMUNE_FILE, message: expect.stringContaining('tên: giá trị') })]);
  });
});
