import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasForms, parseAliases, type Alias } from '~/lib/search/aliases';

const ALIASES: Alias[] = [
  { short: 'ANTT', long: ['an ninh trật tự', 'an ninh, trật tự'], source: 'x' },
  { short: 'BIDV', long: ['Ngân hàng TMCP Đầu tư và Phát triển Việt Nam'], source: 'x' },
  { short: 'TT', long: ['thị trấn'], source: 'x' },
  { short: 'NN&PTNT', long: ['Nông nghiệp và Phát triển nông thôn'], source: 'x' },
];

describe('aliasForms', () => {
  it('gives a page that writes the abbreviation its full form, and the other way round', () => {
    expect(aliasForms('Mô hình bảo đảm ANTT tại cơ sở', ALIASES)).toEqual(['an ninh trật tự']);
    expect(aliasForms('Tại Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Tuyên Quang', ALIASES)).toEqual(['BIDV']);
    expect(aliasForms('giữ gìn AN NINH, TRẬT TỰ', ALIASES)).toEqual(['ANTT']);
  });

  it('adds nothing the page already writes, and never reads a lower-case word as an abbreviation', () => {
    expect(aliasForms('ANTT là an ninh trật tự', ALIASES)).toEqual([]);
    expect(aliasForms('tt, antt và bidv viết thường', ALIASES)).toEqual([]);
    expect(aliasForms('Thị trấn Yên Sơn', ALIASES)).toEqual(['TT']);
  });

  it('matches an abbreviation with “&” whole', () => {
    expect(aliasForms('Sở NN&PTNT', ALIASES)).toEqual(['Nông nghiệp và Phát triển nông thôn']);
  });
});

describe('parseAliases', () => {
  it('reads the project’s table without a problem, every entry with its source', () => {
    const file = 'src/data/searchAliases.yml';
    const { aliases, errors } = parseAliases(readFileSync(join(import.meta.dirname, '../../..', file), 'utf8'), file);
    expect(errors).toEqual([]);
    expect(aliases.map((a) => a.short)).toEqual(expect.arrayContaining(['ANTT', 'ANTQ', 'PCCC', 'BIDV', 'UBND', 'TP', 'TT']));
  });

  it('names the file, the entry and the field of a mistake, in Vietnamese', () => {
    const { errors } = parseAliases('aliases:\n  - short: antt\n    long: []\n', 'bang.yml');
    expect(errors).toEqual([
      'bang.yml, mục 1 (antt): "short" phải viết hoa, liền, ví dụ ANTT hoặc NN&PTNT.',
      'bang.yml, mục 1 (antt): "long" cần ít nhất một dạng đầy đủ, mỗi dạng là một chuỗi chữ.',
      'bang.yml, mục 1 (antt): thiếu "source" (căn cứ của cách viết tắt này).',
    ]);
  });
});
