import { describe, expect, it } from 'vitest';
import { splitPhrase } from '~/lib/phrase';

describe('splitting an interface phrase around its placeholders', () => {
  it('keeps the words and names each placeholder in order', () => {
    expect(splitPhrase('xem {models} hoặc {news};')).toEqual([{ text: 'xem ' }, { slot: 'models' }, { text: ' hoặc ' }, { slot: 'news' }, { text: ';' }]);
  });

  it('lets a translation put the placeholder first or last', () => {
    expect(splitPhrase('{search} mô hình')).toEqual([{ slot: 'search' }, { text: ' mô hình' }]);
    expect(splitPhrase('về {home}')).toEqual([{ text: 'về ' }, { slot: 'home' }]);
  });

  it('leaves a phrase without placeholders whole, braces that name nothing included', () => {
    expect(splitPhrase('Tổng số')).toEqual([{ text: 'Tổng số' }]);
    expect(splitPhrase('a {} b { x }')).toEqual([{ text: 'a {} b { x }' }]);
  });
});
