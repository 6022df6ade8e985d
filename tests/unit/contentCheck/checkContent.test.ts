import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/contentCheck/checkContent';
import type { Problem } from '~/lib/contentCheck/problem';
import { PROJECT_ROOT } from '../../support/buildSite';
import { ARTICLE_FILE, COMMUNE_FILE, COMMUNE_ID, useContentFixture, MODEL_FILE, PROVINCE_FILE, PROVINCE_ID } from '../../support/contentFixture';

const fixture = useContentFixture();

/** Exactly one problem, on this file and field, whose message contains every word given. */
function expectOnlyProblem(problems: Problem[], file: string, field: string | undefined, ...words: string[]) {
  expect(problems).toEqual([expect.objectContaining({ file, message: expect.stringMatching(new RegExp(words.map(escape).join('.*'), 's')) })]);
  expect(problems[0]?.field).toBe(field);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('checkContent: what makes a valid set', () => {
  it('finds no problem in the valid fixture', async () => {
    expect(await checkContent(fixture.root)).toEqual([]);
  });

  it('finds no problem in the real content of the project', async () => {
    expect(await checkContent(PROJECT_ROOT)).toEqual([]);
  });

  it('accepts optional fields that Decap saved as "" or null after the editor cleared them', async () => {
    await fixture.setFields(ARTICLE_FILE, { updatedDate: '', cover: null, tags: null, models: '' });
    await fixture.setFields(MODEL_FILE, { placeAsWritten: '', established: null, partners: '', sources: null });
    await fixture.setFields(COMMUNE_FILE, { successor: '', current: null, note: '' });
    expect(await checkContent(fixture.root)).toEqual([]);
  });
});

describe('checkContent: front-matter fields', () => {
  it('reports a missing required field by name, with its label', async () => {
    await fixture.setFields(MODEL_FILE, { host: undefined });
    const problems = await checkContent(fixture.root);
    expectOnlyProblem(problems, MODEL_FILE, 'host', 'chưa có');
    expect(problems[0]?.label).toBe('Đơn vị chủ trì');
  });

  it('reports a required field left empty or blank', async () => {
    await fixture.setFields(ARTICLE_FILE, { author: '   ' });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'author', 'để trống');
  });

  it('reports a list written where a single text belongs', async () => {
    await fixture.setFields(ARTICLE_FILE, { title: ['Cao Bằng', 'nhân rộng mô hình'] });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'title', 'chữ');
  });

  it('reports draft written as the text "không" instead of true or false', async () => {
    await fixture.setFields(MODEL_FILE, { draft: 'không' });
    expectOnlyProblem(await checkContent(fixture.root), MODEL_FILE, 'draft', 'true', 'false');
  });

  it('reports a choice outside its list, quoting the wrong value and the allowed ones', async () => {
    await fixture.setFields(MODEL_FILE, { type: 'tu quan' });
    expectOnlyProblem(await checkContent(fixture.root), MODEL_FILE, 'type', '"tu quan"', 'tu-quan', 'lien-ket');
  });

  it('reports a quoted date that does not exist (30 February)', async () => {
    await fixture.setFields(ARTICLE_FILE, { publishDate: '2021-02-30' });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'publishDate', '2021-02-30', 'ngày 30');
  });

  it('reports an unquoted date that does not exist instead of rolling it over to March', async () => {
    await fixture.editText(ARTICLE_FILE, (text) => text.replace('publishDate: "2024-05-17"', 'publishDate: 2021-02-30'));
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'publishDate', '2021-02-30', 'ngày 30');
  });

  it('accepts a real date written without quotes', async () => {
    await fixture.editText(ARTICLE_FILE, (text) => text.replace('publishDate: "2024-05-17"', 'publishDate: 2024-02-29'));
    expect(await checkContent(fixture.root)).toEqual([]);
  });

  it('reports a date written in the wrong order, showing the expected form', async () => {
    await fixture.setFields(ARTICLE_FILE, { publishDate: '17/05/2024' });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'publishDate', '17/05/2024', 'NNNN-TT-NN');
  });

  it('reports a photo without a description (alt) on the alt field', async () => {
    await fixture.setFields(ARTICLE_FILE, { cover: { src: './anh-bia.jpg' } });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'cover.alt', 'mô tả', 'khiếm thị');
  });

  it('reports a text longer than its limit with the limit', async () => {
    await fixture.setFields(ARTICLE_FILE, { title: 'Tuần tra biên giới '.repeat(15) });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'title', '200 ký tự');
  });
});

describe('checkContent: references between entries', () => {
  it('reports a model whose place does not exist, quoting the unknown id', async () => {
    await fixture.setFields(MODEL_FILE, { locality: 'xa-ba-be' });
    const problems = await checkContent(fixture.root);
    expectOnlyProblem(problems, MODEL_FILE, 'locality', 'không có địa bàn', '"xa-ba-be"');
    expect(problems[0]?.message).not.toContain('có phải');
  });

  it('reports a model without a place as missing the field', async () => {
    await fixture.setFields(MODEL_FILE, { locality: undefined });
    expectOnlyProblem(await checkContent(fixture.root), MODEL_FILE, 'locality', 'chưa có');
  });

  it('suggests the existing id when the one written is part of it', async () => {
    await fixture.setFields(MODEL_FILE, { locality: 'tra-linh' });
    expectOnlyProblem(await checkContent(fixture.root), MODEL_FILE, 'locality', '"tra-linh"', `có phải "${COMMUNE_ID}"`);
  });

  it("suggests the id when the editor wrote the place's name instead", async () => {
    await fixture.setFields(MODEL_FILE, { locality: 'Trà Lĩnh' });
    expectOnlyProblem(await checkContent(fixture.root), MODEL_FILE, 'locality', '"Trà Lĩnh"', `có phải "${COMMUNE_ID}"`);
  });

  it('reports an article listing a model that does not exist', async () => {
    await fixture.setFields(ARTICLE_FILE, { models: ['doi-bao-ve-rung-quang-han'] });
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, 'models', 'không có mô hình', '"doi-bao-ve-rung-quang-han"');
  });

  it('reports a model whose source article does not exist', async () => {
    await fixture.setFields(MODEL_FILE, { sources: ['bai-viet-da-xoa'] });
    expectOnlyProblem(await checkContent(fixture.root), MODEL_FILE, 'sources', 'không có bài viết', '"bai-viet-da-xoa"');
  });

  it('reports an unknown place even when another field of the same model is wrong too', async () => {
    await fixture.setFields(MODEL_FILE, { host: '', locality: 'xa-ba-be' });
    const problems = await checkContent(fixture.root);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ file: MODEL_FILE, field: 'host' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: MODEL_FILE, field: 'locality', message: expect.stringContaining('"xa-ba-be"') }));
  });

  it('reports a parent loop between two places on both of them, showing the loop', async () => {
    await fixture.setFields(PROVINCE_FILE, { parent: COMMUNE_ID });
    const problems = await checkContent(fixture.root);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ file: PROVINCE_FILE, field: 'parent', message: expect.stringContaining('vòng lặp') }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: COMMUNE_FILE, field: 'parent', message: expect.stringContaining(`${COMMUNE_ID} → ${PROVINCE_ID} → ${COMMUNE_ID}`) }),
    );
  });

  it('reports a place that is its own successor', async () => {
    await fixture.setFields(COMMUNE_FILE, { current: false, successor: COMMUNE_ID });
    expectOnlyProblem(await checkContent(fixture.root), COMMUNE_FILE, 'successor', 'vòng lặp');
  });
});

describe('checkContent: folder names', () => {
  it('reports two model folders whose names differ only in capitals as the same address', async () => {
    const upper = await fixture.addModel('Doi-bao-ve');
    const lower = await fixture.addModel('doi-bao-ve');
    const problems = await checkContent(fixture.root);
    const duplicate = problems.find((p) => p.message.includes('trùng'));
    expect(duplicate?.message).toContain('"doi-bao-ve"');
    // Whichever of the two carries the problem, the message names the other.
    expect([duplicate?.file, duplicate?.message].join(' ')).toContain(upper);
    expect([duplicate?.file, duplicate?.message].join(' ')).toContain(lower);
  });

  it('reports two folders whose names differ only in accents as the same address', async () => {
    await fixture.addModel('đội-bảo-vệ');
    await fixture.addModel('doi-bao-ve');
    const problems = await checkContent(fixture.root);
    expect(problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/trùng đường dẫn "doi-bao-ve"/) }));
  });

  it('asks to rename a folder with Vietnamese letters, suggesting the unaccented name', async () => {
    const file = await fixture.addModel('Đội-bảo-vệ-rừng-Trà-Lĩnh');
    expectOnlyProblem(await checkContent(fixture.root), file, undefined, 'Đội-bảo-vệ-rừng-Trà-Lĩnh', '"doi-bao-ve-rung-tra-linh"');
  });
});

describe('checkContent: Unicode normal form', () => {
  it('reports body text typed in decomposed Unicode (NFD) with its line', async () => {
    await fixture.editText(ARTICLE_FILE, (text) => text.replace('Tại chợ biên giới Trà Lĩnh', 'Tại chợ biên giới Trà Lĩnh'.normalize('NFD')));
    // The line is counted in the whole file, as an editor's text editor shows it.
    const line = (await fixture.read(ARTICLE_FILE)).split('\n').findIndex((l) => l !== l.normalize('NFC')) + 1;
    expectOnlyProblem(await checkContent(fixture.root), ARTICLE_FILE, undefined, `dòng ${line} `, 'NFC');
  });

  it('accepts a front-matter field typed in NFD, since the schema normalises it', async () => {
    await fixture.setFields(MODEL_FILE, { host: 'Ban quản lý chợ Trà Lĩnh'.normalize('NFD') });
    expect(await checkContent(fixture.root)).toEqual([]);
  });
});

describe('checkContent: reporting', () => {
  it('reports every broken file in one run, each with its own problem', async () => {
    await fixture.setFields(ARTICLE_FILE, { title: '' });
    await fixture.setFields(MODEL_FILE, { locality: 'xa-khong-co' });
    await fixture.setFields(PROVINCE_FILE, { kind: 'bang' });
    const problems = await checkContent(fixture.root);
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([`${ARTICLE_FILE} title`, `${MODEL_FILE} locality`, `${PROVINCE_FILE} kind`].sort());
  });
});
