/**
 * What an editor does in Decap at /admin, as steps the CMS browser tests share:
 * open a screen, pick from a select or relation box, fill a new model, save and publish.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const MODEL_NAME = 'Đội tự quản bảo vệ đường điện Hồng Thái';
export const MODEL_SLUG = 'doi-tu-quan-bao-ve-duong-dien-hong-thai';

export interface CmsEditor {
  /** Loads /admin afresh at a route, so no form state carries over; waits for the form's first field on editor routes. */
  open(hash: string, firstField?: string): Promise<void>;
  /** Logs in to the local backend and waits for the collections. */
  logIn(): Promise<void>;
  /** Picks an option in one of Decap's select or relation boxes, found by its label. */
  pick(label: string, option: RegExp | string, typed?: string): Promise<void>;
  /** Fills a new self-managed power-grid model, named MODEL_NAME unless told. */
  fillNewModel(host: string, summary: string, name?: string): Promise<void>;
  /** Replaces the Markdown body with `markdown`, typed line by line in the editor's Markdown mode. */
  typeBody(markdown: string): Promise<void>;
  /** Clicks "Lưu" and waits until the entry is a saved draft (its status button appears). */
  save(): Promise<void>;
  /** Marks the saved draft ready and publishes it now; `shot` is called on the status and publish menus. */
  publish(shot?: { status: () => Promise<void>; publish: () => Promise<void> }): Promise<void>;
}

export function cmsEditor(page: Page, siteUrl: string): CmsEditor {
  const statusButton = () => page.getByRole('button', { name: /^Trạng thái/ });
  const editor: CmsEditor = {
    async open(hash, firstField = 'Tên mô hình') {
      await page.goto('about:blank');
      await page.goto(`${siteUrl}/admin/#${hash}`, { timeout: 120_000 });
      if (hash.includes('/new') || hash.includes('/entries/')) await page.getByLabel(firstField, { exact: true }).waitFor({ timeout: 60_000 });
    },
    async logIn() {
      await editor.open('/');
      await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 120_000 });
      await page.getByText('Mô hình').first().waitFor({ timeout: 90_000 });
    },
    async pick(label, option, typed) {
      const input = page.getByLabel(label, { exact: true });
      await input.click();
      if (typed) await input.pressSequentially(typed, { delay: 30 });
      await page.getByRole('option', { name: option }).first().click();
    },
    async fillNewModel(host, summary, name = MODEL_NAME) {
      await page.getByLabel('Tên mô hình').fill(name);
      await editor.pick('Loại mô hình', 'Tự quản');
      await editor.pick('Lĩnh vực', 'Điện lực');
      await page.getByLabel('Đơn vị chủ trì').fill(host);
      await editor.pick('Địa bàn', /Yên Sơn \(xa-yen-son\)/, 'Yên Sơn');
      await page.getByLabel('Tóm tắt').fill(summary);
    },
    async typeBody(markdown) {
      // The body's mode switch sits before its "Markdown" label (Decap's Toggle drops its aria-label); on = Markdown.
      const markdownMode = page.locator('xpath=//*[@role="switch"][following-sibling::*[1][normalize-space()="Markdown"]]');
      if ((await markdownMode.getAttribute('aria-checked')) !== 'true') await markdownMode.click();
      await expect.poll(() => markdownMode.getAttribute('aria-checked')).toBe('true');
      // In Markdown mode the body is the form's one Slate editor, a paragraph per line.
      const body = page.locator('[data-slate-editor="true"]');
      await body.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      for (const [i, line] of markdown.split('\n').entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        if (line) await page.keyboard.insertText(line);
      }
      // Slate marks an empty line with a zero-width no-break space.
      const words = (text: string) =>
        text
          .replace(/\uFEFF/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      await expect.poll(() => body.innerText().then(words)).toBe(words(markdown));
    },
    async save() {
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => statusButton().count(), { timeout: 30_000 }).toBe(1);
    },
    async publish(shot) {
      await statusButton().click();
      await shot?.status();
      await page.getByRole('menuitem', { name: /Sẵn sàng/ }).click();
      await expect.poll(() => page.getByRole('button', { name: /Sẵn sàng/ }).count(), { timeout: 20_000 }).toBe(1);
      await page.getByRole('button', { name: 'Công bố', exact: true }).click();
      await shot?.publish();
      await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
      await expect.poll(() => page.getByText('Mục đã được công bố').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    },
  };
  return editor;
}
