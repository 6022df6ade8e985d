import { describe, expect, it } from 'vitest';
import { ui } from '~/i18n/ui';
import { breadcrumbTrail } from '~/lib/breadcrumbTrail';
import { urls } from '~/lib/urls';

describe('breadcrumb trails', () => {
  it('start at the home page, then follow the steps given', () => {
    expect(breadcrumbTrail({ label: 'Tin tức', href: '/tin-tuc/' }, { label: 'Một bài' })).toEqual([
      { label: ui.breadcrumbs.home, href: urls.home },
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Một bài' },
    ]);
    expect(ui.breadcrumbs.home).toBe('Trang chủ');
  });
});
