import { defineFields } from './fieldTypes';
import { LOCALITY_KINDS } from './taxonomy';

/** Fields of an administrative unit (`content/localities/<id>.yml`). */
export const localityFields = defineFields([
  { kind: 'string', name: 'name', label: 'Tên', hint: 'Tên đơn vị, không kèm chữ "xã", "phường"…, ví dụ "Tràng Đà".' },
  { kind: 'select', name: 'kind', label: 'Cấp', hint: 'Loại đơn vị hành chính.', choices: LOCALITY_KINDS.list },
  {
    kind: 'reference',
    name: 'parent',
    label: 'Thuộc',
    hint: 'Đơn vị cấp trên (với đơn vị cũ: cấp trên trước ngày 1/7/2025).',
    collection: 'localities',
    multiple: false,
    displayField: 'name',
    required: false,
  },
  {
    kind: 'boolean',
    name: 'current',
    label: 'Còn tồn tại',
    hint: 'Bật nếu đơn vị còn tồn tại sau ngày 1/7/2025; tắt nếu đã sáp nhập, giải thể. Để trống nếu chưa rõ (thôn, tổ dân phố chưa xác minh).',
    required: false,
  },
  {
    kind: 'reference',
    name: 'successor',
    label: 'Nay thuộc',
    hint: 'Đơn vị hiện nay đã thay thế đơn vị cũ này từ 1/7/2025. Để trống nếu chưa xác minh.',
    collection: 'localities',
    multiple: false,
    displayField: 'name',
    required: false,
  },
  { kind: 'strings', name: 'aliases', label: 'Tên gọi khác', hint: 'Cách viết khác người dân hay dùng, ví dụ "TP Tuyên Quang".', required: false },
  { kind: 'string', name: 'note', label: 'Ghi chú', hint: 'Một dòng ghi chú có nguồn, nếu cần.', required: false },
]);
