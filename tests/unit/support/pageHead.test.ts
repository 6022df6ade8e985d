import { describe, expect, it } from 'vitest';
import { headProblems, pageHead } from '../../support/pageHead';

const ORIGIN = 'https://antt.example';
const head = (title: string, description: string, canonical: string) =>
  `<head><title>${title}</title><meta name="description" content="${description}"><link rel="canonical" href="${canonical}"></head>`;

describe('headProblems', () => {
  it('accepts a page with a title, a description and its own canonical URL', () => {
    expect(headProblems('/mo-hinh/', pageHead(head('Mô hình', 'Danh sách', `${ORIGIN}/mo-hinh/`)), ORIGIN)).toEqual([]);
  });

  it('reports an empty title, a missing description and a missing canonical URL', () => {
    expect(headProblems('/', pageHead('<head><title>  </title></head>'), ORIGIN)).toEqual([
      'has an empty or missing <title>',
      'has no meta description',
      'has no canonical URL',
    ]);
  });

  it('reports a canonical URL for another path or origin, unless the page is served at any path', () => {
    const page = pageHead(head('T', 'D', 'http://localhost/404/'));
    expect(headProblems('/404.html', page, ORIGIN)).toEqual([
      `has a canonical URL on http://localhost, not ${ORIGIN}`,
      'has a canonical URL for /404/, not its own path',
    ]);
    expect(headProblems('/404.html', page, ORIGIN, false)).toEqual([`has a canonical URL on http://localhost, not ${ORIGIN}`]);
  });
});
