/**
 * Corrections to Decap's Vietnamese phrases (decap-cms-locales `vi`), merged over it.
 * The field rules' own messages are already Vietnamese (see decapConfig.ts).
 */
export const VI_OVERRIDES = {
  editor: {
    editorControlPane: {
      widget: {
        required: '%{fieldLabel}: bắt buộc, chưa được điền.',
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
    },
    editorWidgets: {
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  ui: {
    toast: {
      onFailToPersist: 'Chưa lưu được: %{details}',
      missingRequiredField: 'Còn trường bắt buộc chưa điền (đánh dấu đỏ). Hãy điền rồi lưu lại.',
    },
  },
};
