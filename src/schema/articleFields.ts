import { defineFields } from './fieldTypes';

/** Fields of a news article (`content/articles/<slug>/index.md`). */
export const articleFields = defineFields([
  { kind: 'string', name: 'title', label: 'Tiêu đề', hint: 'Tiêu đề bài viết, hiện trên trang và khi chia sẻ.', maxLength: 200 },
  { kind: 'string', name: 'description', label: 'Tóm tắt', hint: 'Một hai câu tóm tắt (tối đa 300 ký tự), hiện trong danh sách và kết quả tìm kiếm.', multiline: true, maxLength: 300 },
  { kind: 'string', name: 'sapo', label: 'Sapo (đoạn mở đầu)', hint: 'Đoạn dẫn in đậm dưới tiêu đề, như các báo vẫn trình bày (tối đa 600 ký tự). Để trống thì hiện phần tóm tắt.', multiline: true, maxLength: 600, required: false },
  { kind: 'date', name: 'publishDate', label: 'Ngày đăng', hint: 'Dạng NNNN-TT-NN (ví dụ 2026-11-25); chỉ biết năm hoặc tháng thì ghi 2021 hoặc 2021-10.' },
  { kind: 'date', name: 'updatedDate', label: 'Ngày cập nhật', hint: 'Ngày sửa nội dung lần cuối, nếu có; không được trước ngày đăng.', required: false, notBefore: 'publishDate' },
  { kind: 'string', name: 'author', label: 'Tác giả', hint: 'Họ và tên người viết.' },
  { kind: 'string', name: 'authorUnit', label: 'Đơn vị', hint: 'Đơn vị công tác của tác giả.' },
  { kind: 'image', name: 'cover', label: 'Ảnh bìa', hint: 'Ảnh chính của bài; bắt buộc có mô tả ảnh cho người khiếm thị.', required: false },
  { kind: 'reference', name: 'section', label: 'Chuyên mục', hint: 'Chuyên mục của bài (không bắt buộc); bài hiện cả ở trang và RSS của chuyên mục.', collection: 'sections', multiple: false, displayField: 'name', required: false },
  { kind: 'strings', name: 'tags', label: 'Chủ đề', hint: 'Các từ khóa chủ đề, mỗi mục một chủ đề (tối đa 10 chủ đề, mỗi chủ đề tối đa 60 ký tự).', required: false, maxItems: 10, maxItemLength: 60 },
  { kind: 'reference', name: 'models', label: 'Mô hình liên quan', hint: 'Các mô hình được nhắc đến trong bài.', collection: 'models', multiple: true, displayField: 'name', required: false },
  { kind: 'reference', name: 'localities', label: 'Địa bàn', hint: 'Các địa bàn bài viết nói đến.', collection: 'localities', multiple: true, displayField: 'name', required: false },
  { kind: 'boolean', name: 'draft', label: 'Bản nháp', hint: 'Bật để chưa đăng lên trang.', default: false },
]);
