import { describe, expect, test } from 'vitest';
import { siteUrlProblem } from '~/lib/siteUrlProblem';

describe('the public address a build needs', () => {
  test('a production build without SITE_URL is refused with a Vietnamese message naming the variable', () => {
    for (const value of [undefined, '', '   ']) {
      const message = siteUrlProblem('build', value);
      expect(message).toContain('SITE_URL');
      expect(message).toContain('Chưa đặt biến môi trường');
    }
  });

  test('development, preview and type checks keep their local default', () => {
    for (const command of ['dev', 'preview', 'sync']) expect(siteUrlProblem(command, undefined)).toBeUndefined();
  });

  test('an address that is not a full http(s) URL is refused too', () => {
    expect(siteUrlProblem('build', 'antt.tuyenquang.gov.vn')).toContain('không phải một địa chỉ đầy đủ');
    expect(siteUrlProblem('build', 'ftp://antt.tuyenquang.gov.vn')).toContain('https://');
    expect(siteUrlProblem('build', 'https://antt.tuyenquang.gov.vn')).toBeUndefined();
  });
});
