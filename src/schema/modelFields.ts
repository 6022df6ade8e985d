import { defineFields } from './fieldTypes';
import { MODEL_STATUSES, MODEL_TYPES, SECTORS } from './taxonomy';

/** Fields of a model profile (`content/models/<slug>/index.md`). */
export const modelFields = defineFields([
  { kind: 'string', name: 'name', label: 'Tên mô hình', hint: 'Tên mô hình như văn bản ghi, không cần chữ "Mô hình" ở đầu.', maxLength: 250 },
  {
    kind: 'select',
    name: 'type',
    label: 'Loại mô hình',
    hint: 'Tự quản: trong một đơn vị, cộng đồng. Liên kết: giữa doanh nghiệp, cơ quan với chính quyền, nhân dân cơ sở.',
    choices: MODEL_TYPES.list,
  },
  { kind: 'select', name: 'sector', label: 'Lĩnh vực', hint: 'Lĩnh vực mô hình bảo đảm an ninh, trật tự.', choices: SECTORS.list },
  { kind: 'string', name: 'host', label: 'Đơn vị chủ trì', hint: 'Cơ quan, doanh nghiệp hoặc cộng đồng chủ trì mô hình.' },
  { kind: 'strings', name: 'partners', label: 'Đơn vị liên kết', hint: 'Các bên cùng tham gia (với mô hình liên kết).', required: false },
  {
    kind: 'reference',
    name: 'locality',
    label: 'Địa bàn',
    hint: 'Đơn vị hành chính nơi có mô hình, theo tên tại thời điểm nguồn tin.',
    collection: 'localities',
    multiple: false,
    displayField: 'name',
  },
  {
    kind: 'string',
    name: 'placeAsWritten',
    label: 'Địa bàn như nguồn ghi',
    hint: 'Địa danh đúng như bài viết nguồn ghi, ví dụ "xã Tràng Đà, TP Tuyên Quang".',
    required: false,
  },
  { kind: 'year', name: 'established', label: 'Năm thành lập', hint: 'Chỉ ghi khi biết chắc.', required: false },
  {
    kind: 'select',
    name: 'status',
    label: 'Tình trạng',
    hint: 'Tình trạng hoạt động theo nguồn tin mới nhất.',
    choices: MODEL_STATUSES.list,
    default: 'chua-ro',
  },
  { kind: 'string', name: 'summary', label: 'Tóm tắt', hint: 'Một câu giới thiệu mô hình (tối đa 300 ký tự).', multiline: true, maxLength: 300 },
  { kind: 'image', name: 'cover', label: 'Ảnh', hint: 'Ảnh hoạt động của mô hình; bắt buộc có mô tả ảnh.', required: false },
  {
    kind: 'reference',
    name: 'sources',
    label: 'Bài viết nguồn',
    hint: 'Các bài viết là nguồn thông tin của hồ sơ này.',
    collection: 'articles',
    multiple: true,
    displayField: 'title',
    required: false,
  },
  {
    kind: 'boolean',
    name: 'featured',
    label: 'Tiêu biểu',
    hint: 'Bật để đưa mô hình vào mục "Mô hình tiêu biểu" ở trang chủ (tối đa 6 mô hình được hiện, xếp theo tên).',
    default: false,
    required: false,
  },
  { kind: 'boolean', name: 'draft', label: 'Bản nháp', hint: 'Bật để chưa đăng lên trang.', default: false },
]);
