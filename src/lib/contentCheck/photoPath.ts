/**
 * What a photo path written in an entry may look like, judged from the text alone (so the
 * CMS's save hook runs it in the browser too): the bare name of a file right beside the
 * entry's index.md, never a link, another folder or an SVG.
 */

/** What to do about a photo that is not a file beside the entry. */
export const UPLOAD_BESIDE = 'hãy tải ảnh lên cạnh bài (cùng thư mục với index.md) và ghi đường dẫn dạng ./ten-anh.jpg';

/** A photo path whose file is not beside the entry (the build looks on disk, the CMS in the entry's uploads). */
export const missingPhotoMessage = (src: string) => `không tìm thấy tệp ảnh "${src}" cạnh bài; hãy tải ảnh lên lại`;

/** Returns a Vietnamese message for what is wrong with a photo path as written, or undefined. */
export function photoPathProblem(src: string): string | undefined {
  if (/^(https?:)?\/\//i.test(src)) return `"${src}" là ảnh trên trang khác, trang web không được phép tải ảnh từ nơi khác; ${UPLOAD_BESIDE}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return `"${src.slice(0, 60)}" không phải là tệp ảnh; ${UPLOAD_BESIDE}`;
  if (!/^(\.\/)?[^/\\]+$/.test(src) || src.replace(/^\.\//, '') === '..') {
    return `"${src}" phải là tên một tệp ảnh nằm ngay cạnh bài, không ở thư mục khác; ${UPLOAD_BESIDE}`;
  }
  if (/\.svg$/i.test(src)) return `"${src}" là ảnh SVG, có thể chứa mã chạy nên không được nhận; hãy dùng JPG, PNG hoặc WebP`;
  return undefined;
}
