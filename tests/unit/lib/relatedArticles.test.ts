import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedCandidate } from '~/lib/relatedArticles';

const article = (id: string, models: string[] = [], localities: string[] = [], tags: string[] = []): RelatedCandidate => ({
  id,
  data: { models: models.map((m) => ({ id: m })), localities: localities.map((l) => ({ id: l })), tags },
});
const ids = (list: RelatedCandidate[]) => list.map((a) => a.id);

describe('related articles under an article', () => {
  const self = article('self', ['doi-tu-quan'], ['xa-tan-thanh'], ['Bảo vệ rừng']);
  const sameTopic = article('same-topic', [], [], ['bảo vệ rừng']);
  const samePlace = article('same-place', [], ['xa-tan-thanh']);
  const sameModel = article('same-model', ['doi-tu-quan']);
  const nothing = article('nothing', ['khac'], ['xa-khac'], ['Giao thông']);
  // Newest first, as the site lists them.
  const list = [sameTopic, nothing, samePlace, self, sameModel];

  it('lists an article sharing the model first, then one sharing the place, then one sharing only a topic', () => {
    expect(ids(relatedArticles(self, list))).toEqual(['same-model', 'same-place', 'same-topic']);
  });

  it('never lists the article itself or an article that shares nothing with it', () => {
    const related = ids(relatedArticles(self, list));
    expect(related).not.toContain('self');
    expect(related).not.toContain('nothing');
  });

  it('counts a topic written with other capitals as the same topic', () => {
    expect(ids(relatedArticles(sameTopic, list))).toContain('self');
  });

  it('puts the newer of two equally related articles first, and stops at the count asked for', () => {
    const older = article('older', [], ['xa-tan-thanh']);
    const newer = article('newer', [], ['xa-tan-thanh']);
    const page = article('page', [], ['xa-tan-thanh']);
    expect(ids(relatedArticles(page, [newer, page, older]))).toEqual(['newer', 'older']);
    expect(ids(relatedArticles(page, [newer, page, older], 1))).toEqual(['newer']);
  });

  it('ranks two shared places above one shared topic and one shared place, and counts a model named twice once', () => {
    const page = article('page', ['m', 'm'], ['a', 'b'], ['t']);
    const twoPlaces = article('two-places', [], ['a', 'b']); // 2 + 2
    const placeAndTopic = article('place-and-topic', [], ['a'], ['t']); // 2 + 1
    const model = article('model', ['m']); // 3, once
    expect(ids(relatedArticles(page, [model, placeAndTopic, twoPlaces, page]))).toEqual(['two-places', 'model', 'place-and-topic']);
  });

  it('gives every page of the same list its own answer, whichever page asked before', () => {
    const first = ids(relatedArticles(self, list));
    ids(relatedArticles(samePlace, list));
    ids(relatedArticles(sameModel, list));
    expect(ids(relatedArticles(self, list))).toEqual(first);
    expect(ids(relatedArticles(samePlace, list))).toEqual(['self']);
  });
});
