/**
 * The catalogue of hostile and clumsy files: each must-fail case must stop the build with
 * a message naming the file (and the field, where there is one) in words an editor can act
 * on; each legitimate oddity (BOM, CRLF, a blank line first, .DS_Store) must be accepted.
 * Grow it with every new way of breaking a file that is found.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/contentCheck/checkContent';
import { openEntryCheckCache } from '~/lib/contentCheck/entryCheckCache';
import { COLLECTIONS } from '~/schema/collections';
import { ARTICLE_FILE, COVER_FILE, MODEL_FILE, photo, useContentFixture, type ContentFixture } from '../../support/contentFixture';

const fixture = useContentFixture();

interface MustFail {
  name: string;
  break(f: ContentFixture): Promise<void>;
  file: string;
  /** The field named in the problem; null for a whole-file problem. */
  field: string | null;
  /** Words the message must contain, in order. */
  words: string[];
}

const replaceIn = (file: string, from: string | RegExp, to: string) => (f: ContentFixture) =>
  f.editText(file, (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`catalogue case did not change ${file}: ${String(from)}`);
    return next;
  });

const truncated = async (format: 'jpeg' | 'png') => {
  const bytes = await photo(format, 400, 300);
  return bytes.subarray(0, Math.floor(bytes.length * 0.8));
};

const MUST_FAIL: MustFail[] = [
  // Misspelt keys would publish the intended draft.
  { name: 'a misspelt key', break: replaceIn(ARTICLE_FILE, 'draft: false', 'darft: true'), file: ARTICLE_FILE, field: 'darft', words: ['có phải "draft"'] },
  {
    name: 'a key with a capital letter',
    break: replaceIn(ARTICLE_FILE, 'draft: false', 'Draft: true'),
    file: ARTICLE_FILE,
    field: 'Draft',
    words: ['có phải "draft"'],
  },
  {
    name: 'an unknown key with no near name',
    break: replaceIn(MODEL_FILE, 'draft: false', 'draft: false\nghiChu: "xem lại"'),
    file: MODEL_FILE,
    field: 'ghiChu',
    words: ['không có trường nào tên "ghiChu"'],
  },
  // YAML that Astro's reader (js-yaml) would read differently from the check.
  { name: 'a YAML merge key', break: replaceIn(ARTICLE_FILE, 'draft: false', '<<: { draft: true }'), file: ARTICLE_FILE, field: null, words: ['<<'] },
  {
    name: 'a YAML anchor and alias',
    break: replaceIn(ARTICLE_FILE, /author: (".*")\nauthorUnit: ".*"/, 'author: &tacgia $1\nauthorUnit: *tacgia'),
    file: ARTICLE_FILE,
    field: null,
    words: ['neo YAML'],
  },
  { name: 'a YAML tag', break: replaceIn(ARTICLE_FILE, /title: ".*"/, 'title: !!str 2024'), file: ARTICLE_FILE, field: null, words: ['thẻ kiểu YAML'] },
  {
    name: 'a number js-yaml reads as binary',
    break: replaceIn(MODEL_FILE, /host: ".*"/, 'host: 0b1010'),
    file: MODEL_FILE,
    field: null,
    words: ['0b1010', 'ngoặc kép'],
  },
  {
    name: 'an unquoted date in a text field',
    break: replaceIn(MODEL_FILE, /host: ".*"/, 'host: 2024-05-17'),
    file: MODEL_FILE,
    field: 'host',
    words: ['ngày tháng', 'ngoặc kép'],
  },
  {
    name: 'an unquoted impossible date',
    break: replaceIn(ARTICLE_FILE, 'publishDate: "2024-05-17"', 'publishDate: 2021-02-30'),
    file: ARTICLE_FILE,
    field: 'publishDate',
    words: ['không có ngày 30'],
  },
  {
    name: 'a key written twice',
    break: replaceIn(ARTICLE_FILE, 'draft: false', 'draft: false\ndraft: true'),
    file: ARTICLE_FILE,
    field: null,
    words: ['hai lần'],
  },
  { name: 'a tab used to indent', break: replaceIn(ARTICLE_FILE, '  alt:', '\talt:'), file: ARTICLE_FILE, field: null, words: ['sai cú pháp'] },
  // Fences.
  {
    name: 'TOML front matter',
    break: replaceIn(ARTICLE_FILE, /^---\n([\s\S]*?)\n---\n/, '+++\ntitle = "Tin"\n+++\n'),
    file: ARTICLE_FILE,
    field: null,
    words: ['+++'],
  },
  {
    name: 'text after the opening ---',
    break: replaceIn(ARTICLE_FILE, /^---\n/, '--- thông tin\n'),
    file: ARTICLE_FILE,
    field: null,
    words: ['dòng 1', 'ba gạch'],
  },
  { name: 'a closing line of four dashes', break: replaceIn(ARTICLE_FILE, /\n---\n\n/, '\n----\n\n'), file: ARTICLE_FILE, field: null, words: ['dòng đóng'] },
  { name: 'no closing ---', break: replaceIn(ARTICLE_FILE, /\n---\n\n/, '\n\n'), file: ARTICLE_FILE, field: null, words: ['không có dòng --- đóng lại'] },
  { name: 'an empty file', break: (f) => f.write(MODEL_FILE, ''), file: MODEL_FILE, field: null, words: ['thiếu phần thông tin'] },
  {
    name: 'a file not saved as UTF-8',
    break: (f) => f.write(MODEL_FILE, Buffer.concat([Buffer.from('---\nname: "Ch'), Buffer.from([0xe0, 0x20]), Buffer.from('"\n---\n')])),
    file: MODEL_FILE,
    field: null,
    words: ['UTF-8'],
  },
  // Text nobody can see or that breaks the feed.
  {
    name: 'a title of zero-width spaces',
    break: (f) => f.setFields(ARTICLE_FILE, { title: '\u200B\u200B\u200B' }),
    file: ARTICLE_FILE,
    field: 'title',
    words: ['để trống'],
  },
  {
    name: 'a control character in a title',
    break: (f) => f.setFields(ARTICLE_FILE, { title: 'Tin\u0007 an ninh' }),
    file: ARTICLE_FILE,
    field: 'title',
    words: ['điều khiển'],
  },
  {
    name: 'a right-to-left override in an author',
    break: (f) => f.setFields(ARTICLE_FILE, { author: 'Hoàng\u202E Mai' }),
    file: ARTICLE_FILE,
    field: 'author',
    words: ['đảo chiều'],
  },
  {
    name: 'a line break in a title',
    break: (f) => f.setFields(ARTICLE_FILE, { title: 'Dòng một\nDòng hai' }),
    file: ARTICLE_FILE,
    field: 'title',
    words: ['một dòng'],
  },
  {
    name: 'an author pasted as a whole paragraph',
    break: (f) => f.setFields(ARTICLE_FILE, { author: 'Hoàng Thị Mai '.repeat(30) }),
    file: ARTICLE_FILE,
    field: 'author',
    words: ['dài quá 200'],
  },
  {
    name: 'a photo description of zero-width spaces',
    break: (f) => f.setFields(ARTICLE_FILE, { cover: { src: './anh-bia.jpg', alt: '\u200B' } }),
    file: ARTICLE_FILE,
    field: 'cover.alt',
    words: ['mô tả (alt)'],
  },
  {
    name: 'a control character in the body',
    break: replaceIn(ARTICLE_FILE, 'Nhờ vậy,', 'Nhờ\u0000 vậy,'),
    file: ARTICLE_FILE,
    field: null,
    words: ['dòng', 'điều khiển'],
  },
  // Tags become URLs.
  {
    name: 'a tag of punctuation only',
    break: (f) => f.setFields(ARTICLE_FILE, { tags: ['!!!'] }),
    file: ARTICLE_FILE,
    field: 'tags.0',
    words: ['chữ cái hoặc chữ số'],
  },
  {
    name: 'too many tags',
    break: (f) => f.setFields(ARTICLE_FILE, { tags: Array.from({ length: 11 }, (_, i) => `chủ đề ${i + 1}`) }),
    file: ARTICLE_FILE,
    field: 'tags',
    words: ['nhiều quá 10'],
  },
  {
    name: 'a tag as long as a sentence',
    break: (f) => f.setFields(ARTICLE_FILE, { tags: ['phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu vực biên giới tỉnh'] }),
    file: ARTICLE_FILE,
    field: 'tags.0',
    words: ['dài quá 60'],
  },
  { name: 'tags written as one text', break: (f) => f.setFields(ARTICLE_FILE, { tags: 'an ninh' }), file: ARTICLE_FILE, field: 'tags', words: ['danh sách'] },
  // Dates and body.
  {
    name: 'an update before publication',
    break: (f) => f.setFields(ARTICLE_FILE, { updatedDate: '2024-05-01' }),
    file: ARTICLE_FILE,
    field: 'updatedDate',
    words: ['sớm hơn ngày đăng'],
  },
  { name: 'a draft flag written as text', break: (f) => f.setFields(ARTICLE_FILE, { draft: 'true' }), file: ARTICLE_FILE, field: 'draft', words: ['true'] },
  {
    name: 'an article with no body',
    break: replaceIn(ARTICLE_FILE, /\n---\n[\s\S]*$/, '\n---\n\n'),
    file: ARTICLE_FILE,
    field: null,
    words: ['chưa có nội dung'],
  },
  // Photos.
  {
    name: 'a cover outside the entry folder',
    break: (f) => f.setFields(ARTICLE_FILE, { cover: { src: '../../models/anh.jpg', alt: 'Ảnh' } }),
    file: ARTICLE_FILE,
    field: 'cover.src',
    words: ['ngay cạnh bài'],
  },
  {
    name: 'a cover by absolute path',
    break: (f) => f.setFields(ARTICLE_FILE, { cover: { src: '/etc/hostname', alt: 'Ảnh' } }),
    file: ARTICLE_FILE,
    field: 'cover.src',
    words: ['ngay cạnh bài'],
  },
  {
    name: 'a cover in a subfolder',
    break: (f) => f.setFields(ARTICLE_FILE, { cover: { src: './anh/bia.jpg', alt: 'Ảnh' } }),
    file: ARTICLE_FILE,
    field: 'cover.src',
    words: ['ngay cạnh bài'],
  },
  {
    name: 'a cover that is a symlink out of the repository',
    break: async (f) => {
      await f.remove(COVER_FILE);
      await symlink('/etc/hostname', join(f.root, COVER_FILE));
    },
    file: ARTICLE_FILE,
    field: 'cover.src',
    words: ['symlink'],
  },
  {
    name: 'an SVG cover (it can carry script)',
    break: async (f) => {
      await f.write(COVER_FILE.replace('.jpg', '.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await f.setFields(ARTICLE_FILE, { cover: { src: './anh-bia.svg', alt: 'Ảnh' } });
    },
    file: ARTICLE_FILE,
    field: 'cover.src',
    words: ['SVG'],
  },
  { name: 'a truncated JPEG', break: async (f) => f.write(COVER_FILE, await truncated('jpeg')), file: ARTICLE_FILE, field: 'cover.src', words: ['bị hỏng'] },
  {
    name: 'a truncated PNG',
    break: async (f) => {
      await f.write(COVER_FILE.replace('.jpg', '.png'), await truncated('png'));
      await f.setFields(ARTICLE_FILE, { cover: { src: './anh-bia.png', alt: 'Ảnh' } });
    },
    file: ARTICLE_FILE,
    field: 'cover.src',
    words: ['bị hỏng'],
  },
  // Gallery photos follow the cover's rules, each reported at its own place in the list.
  {
    name: 'a gallery photo without a description',
    break: (f) =>
      f.setFields(ARTICLE_FILE, {
        gallery: [
          { src: './anh-bia.jpg', alt: 'Ảnh bìa' },
          { src: './anh-bia.jpg', caption: 'Chợ phiên' },
        ],
      }),
    file: ARTICLE_FILE,
    field: 'gallery.1.alt',
    words: ['mô tả', 'khiếm thị'],
  },
  {
    name: 'a gallery photo that is not beside the article',
    break: (f) => f.setFields(ARTICLE_FILE, { gallery: [{ src: './khong-co.jpg', alt: 'Tuần tra' }] }),
    file: ARTICLE_FILE,
    field: 'gallery.0.src',
    words: ['không tìm thấy', 'khong-co.jpg'],
  },
  {
    name: 'a gallery photo in another folder',
    break: (f) => f.setFields(ARTICLE_FILE, { gallery: [{ src: '../../models/anh.jpg', alt: 'Tuần tra' }] }),
    file: ARTICLE_FILE,
    field: 'gallery.0.src',
    words: ['cạnh bài'],
  },
  {
    name: 'an SVG gallery photo',
    break: async (f) => {
      await f.write(COVER_FILE.replace('anh-bia.jpg', 'bo-anh.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await f.setFields(ARTICLE_FILE, { gallery: [{ src: './bo-anh.svg', alt: 'Tuần tra' }] });
    },
    file: ARTICLE_FILE,
    field: 'gallery.0.src',
    words: ['SVG'],
  },
  {
    name: 'a truncated gallery photo',
    break: async (f) => {
      await f.write(COVER_FILE.replace('anh-bia.jpg', 'bo-anh.jpg'), await truncated('jpeg'));
      await f.setFields(ARTICLE_FILE, {
        gallery: [
          { src: './anh-bia.jpg', alt: 'Ảnh bìa' },
          { src: './bo-anh.jpg', alt: 'Tuần tra' },
        ],
      });
    },
    file: ARTICLE_FILE,
    field: 'gallery.1.src',
    words: ['bị hỏng'],
  },
  {
    name: 'a gallery written as one photo instead of a list',
    break: (f) => f.setFields(ARTICLE_FILE, { gallery: { src: './anh-bia.jpg', alt: 'Tuần tra' } }),
    file: ARTICLE_FILE,
    field: 'gallery',
    words: ['danh sách ảnh'],
  },
  {
    name: 'a gallery with more photos than allowed',
    break: (f) => f.setFields(ARTICLE_FILE, { gallery: Array.from({ length: 25 }, (_, i) => ({ src: './anh-bia.jpg', alt: `Ảnh ${i + 1}` })) }),
    file: ARTICLE_FILE,
    field: 'gallery',
    words: ['nhiều quá 24 ảnh'],
  },
  {
    name: 'an entry file that is a symlink',
    break: async (f) => {
      await mkdir(join(f.root, 'content/models/ban-sao'), { recursive: true });
      await symlink(join(f.root, MODEL_FILE), join(f.root, 'content/models/ban-sao/index.md'));
    },
    file: 'content/models/ban-sao/index.md',
    field: null,
    words: ['symlink'],
  },
];

describe('the content check refuses every hostile or clumsy file in the catalogue', () => {
  it.each(MUST_FAIL)('$name', async ({ break: breakIt, file, field, words }) => {
    await breakIt(fixture);
    const problems = await checkContent(fixture.root);
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'), 's');
    expect(problems).toContainEqual(expect.objectContaining({ file, message: expect.stringMatching(pattern) }));
    const matching = problems.find((p) => p.file === file && pattern.test(p.message));
    expect(matching?.field ?? null).toBe(field);
  });
});

interface MustPass {
  name: string;
  change(f: ContentFixture): Promise<void>;
}

const MUST_PASS: MustPass[] = [
  { name: 'a UTF-8 byte order mark before the front matter', change: replaceIn(ARTICLE_FILE, /^/, '\uFEFF') },
  { name: 'a blank line before the opening ---', change: replaceIn(ARTICLE_FILE, /^/, '\n') },
  { name: 'spaces after the closing ---', change: replaceIn(ARTICLE_FILE, /\n---\n\n/, '\n---  \n\n') },
  { name: 'Windows line endings (CRLF)', change: (f) => f.editText(MODEL_FILE, (text) => text.replace(/\n/g, '\r\n')) },
  { name: 'an unquoted publish date', change: replaceIn(ARTICLE_FILE, 'publishDate: "2024-05-17"', 'publishDate: 2024-05-17') },
  {
    name: 'a quoted description continued over indented lines, one of them ---',
    change: replaceIn(ARTICLE_FILE, /description: ".*"/, 'description: "Công an tỉnh phối hợp với xã\n  ---\n  duy trì tổ tự quản."'),
  },
  {
    name: 'a gallery of photos beside the article, one with a caption and one without',
    change: async (f) => {
      await f.write(COVER_FILE.replace('anh-bia.jpg', 'tuan-tra.png'), await photo('png'));
      await f.setFields(ARTICLE_FILE, {
        gallery: [
          { src: './anh-bia.jpg', alt: 'Tổ tự quản họp', caption: 'Buổi họp tổ tự quản' },
          { src: './tuan-tra.png', alt: 'Tuần tra chợ phiên' },
        ],
      });
    },
  },
  { name: 'a title with an emoji joined by zero-width joiners', change: (f) => f.setFields(ARTICLE_FILE, { title: 'Gia đình 👨‍👩‍👧 tự quản' }) },
  {
    name: 'files a computer or git leaves beside entries',
    change: async (f) => {
      for (const file of ['content/articles/.DS_Store', 'content/models/.gitkeep', `${dirname(COVER_FILE)}/.DS_Store`, `${dirname(MODEL_FILE)}/Thumbs.db`]) {
        await writeFile(join(f.root, file), 'x');
      }
    },
  },
];

describe('the content check accepts legitimate files that look unusual', () => {
  it.each(MUST_PASS)('$name', async ({ change }) => {
    await change(fixture);
    expect(await checkContent(fixture.root)).toEqual([]);
  });
});

/**
 * The build keeps what each file's text alone decides between builds (entryCheckCache.ts). On
 * every case of the catalogue, the build that fills the cache and the next one, which reads
 * unchanged files from it, must report exactly what a check with no cache reports.
 */
describe('a kept check reports the same as a full one, on every case of the catalogue', () => {
  const keptTwice = async (root: string) => {
    const first = await openEntryCheckCache(root);
    const filled = await checkContent(root, COLLECTIONS, first);
    await first.save();
    const second = await openEntryCheckCache(root);
    const reused = await checkContent(root, COLLECTIONS, second);
    return { filled, reused, hits: second.hits };
  };

  it.each(MUST_FAIL)('$name', async ({ break: breakIt }) => {
    await breakIt(fixture);
    const full = await checkContent(fixture.root);
    const { filled, reused, hits } = await keptTwice(fixture.root);
    expect(full.length).toBeGreaterThan(0);
    expect(filled).toEqual(full);
    expect(reused).toEqual(full);
    // The places at least were read from the cache: the second check did use it.
    expect(hits).toBeGreaterThan(0);
  });

  it.each(MUST_PASS)('$name', async ({ change }) => {
    await change(fixture);
    const { filled, reused, hits } = await keptTwice(fixture.root);
    expect(filled).toEqual([]);
    expect(reused).toEqual([]);
    expect(hits).toBeGreaterThan(0);
  });
});
