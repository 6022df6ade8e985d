import { describe, expect, test } from 'vitest';
import { siteUrlPathProblem } from '../../../src/lib/deploy/siteUrlPath';

describe('a SITE_URL under a path is refused, since every link starts at the domain root', () => {
  test('a domain root, with or without the slash, is accepted', () => {
    expect(siteUrlPathProblem('https://antt.tuyenquang.gov.vn')).toBeUndefined();
    expect(siteUrlPathProblem('https://antt.tuyenquang.gov.vn/')).toBeUndefined();
    expect(siteUrlPathProblem('http://127.0.0.1:4321/')).toBeUndefined();
  });

  test('GitHub Pages without a custom domain: the message says how to set one', () => {
    const problem = siteUrlPathProblem('https://cong-an.github.io/antt/');
    expect(problem).toContain('SITE_URL="https://cong-an.github.io/antt/" có đường dẫn "/antt/"');
    expect(problem).toContain('Settings → Pages → Custom domain');
    expect(problem).toContain('CNAME');
  });

  test('another host under a path: the message proposes the root of the domain', () => {
    const problem = siteUrlPathProblem('https://congan.tuyenquang.gov.vn/antt');
    expect(problem).toContain('"/antt"');
    expect(problem).toContain('SITE_URL=https://congan.tuyenquang.gov.vn/');
    expect(problem).not.toContain('GitHub');
  });
});
