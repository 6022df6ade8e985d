/**
 * The interface's words, now read from src/i18n and the field definitions, as readers
 * get them in the built pages: sentences with links inside read whole, the facts box
 * names fields as the CMS does, and the language is declared everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { modelFields } from '~/schema/modelFields';
import { PROJECT_ROOT } from '../support/buildSite';

const siteDir = inject('siteDir');
/** A built page's markup without Astro's scoping attributes. */
const html = (path: string) => readFileSync(join(siteDir, path), 'utf8').replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '');

describe('interface text in the built pages', () => {
  it('writes the 404 suggestions as sentences with their links in place', () => {
    expect(html('404.html')).toContain(
      '<ul><li><a href="/tim-kiem/">Tìm kiếm</a> mô hình, địa bàn hoặc tin tức;</li>' +
        '<li>xem <a href="/mo-hinh/">danh sách mô hình</a> hoặc <a href="/tin-tuc/">tin tức mới</a>;</li>' +
        '<li>về <a href="/">trang chủ</a>.</li></ul>',
    );
  });

  it('says where a former commune belonged and what it became, links inside the sentence', () => {
    const page = html('dia-ban/xa-trang-da/index.html');
    expect(page).toContain(
      '<li>Trước ngày 1/7/2025 thuộc <a href="/dia-ban/thanh-pho-tuyen-quang/">thành phố Tuyên Quang</a>, <a href="/dia-ban/tinh-tuyen-quang/">tỉnh Tuyên Quang</a>.</li>',
    );
    expect(page).toContain('<li>Từ ngày 1/7/2025 thuộc <a href="/dia-ban/phuong-nong-tien/">phường Nông Tiến</a>.</li>');
    expect(page).toContain('<li>Tên gọi khác: X. Tràng Đà.</li>');
  });

  it('invites to search from the models directory within its opening sentence', () => {
    expect(html('mo-hinh/index.html')).toMatch(
      /<p>\d+ mô hình tự quản và liên kết\. Duyệt theo loại, lĩnh vực hoặc địa bàn, hoặc <a href="\/tim-kiem\/">tìm kiếm<\/a>\.<\/p>/,
    );
  });

  it('labels the facts of a model with the field labels editors see in the CMS', () => {
    const page = html('mo-hinh/lien-ket-bao-dam-antt-kho-vat-lieu-no-trang-da/index.html');
    // The facts box only: the footer lists the publisher's details as terms too.
    const facts = /<section class="facts"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    const terms = [...facts.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1]);
    expect(terms).toEqual(['Loại mô hình', 'Lĩnh vực', 'Đơn vị chủ trì', 'Đơn vị liên kết', 'Địa bàn', 'Nay thuộc', 'Tình trạng', 'Nguồn']);
    const cmsLabel = (name: string) => modelFields.find((f) => f.name === name)?.label;
    expect(['type', 'sector', 'host', 'partners', 'locality', 'status'].map(cmsLabel)).toEqual(terms.filter((t) => t !== 'Nay thuộc' && t !== 'Nguồn'));
  });

  it('declares Vietnamese in the feed and in every article’s structured data', () => {
    expect(readFileSync(join(siteDir, 'rss.xml'), 'utf8')).toContain('<language>vi</language>');
    const article = html('bai-viet/tuyen-quang-day-manh-phong-trao-toan-dan-bao-ve-to-quoc-trong-tinh-hinh-moi/index.html');
    expect(article).toContain('"inLanguage":"vi"');
  });

  it('opens an article with its sapo in bold under the byline, the summary while no sapo is written', () => {
    const id = readdirSync(join(PROJECT_ROOT, 'content/articles'))[0]!;
    const source = readFileSync(join(PROJECT_ROOT, 'content/articles', id, 'index.md'), 'utf8');
    const summary = /\ndescription: "([^"]+)"/.exec(source)?.[1];
    expect(source).not.toMatch(/\nsapo:/);
    expect(html(`bai-viet/${id}/index.html`)).toContain(`<p class="sapo">${summary}</p>`);
  });

  it('dates every model’s status by the newest source it is known from', () => {
    const models = readdirSync(join(PROJECT_ROOT, 'content/models'));
    expect(models.length).toBeGreaterThan(0);
    for (const id of models) {
      const source = readFileSync(join(PROJECT_ROOT, 'content/models', id, 'index.md'), 'utf8');
      const sourceIds = [...(/\nsources: \[([^\]]*)\]/.exec(source)?.[1] ?? '').matchAll(/[a-z0-9-]+/g)].map((m) => m[0]);
      const years = sourceIds.map((a) =>
        Number(/\npublishDate: "(\d{4})/.exec(readFileSync(join(PROJECT_ROOT, 'content/articles', a, 'index.md'), 'utf8'))?.[1]),
      );
      const facts = /<section class="facts"[\s\S]*?<\/section>/.exec(html(`mo-hinh/${id}/index.html`))?.[0] ?? '';
      const status = /<dt>Tình trạng<\/dt><dd>([\s\S]*?)<\/dd>/.exec(facts)?.[1] ?? '';
      if (years.length > 0) expect(status, id).toContain(`(theo bài viết năm ${Math.max(...years)})`);
      else expect(status, id).not.toContain('theo bài viết');
    }
  });

  it('keeps "(N mô hình)" on one line and names a sector’s models "trong lĩnh vực"', () => {
    expect(html('dia-ban/index.html')).toMatch(/\(\d+\u00a0mô\u00a0hình\)/);
    const sectorPage = readdirSync(join(siteDir, 'mo-hinh/linh-vuc'))[0]!;
    expect(html(`mo-hinh/linh-vuc/${sectorPage}/index.html`)).toMatch(/<h1>Mô hình trong lĩnh vực [^<]+<\/h1>/);
  });
});
