import { describe, expect, it } from 'vitest';
import { formatProblems } from '~/lib/contentCheck/problem';

describe('formatProblems', () => {
  it('lists every problem on its own line with file, field, label and message, under a count', () => {
    const text = formatProblems([
      { file: 'content/models/a/index.md', field: 'locality', label: 'Địa bàn', message: 'không có địa bàn nào có mã "x"' },
      { file: 'content/articles/b/index.md', message: 'thiếu phần thông tin' },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('2 lỗi');
    expect(lines[1]).toContain('content/models/a/index.md — trường "locality" (Địa bàn): không có địa bàn nào có mã "x"');
    expect(lines[2]).toContain('content/articles/b/index.md: thiếu phần thông tin');
  });
});
