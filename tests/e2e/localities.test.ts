/**
 * Locality pages as a reader noticed them: two units sharing a name are told apart, the
 * province is not described as if it were only Hà Giang, a former unit with no model
 * says where to look, and a village in a search filter carries its commune. Expected
 * names come from the locality files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/buildSite';
import { entryIds, frontMatter } from '../support/content';

const siteDir = inject('siteDir');
const html = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8').replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '');
const locality = (id: string) => parse(readFileSync(join(PROJECT_ROOT, 'content/localities', `${id}.yml`), 'utf8')) as Record<string, unknown>;
const title = (page: string) => /<title>([^<]*)<\/title>/.exec(page)?.[1];
const h1 = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)?.[1];
/** The unit's page, text only (no markup), for reading its sentences. */
const text = (path: string) => (/<main[\s\S]*<\/main>/.exec(html(path))?.[0] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('locality pages', () => {
  it('give the former and the current phường An Tường different titles and headings', () => {
    expect(locality('phuong-an-tuong-truoc-2025').name).toBe(locality('phuong-an-tuong').name);
    const before = html('dia-ban/phuong-an-tuong-truoc-2025');
    const now = html('dia-ban/phuong-an-tuong');
    expect(title(before)).not.toBe(title(now));
    expect(h1(before)).not.toBe(h1(now));
    expect(h1(before)).toBe('Phường An Tường (cũ)');
    expect(text('dia-ban/phuong-an-tuong')).toContain('Trong đó có địa bàn của các đơn vị cũ: phường An Tường (cũ).');
  });

  it('say the province took in Hà Giang, not that it is made of Hà Giang', () => {
    const page = text('dia-ban/tinh-tuyen-quang');
    expect(page).toContain('Từ ngày 1/7/2025 gồm cả địa bàn của: tỉnh Hà Giang.');
    expect(page).not.toMatch(/Gồm địa bàn của các đơn vị cũ/);
    expect(page).toContain(String(locality('tinh-tuyen-quang').note));
  });

  it('on the Hà Giang page, with no model of its own, give its sourced note and a link to the province of today', () => {
    const page = html('dia-ban/tinh-ha-giang');
    expect(text('dia-ban/tinh-ha-giang')).toContain(String(locality('tinh-ha-giang').note));
    expect(page).toMatch(/Chưa có mô hình nào ghi địa bàn này\. Xem các mô hình của <a href="\/dia-ban\/tinh-tuyen-quang\/">tỉnh Tuyên Quang<\/a> hiện nay\./);
    // Its own name is not listed as another name of it.
    expect(text('dia-ban/tinh-ha-giang')).not.toContain('Tên gọi khác: tỉnh Hà Giang');
  });

  it('file a model placed in a village under "thôn …, xã …" in the search filters', () => {
    const village = locality('thon-14-xa-my-bang');
    const commune = locality(String(village.parent));
    const id = entryIds('models').find((m) => frontMatter('models', m).locality === 'thon-14-xa-my-bang');
    expect(id).toBeDefined();
    const filters = [...html(`mo-hinh/${id}`).matchAll(/<span data-pagefind-filter="dia-ban">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(filters).toContain(`thôn ${village.name}, xã ${commune.name}`);
    expect(filters).not.toContain(`thôn ${village.name}`);
  });
});
