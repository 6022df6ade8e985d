/**
 * A new entry whose exact text is already in the repository is the same form saved a
 * second time (a reload mid-save, then Decap's local backup restored into a new form,
 * or a double click): it must not become a `-2` copy. Both sides go through the
 * collection's own file format, so quoting and key order do not matter.
 */
import type { EntryFormat } from './frontMatter';

export function holdsSameEntry(format: EntryFormat, existingFile: string, data: Record<string, unknown>): boolean {
  return format.toFile(format.fromFile(existingFile)) === format.toFile(data);
}

/** The message the save hook refuses a second copy with (Decap shows it in its "could not save" notice). */
export function sameEntryMessage(slug: string): string {
  return (
    `Mục này đã được lưu rồi, ở đường dẫn "${slug}" (có thể trang đã tải lại khi đang lưu). ` +
    'Không tạo bản thứ hai: hãy mở mục đó trong danh sách hoặc trên bảng Biên tập để sửa tiếp.'
  );
}
