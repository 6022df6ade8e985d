/**
 * The content check reads front matter with its own reader; Astro builds from what its
 * parser reads. For every file the check accepts, both must read the same fields and the
 * same body, or the check would pass what the build then shows differently.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readYaml } from '~/lib/frontMatter/readYaml';
import { splitFrontMatter } from '~/lib/frontMatter/splitFrontMatter';
import { articleFields } from '~/schema/articleFields';
import { schemaFromFields } from '~/schema/toZod';
import { PROJECT_ROOT } from '../../support/buildSite';

const schema = schemaFromFields(articleFields, { image: () => z.string(), reference: () => z.string() });

const BASE = `title: "Tổ tự quản: an ninh, trật tự"
description: "Tóm tắt."
publishDate: "2024-05-17"
author: "Hoàng Thị Mai"
authorUnit: "Phòng Tham mưu"
tags: ["an ninh", "tự quản"]
draft: false
`;
const BODY = '\nNội dung bài.\n\n--- \n\nĐoạn sau đường kẻ.\n';

const UNUSUAL: Record<string, string> = {
  'a byte order mark': `\uFEFF---\n${BASE}---\n${BODY}`,
  'blank lines before the opening ---': `\n  \n---\n${BASE}---\n${BODY}`,
  'spaces after both ---': `---  \n${BASE}--- \t\n${BODY}`,
  'Windows line endings': `---\n${BASE}---\n${BODY}`.replace(/\n/g, '\r\n'),
  'an unquoted date': `---\n${BASE.replace('"2024-05-17"', '2024-05-17')}---\n${BODY}`,
  'a quoted text over indented lines with ---': `---\n${BASE.replace('"Tóm tắt."', '"Tóm tắt\n  ---\n  tiếp."')}---\n${BODY}`,
  'a block text': `---\n${BASE.replace('"Tóm tắt."', '|\n  Dòng một\n  ---\n  Dòng ba')}---\n${BODY}`,
  'no body at all': `---\n${BASE}---`,
};

function ours(text: string) {
  const split = splitFrontMatter(text);
  if (!split.ok) throw new Error(split.message);
  const read = readYaml(split.parts.yaml, split.parts.yamlLine);
  expect(read.issues).toEqual([]);
  return { data: read.data, body: split.parts.body };
}

function expectSameReading(text: string) {
  const astro = parseFrontmatter(text);
  const mine = ours(text);
  expect(schema.parse(mine.data)).toEqual(schema.parse(astro.frontmatter));
  // Astro keeps the rest of the closing line in the body; both render the same.
  expect(mine.body.trim()).toBe(astro.content.trim());
}

describe('the front-matter reader agrees with Astro on every file the check accepts', () => {
  it.each(Object.entries(UNUSUAL))('%s', (_, text) => expectSameReading(text));

  it('on every Markdown entry of the project', () => {
    for (const collection of ['articles', 'models']) {
      const dir = join(PROJECT_ROOT, 'content', collection);
      for (const id of readdirSync(dir)) {
        const text = readFileSync(join(dir, id, 'index.md'), 'utf8');
        const mine = ours(text);
        expect(mine.data).toEqual(parseFrontmatter(text).frontmatter);
      }
    }
  });
});
