import { describe, expect, test } from 'vitest';
import { facebookShareUrl, shareQuery, shareTarget } from '~/lib/shareTarget';

const ORIGIN = 'https://antt.example.vn';

describe('what the share page shares', () => {
  test('a page of the site, with its title, from the link the article page makes', () => {
    const query = shareQuery('/bai-viet/tin-moi/', 'Tin mới: “Tổ tự quản” & bà con');
    expect(shareTarget(query, ORIGIN)).toEqual({ url: `${ORIGIN}/bai-viet/tin-moi/`, title: 'Tin mới: “Tổ tự quản” & bà con' });
  });

  test('never another site’s link, however it is written', () => {
    for (const p of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', 'bai-viet/x/']) {
      expect(shareTarget(`?${new URLSearchParams({ p, t: 'x' })}`, ORIGIN), p).toBeUndefined();
    }
    expect(shareTarget('', ORIGIN)).toBeUndefined();
  });

  test('a very long or multi-line title is kept to one line of at most 200 characters', () => {
    const target = shareTarget(shareQuery('/', `a\n\n${'b'.repeat(300)}`), ORIGIN);
    expect(target?.title.length).toBe(200);
    expect(target?.title).not.toContain('\n');
  });

  test('Facebook gets the page’s address, encoded', () => {
    expect(facebookShareUrl(`${ORIGIN}/bai-viet/a?b=1&c=2`)).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fantt.example.vn%2Fbai-viet%2Fa%3Fb%3D1%26c%3D2',
    );
  });
});
