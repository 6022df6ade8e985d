import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '~/data/glossary';
import { abbreviations } from '~/markdown/abbreviationsPlugin';
import { sanitizeMarkdown } from '~/markdown/sanitizePlugin';

/** Renders with the plugins in the order of astro.config.mjs. */
async function render(markdown: string): Promise<string> {
  const result = await Promise.resolve(
    markdownToHtml(markdown, { hastPlugins: [sanitizeMarkdown, abbreviations(GLOSSARY)], features: { gfm: true, smartPunctuation: false } }),
  );
  return result.html;
}

describe('the abbreviations plugin in the Markdown engine, with the project’s glossary', () => {
  it('explains the first ANTT of a body from src/data/searchAliases.yml, not the heading’s, the link’s or the later ones', async () => {
    const html = await render(['## Bảo đảm ANTT', '', 'Xem [mô hình ANTT](/mo-hinh/).', '', 'Tổ tự quản giữ ANTT; ANTT ổn định, `ANTT` trong mã.'].join('\n'));
    expect(html.match(/<abbr[^>]*>[^<]*<\/abbr>/g)).toEqual(['<abbr title="an ninh, trật tự">ANTT</abbr>']);
    expect(html).toContain('Tổ tự quản giữ <abbr title="an ninh, trật tự">ANTT</abbr>; ANTT ổn định');
  });

  it('works on the sanitised body: raw HTML an editor typed stays harmless and its link text unmarked', async () => {
    const html = await render('<a href="javascript:alert(1)" onclick="x()">UBND xã</a> và UBND huyện.');
    expect(html).not.toMatch(/javascript:|onclick/);
    expect(html).toContain('<abbr title="Ủy ban nhân dân">UBND</abbr> huyện');
    expect(html).not.toMatch(/<a[^>]*><abbr/);
  });
});
