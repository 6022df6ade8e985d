/**
 * A throw-away project root whose content/ holds the smallest valid set (one article,
 * one model, two places), written here from scratch, with helpers to break it one
 * field or one file at a time. Images are real files made by sharp.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import sharp from 'sharp';
import { afterEach, beforeEach } from 'vitest';
import { splitFrontMatter } from '~/lib/frontMatter/splitFrontMatter';

/** Ids and files of the valid set, relative to the fixture root. */
export const ARTICLE_ID = 'cao-bang-nhan-rong-mo-hinh-tu-quan-o-khu-vuc-bien-gioi';
export const MODEL_ID = 'tu-quan-antt-cho-bien-gioi-tra-linh';
export const PROVINCE_ID = 'tinh-cao-bang';
export const COMMUNE_ID = 'xa-tra-linh';

export const ARTICLE_FILE = `content/articles/${ARTICLE_ID}/index.md`;
export const MODEL_FILE = `content/models/${MODEL_ID}/index.md`;
export const PROVINCE_FILE = `content/localities/${PROVINCE_ID}.yml`;
export const COMMUNE_FILE = `content/localities/${COMMUNE_ID}.yml`;
/** The article's cover photo, beside it. */
export const COVER_FILE = `content/articles/${ARTICLE_ID}/anh-bia.jpg`;

const ARTICLE = `---
title: "Cao Bằng nhân rộng mô hình tự quản ở khu vực biên giới"
description: "Công an tỉnh Cao Bằng phối hợp với chính quyền xã Trà Lĩnh duy trì tổ tự quản tại chợ biên giới, góp phần giữ vững an ninh, trật tự."
publishDate: "2024-05-17"
author: "Hoàng Thị Mai"
authorUnit: "Phòng Tham mưu, Công an tỉnh Cao Bằng"
cover:
  src: ./anh-bia.jpg
  alt: "Tổ tự quản tuần tra tại chợ biên giới Trà Lĩnh"
tags: ["mô hình tự quản", "khu vực biên giới"]
models:
  - ${MODEL_ID}
localities:
  - ${COMMUNE_ID}
draft: false
---

Những năm qua, phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu vực biên giới tỉnh Cao Bằng có nhiều chuyển biến.

Tại chợ biên giới Trà Lĩnh, tổ tự quản gồm tiểu thương và người dân địa phương thay phiên nhau tuần tra mỗi phiên chợ.
Nhờ vậy, tình trạng trộm cắp và gây rối trật tự giảm rõ rệt.
`;

const MODEL = `---
name: "Chợ biên giới tự quản về an ninh, trật tự xã Trà Lĩnh"
type: tu-quan
sector: khac
host: "Ban quản lý chợ Trà Lĩnh"
locality: ${COMMUNE_ID}
placeAsWritten: "xã Trà Lĩnh, tỉnh Cao Bằng"
established: 2019
status: hoat-dong
summary: "Tiểu thương và người dân tự tổ chức tuần tra, giữ gìn an ninh, trật tự tại chợ biên giới Trà Lĩnh."
sources: [${ARTICLE_ID}]
draft: false
---

Tổ tự quản được thành lập năm 2019 với 12 thành viên, hoạt động vào các ngày phiên chợ.
`;

const PROVINCE = `name: "Cao Bằng"
kind: tinh
current: true
`;

const COMMUNE = `name: "Trà Lĩnh"
kind: xa
parent: ${PROVINCE_ID}
current: true
aliases: ["xã Trà Lĩnh"]
`;

/** A small real photo: a JPEG (or PNG) of one colour. */
export function photo(format: 'jpeg' | 'png', width = 64, height = 48): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 110, b: 70 } } });
  return (format === 'jpeg' ? image.jpeg() : image.png()).toBuffer();
}

export interface ContentFixture {
  root: string;
  /** Writes (or overwrites) a file under the root, creating its folders. */
  write(file: string, content: string | Buffer): Promise<void>;
  read(file: string): Promise<string>;
  remove(file: string): Promise<void>;
  /** Rewrites a file's text, e.g. to put in YAML that `setFields` could not produce. */
  editText(file: string, edit: (text: string) => string): Promise<void>;
  /**
   * Sets front-matter fields (or a .yml file's fields) to the given values, keeping the
   * others and the body; a value of `undefined` removes the field.
   */
  setFields(file: string, fields: Record<string, unknown>): Promise<void>;
  /** Writes a copy of the valid model under another folder name. */
  addModel(folder: string): Promise<string>;
  cleanup(): Promise<void>;
}

export async function createContentFixture(): Promise<ContentFixture> {
  const root = await mkdtemp(join(tmpdir(), 'tdbv-content-'));
  const write = async (file: string, content: string | Buffer) => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  };
  const read = (file: string) => readFile(join(root, file), 'utf8');
  const editText = async (file: string, edit: (text: string) => string) => write(file, edit(await read(file)));

  await write(ARTICLE_FILE, ARTICLE);
  await write(COVER_FILE, await photo('jpeg'));
  await write(MODEL_FILE, MODEL);
  await write(PROVINCE_FILE, PROVINCE);
  await write(COMMUNE_FILE, COMMUNE);

  return {
    root,
    write,
    read,
    editText,
    remove: (file) => rm(join(root, file), { recursive: true, force: true }),
    setFields: (file, fields) =>
      editText(file, (text) => {
        const split = file.endsWith('.md') ? splitFrontMatter(text) : undefined;
        if (split && !split.ok) throw new Error(`${file} has no front matter to edit`);
        const parts = split?.parts;
        // The core schema keeps dates as the text written, so they are written back unchanged.
        const data = (parse(parts ? parts.yaml : text, { schema: 'core' }) ?? {}) as Record<string, unknown>;
        for (const [name, value] of Object.entries(fields)) {
          if (value === undefined) delete data[name];
          else data[name] = value;
        }
        const dumped = stringify(data, { lineWidth: 0 });
        return parts ? `---\n${dumped}---\n${parts.body}` : dumped;
      }),
    addModel: async (folder) => {
      const file = `content/models/${folder}/index.md`;
      await write(file, MODEL);
      return file;
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * A fresh fixture for every test of the calling file: registers the set-up and
 * clean-up hooks and returns a handle that always points at the current fixture.
 */
export function useContentFixture(): ContentFixture {
  let current: ContentFixture | undefined;
  beforeEach(async () => {
    current = await createContentFixture();
  });
  afterEach(async () => {
    await current?.cleanup();
  });
  return new Proxy({} as ContentFixture, {
    get: (_, key) => {
      if (!current) throw new Error('useContentFixture: used outside a test');
      const value = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
