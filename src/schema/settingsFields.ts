import { defineFields } from './fieldTypes';

/**
 * Fields of the site settings (`content/settings/site.yml`): who runs the portal and how to
 * reach them (Nghị định 42/2022/NĐ-CP), the emblem, social pages, share image and hotlines.
 * Every value is optional: what is empty is not shown.
 */
export const settingsFields = defineFields([
  {
    kind: 'string',
    name: 'publisher',
    label: 'Cơ quan chủ quản',
    hint: 'Cơ quan chịu trách nhiệm về trang, ví dụ "Công an tỉnh Tuyên Quang". Hiện ở chân trang và trang Liên hệ.',
    required: false,
  },
  { kind: 'string', name: 'governingBody', label: 'Cơ quan cấp trên', hint: 'Cơ quan quản lý cấp trên của cơ quan chủ quản, nếu muốn ghi.', required: false },
  { kind: 'string', name: 'address', label: 'Địa chỉ', hint: 'Địa chỉ trụ sở để người dân liên hệ. Để trống nếu chưa có địa chỉ chính thức.', required: false },
  {
    kind: 'string',
    name: 'phone',
    label: 'Điện thoại',
    hint: 'Số điện thoại liên hệ của cơ quan, ví dụ "0207 3822 000". Để trống nếu chưa có số chính thức.',
    required: false,
    maxLength: 40,
  },
  {
    kind: 'string',
    name: 'email',
    label: 'Thư điện tử',
    hint: 'Địa chỉ thư điện tử nhận phản ánh, ví dụ "ten@example.gov.vn".',
    required: false,
    maxLength: 120,
  },
  {
    kind: 'string',
    name: 'responsiblePerson',
    label: 'Người chịu trách nhiệm',
    hint: 'Dòng ghi người chịu trách nhiệm nội dung, ví dụ "Chịu trách nhiệm: Đại tá Nguyễn Văn A, Phó Giám đốc".',
    required: false,
  },
  {
    kind: 'string',
    name: 'licence',
    label: 'Giấy phép',
    hint: 'Dòng giấy phép thiết lập trang thông tin điện tử (số, ngày, cơ quan cấp), nếu có.',
    required: false,
  },
  { kind: 'image', name: 'logo', label: 'Biểu trưng', hint: 'Huy hiệu hoặc biểu trưng hiện ở đầu trang; ảnh PNG nền trong suốt, vuông.', required: false },
  {
    kind: 'image',
    name: 'shareImage',
    label: 'Ảnh chia sẻ mặc định',
    hint: 'Ảnh hiện khi chia sẻ trang chủ lên Zalo, Facebook (nên 1200×630). Để trống thì trang tự tạo ảnh có tiêu đề.',
    required: false,
  },
  {
    kind: 'strings',
    name: 'socialPages',
    label: 'Trang mạng xã hội',
    hint: 'Địa chỉ đầy đủ các trang chính thức (bắt đầu bằng https://), mỗi mục một trang.',
    required: false,
    maxItems: 10,
    maxItemLength: 200,
  },
  {
    kind: 'strings',
    name: 'hotlines',
    label: 'Đường dây nóng',
    hint: 'Mỗi mục ghi "Tên: số", ví dụ "Cảnh sát 113: 113". Chỉ ghi số chính thức đã được công bố.',
    required: false,
    maxItems: 10,
    maxItemLength: 100,
  },
]);
