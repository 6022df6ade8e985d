import { describe, expect, test } from 'vitest';
import { orphanPhotos } from '~/lib/orphanPhotos';

describe('orphanPhotos', () => {
  test('lists the photos of a folder its entry no longer names, and nothing else', () => {
    const entry = '---\nname: "Tổ tự quản"\ncover:\n  src: "./anh-moi.jpg"\n  alt: "Ảnh"\n---\n\n![Tuần tra](./tuan-tra.webp)\n';
    expect(orphanPhotos(['index.md', 'anh-moi.jpg', 'anh-cu.jpg', 'tuan-tra.webp', 'ghi-chu.txt', 'ANH.PNG'], entry)).toEqual(['anh-cu.jpg', 'ANH.PNG']);
  });
});
