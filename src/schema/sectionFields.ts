import { defineFields } from './fieldTypes';

/** Fields of a news section, chuyên mục (`content/sections/<id>.yml`). */
export const sectionFields = defineFields([
  { kind: 'string', name: 'name', label: 'Tên chuyên mục', hint: 'Tên ngắn, ví dụ "Gương điển hình", "Cảnh báo thủ đoạn".', maxLength: 80 },
  {
    kind: 'string',
    name: 'description',
    label: 'Giới thiệu',
    hint: 'Một câu nói chuyên mục đăng gì; hiện đầu trang chuyên mục và trong RSS (tối đa 300 ký tự).',
    multiline: true,
    maxLength: 300,
  },
]);
