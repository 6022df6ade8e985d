/**
 * The content collections, each once. Astro's content config, the build's content check,
 * the CMS configuration, entry URLs and the search's content kinds are all derived from
 * this list: adding a collection is one entry here (with its `*Fields.ts`) plus its pages.
 */
import { articleFields } from './articleFields';
import { type CollectionName as NameOf, defineCollection, defineCollections } from './collectionTypes';
import { localityFields } from './localityFields';
import { modelFields } from './modelFields';
import { sectionFields } from './sectionFields';
import { settingsFields } from './settingsFields';

export const COLLECTIONS = defineCollections([
  defineCollection({
    name: 'articles',
    dir: 'content/articles',
    shape: 'folder',
    fields: articleFields,
    noun: 'bài viết',
    urlBase: 'bai-viet',
    searchKind: 'Bài viết',
    slugFrom: ['title'],
    cms: {
      label: 'Tin bài',
      description: 'Tin tức, bài viết về phong trào. Mỗi bài là một thư mục content/articles/<đường-dẫn>/ gồm index.md và ảnh.',
      identifier: 'title',
      sortable: ['publishDate', 'title'],
    },
    body: { label: 'Nội dung', hint: 'Nội dung bài viết. Dùng nút định dạng để đặt tiêu đề mục, danh sách, liên kết.', required: true },
  }),
  defineCollection({
    name: 'models',
    dir: 'content/models',
    shape: 'folder',
    fields: modelFields,
    noun: 'mô hình',
    urlBase: 'mo-hinh',
    searchKind: 'Mô hình',
    slugFrom: ['name'],
    cms: {
      label: 'Mô hình',
      description: 'Hồ sơ các mô hình tự quản, mô hình liên kết bảo đảm an ninh, trật tự.',
      identifier: 'name',
      detail: 'host',
      sortable: ['name'],
    },
    body: { label: 'Giới thiệu', hint: 'Giới thiệu chi tiết mô hình: thành lập, hoạt động, kết quả, nguồn tin.', required: false },
  }),
  defineCollection({
    name: 'localities',
    dir: 'content/localities',
    shape: 'data',
    fields: localityFields,
    noun: 'địa bàn',
    urlBase: 'dia-ban',
    searchKind: null,
    // "xã Tràng Đà": the kind tells apart units of the same name.
    slugFrom: ['kind', 'name'],
    cms: {
      label: 'Địa bàn',
      description: 'Đơn vị hành chính (tỉnh, huyện, xã, phường, thôn), cả đơn vị cũ trước ngày 1/7/2025.',
      identifier: 'name',
      sortable: ['name'],
    },
  }),
  defineCollection({
    name: 'sections',
    dir: 'content/sections',
    shape: 'data',
    fields: sectionFields,
    noun: 'chuyên mục',
    urlBase: 'chuyen-muc',
    searchKind: null,
    slugFrom: ['name'],
    cms: {
      label: 'Chuyên mục',
      description: 'Các chuyên mục tin bài (gương điển hình, văn bản chỉ đạo, cảnh báo thủ đoạn…), mỗi chuyên mục có trang và RSS riêng.',
      identifier: 'name',
      sortable: ['name'],
    },
  }),
  defineCollection({
    name: 'settings',
    dir: 'content/settings',
    shape: 'file',
    file: 'site',
    fields: settingsFields,
    noun: 'thông tin trang',
    urlBase: null,
    searchKind: null,
    slugFrom: [],
    cms: {
      label: 'Thông tin trang',
      description:
        'Cơ quan chủ quản, địa chỉ, điện thoại, thư điện tử, biểu trưng, đường dây nóng: hiện ở chân trang và trang Liên hệ. Mục nào để trống thì không hiện.',
      identifier: 'publisher',
      sortable: [],
    },
  }),
]);

export type Collection = (typeof COLLECTIONS)[number];
export type CollectionName = NameOf<typeof COLLECTIONS>;
/** Collections whose entry pages are in the search index. */
export type SearchableName = Extract<Collection, { searchKind: string }>['name'];

/** Collections that have a page per entry (`/<urlBase>/<id>/`). */
export type PagedName = Extract<Collection, { urlBase: string }>['name'];

/** The registry entry of a collection. */
export function collectionNamed<N extends CollectionName>(name: N): Extract<Collection, { name: N }> {
  return COLLECTIONS.find((c) => c.name === name) as Extract<Collection, { name: N }>;
}
