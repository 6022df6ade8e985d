import { describe, expect, test } from 'vitest';
import { parseHotline, socialLink, socialLinks, telHref } from '~/lib/siteContact';

describe('contact lines from the site settings', () => {
  test('a hotline "Tên: số" shows its name and calls its number', () => {
    expect(parseHotline('Cảnh sát 113: 113')).toEqual({ label: 'Cảnh sát 113', number: '113', href: 'tel:113' });
    expect(parseHotline('Trực ban: 0207 3822 000')).toMatchObject({ number: '0207 3822 000', href: 'tel:02073822000' });
  });

  test('a hotline written as a number alone is still callable', () => {
    expect(parseHotline(' 113 ')).toEqual({ label: '', number: '113', href: 'tel:113' });
  });

  test('text without a phone number is shown but not linked', () => {
    expect(parseHotline('Trực ban: chưa có').href).toBeUndefined();
    expect(telHref('+84 207 382')).toBe('tel:+84207382');
  });

  test('social pages get the network name, and only https addresses are linked', () => {
    expect(socialLink('https://www.facebook.com/congantuyenquang')).toEqual({ href: 'https://www.facebook.com/congantuyenquang', label: 'Facebook' });
    expect(socialLink('https://zalo.me/123')?.label).toBe('Zalo');
    expect(socialLink('https://example.gov.vn/trang')?.label).toBe('example.gov.vn');
    expect(socialLink('javascript:alert(1)')).toBeUndefined();
    expect(socialLink('http://facebook.com/x')).toBeUndefined();
    expect(socialLink('facebook.com/x')).toBeUndefined();
  });

  test('the social pages shown are only the https:// addresses an editor listed, named by network', () => {
    expect(socialLinks(['https://www.facebook.com/congantuyenquang', 'http://zalo.me/123', 'trang của đơn vị'])).toEqual([
      { href: 'https://www.facebook.com/congantuyenquang', label: 'Facebook' },
    ]);
    expect(socialLinks(undefined)).toEqual([]);
  });
});
