import { describe, expect, it } from 'vitest';
import { vietnameseNotice } from '../../../admin/englishToasts';

describe('Decap notices written in English', () => {
  it('reads a refused upload in Vietnamese, keeping the guard’s own message', () => {
    expect(vietnameseNotice('Failed to persist media: Error: Tệp "a.svg" không phải ảnh.')).toBe('Không lưu được tệp: Tệp "a.svg" không phải ảnh.');
    expect(vietnameseNotice('Failed to delete media: quyền bị từ chối')).toBe('Không xóa được tệp: quyền bị từ chối');
  });

  it('leaves every other notice alone', () => {
    expect(vietnameseNotice('Mục đã được công bố')).toBeUndefined();
    expect(vietnameseNotice('Lỗi: Failed to persist media')).toBeUndefined();
  });
});
