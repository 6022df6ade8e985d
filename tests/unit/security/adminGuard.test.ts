import { describe, expect, it } from 'vitest';
import { adminGuard } from '~/lib/security/adminGuard';

const at = (href: string) => {
  const url = new URL(href);
  return { origin: url.origin, pathname: url.pathname, search: url.search, hash: url.hash };
};

describe('the /admin guard that runs before Decap', () => {
  it('starts the CMS on the site origin when no separate admin origin is configured', () => {
    expect(adminGuard(at('https://antt.example.vn/admin/'), false)).toEqual({ run: true });
  });

  it('sends an editor from the public origin to the admin origin, keeping the route', () => {
    expect(adminGuard(at('https://antt.example.vn/admin/#/collections/models'), false, 'https://cms.example.vn')).toEqual({
      run: false,
      reason: 'other-origin',
      redirect: 'https://cms.example.vn/admin/#/collections/models',
    });
  });

  it('starts the CMS on the admin origin', () => {
    expect(adminGuard(at('https://cms.example.vn/admin/'), false, 'https://cms.example.vn')).toEqual({ run: true });
  });

  it('never starts inside a frame (clickjacking where the host cannot send frame-ancestors)', () => {
    expect(adminGuard(at('https://cms.example.vn/admin/'), true, 'https://cms.example.vn')).toEqual({ run: false, reason: 'framed' });
    expect(adminGuard(at('https://antt.example.vn/admin/'), true)).toEqual({ run: false, reason: 'framed' });
  });
});
