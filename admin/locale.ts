/**
 * Vietnamese phrases merged over Decap's own (decap-cms-locales `vi`): every key the
 * Vietnamese translation lacks (a unit test compares it with `en`), plus corrections.
 * The field rules' own messages are already Vietnamese (see decapConfig.ts).
 */
export const VI_OVERRIDES = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    // Decap's "＋" (a full-width plus) is missing from common fonts and shows as a blank box.
    collectionTop: {
      newButton: 'Thêm %{collectionLabel}',
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
    },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editor: {
      // Decap's "tải lên" (upload) was wrong: the backup is only opened in the form.
      confirmLoadBackup:
        'Trình duyệt còn giữ một bản sao lưu của mục này (nội dung bạn gõ mà chưa lưu). Mở bản sao lưu đó để viết tiếp? Chọn "Huỷ" để bỏ nó và mở bản đã lưu.',
    },
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: bắt buộc, chưa được điền.',
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú nào. Thêm ghi chú đầu tiên ở dưới để trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Huỷ',
      edit: 'Sửa',
      delete: 'Xoá',
      resolve: 'Đánh dấu đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Xoá ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Khi viết xong, chuyển trạng thái sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview: 'Mục đang được xét duyệt, không cần làm gì thêm. Bạn vẫn có thể sửa tiếp trong lúc chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ (URL) của liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn thành phần',
        toggleMode: { rich: 'Chuyển sang soạn thảo trực quan', markdown: 'Chuyển sang soạn thảo Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ URL',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ (URL) của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Xoá mọi ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ URL',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ URL',
        promptUrl: 'Nhập địa chỉ (URL) của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Xoá mọi tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  workflow: {
    // dayjs prints month names in English ("26 November"): numbers only, as the site writes dates.
    workflow: { dateFormat: 'D [tháng] M [năm] YYYY' },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép URL', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      onFailToPersist: 'Chưa lưu được: %{details}',
      missingRequiredField: 'Còn trường bắt buộc chưa điền (đánh dấu đỏ). Hãy điền rồi lưu lại.',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Chưa thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Chưa sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xoá ghi chú',
      onFailToDeleteNote: 'Chưa xoá được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Chưa đổi được trạng thái ghi chú: %{details}',
    },
  },
};
