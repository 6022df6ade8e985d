import { describe, expect, test } from 'vitest';
import { pickFeatured } from '~/lib/featuredModels';
import { relatedArticles } from '~/lib/relatedArticles';

const model = (name: string, featured = false, cover?: string) => ({ name, data: { featured, cover } });

describe('the home page’s featured models', () => {
  const models = ['An', 'Bình', 'Cao', 'Dũng', 'Đông', 'Giang', 'Hà', 'Khê'].map((n) => model(n));

  test('are the ones editors marked, in the order given, at most six', () => {
    const marked = models.map((m, i) => (i % 2 === 1 || i === 6 ? { ...m, data: { ...m.data, featured: true } } : m));
    expect(pickFeatured(marked).map((m) => m.name)).toEqual(['Bình', 'Dũng', 'Giang', 'Hà', 'Khê']);
    const all = models.map((m) => ({ ...m, data: { ...m.data, featured: true } }));
    expect(pickFeatured(all)).toHaveLength(6);
  });

  test('while none is marked, are profiles with a photo first, so the home is never empty', () => {
    const withPhoto = [...models.slice(0, 7), model('Khê', false, 'anh.jpg')];
    expect(pickFeatured(withPhoto).map((m) => m.name)).toEqual(['Khê', 'An', 'Bình', 'Cao', 'Dũng', 'Đông']);
  });
});

describe('related news under an article', () => {
  const article = (id: string, models: string[], localities: string[], tags: string[]) => ({
    id,
    data: { models: models.map((m) => ({ id: m })), localities: localities.map((l) => ({ id: l })), tags },
  });
  const self = article('self', ['m1', 'm2'], ['xa-a'], ['Mô hình tự quản']);
  const others = [
    article('newest-tag-only', [], [], ['mô hình tự quản']),
    article('same-place', [], ['xa-a'], []),
    article('same-model', ['m2'], [], []),
    article('unrelated', ['m9'], ['xa-z'], ['khác']),
    self,
  ];

  test('ranks shared models above shared places above shared topics, never itself or the unrelated', () => {
    expect(relatedArticles(self, others).map((a) => a.id)).toEqual(['same-model', 'same-place', 'newest-tag-only']);
  });

  test('matches topics written with other accents or case, and keeps the newest first on a tie', () => {
    const twin = article('older-tag-only', [], [], ['MÔ HÌNH TỰ QUẢN']);
    expect(
      relatedArticles(self, [...others, twin])
        .map((a) => a.id)
        .slice(-2),
    ).toEqual(['newest-tag-only', 'older-tag-only']);
    expect(relatedArticles(self, [...others, twin], 2)).toHaveLength(2);
  });
});
