import { describe, expect, it } from 'vitest';
import { resultCard, resultSummary } from '~/lib/search/resultCard';

describe('resultCard', () => {
  it('shows kind, type, sector and the first place as badges, and a Vietnamese date', () => {
    const card = resultCard({
      url: '/mo-hinh/x/',
      excerpt: 'của <mark>Đội</mark>',
      meta: { title: 'Mô hình X', loai: 'Mô hình', kieu: 'Liên kết', 'linh-vuc': 'Bảo vệ rừng', 'dia-ban': 'phường Nông Tiến · xã Tràng Đà', ngay: '2021-10' },
    });
    expect(card).toEqual({
      url: '/mo-hinh/x/',
      title: 'Mô hình X',
      excerptHtml: 'của <mark>Đội</mark>',
      badges: ['Mô hình', 'Liên kết', 'Bảo vệ rừng', 'phường Nông Tiến'],
      date: { iso: '2021-10', text: 'tháng 10/2021' },
    });
  });

  it('falls back to the URL for a page without a title and shows no date it cannot read', () => {
    const card = resultCard({ url: '/bai-viet/y/', excerpt: '', meta: { ngay: 'sớm' } });
    expect(card.title).toBe('/bai-viet/y/');
    expect(card.date).toBeUndefined();
  });
});

describe('resultSummary', () => {
  it('announces the count and the words searched', () => {
    expect(resultSummary(3, 'rừng')).toBe('Tìm thấy 3 kết quả cho “rừng”.');
    expect(resultSummary(0, '')).toBe('Không tìm thấy kết quả nào.');
  });
});
