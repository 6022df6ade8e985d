/**
 * The closed vocabularies of the content model, each value an ASCII id stored in
 * front matter with the Vietnamese label readers and editors see.
 */
export interface Choice<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** Builds a typed list of choices and the tuple of their values for zod enums. */
function choices<const V extends string>(list: readonly Choice<V>[]) {
  return { list, values: list.map((c) => c.value) as [V, ...V[]] };
}

export const MODEL_TYPES = choices([
  { value: 'tu-quan', label: 'Tự quản' },
  { value: 'lien-ket', label: 'Liên kết' },
]);

// Fields of activity, not kinds of place: "Mô hình trong lĩnh vực xăng dầu" reads right.
export const SECTORS = choices([
  { value: 'vat-lieu-no', label: 'Vật liệu nổ' },
  { value: 'luoi-dien', label: 'Điện lực' },
  { value: 'rung', label: 'Bảo vệ rừng' },
  { value: 'du-tru-quoc-gia', label: 'Dự trữ quốc gia' },
  { value: 'xi-mang', label: 'Sản xuất xi măng' },
  { value: 'ngan-hang', label: 'Ngân hàng' },
  { value: 'xang-dau', label: 'Xăng dầu' },
  { value: 'co-quan-nha-nuoc', label: 'Quản lý nhà nước' },
  { value: 'doanh-nghiep', label: 'Sản xuất, kinh doanh' },
  { value: 'khac', label: 'Lĩnh vực khác' },
]);

export const MODEL_STATUSES = choices([
  { value: 'hoat-dong', label: 'Đang hoạt động' },
  { value: 'ngung-hoat-dong', label: 'Ngừng hoạt động' },
  { value: 'chua-ro', label: 'Chưa rõ' },
]);

/** Administrative kinds; the label is the word written before a unit's name. */
export const LOCALITY_KINDS = choices([
  { value: 'tinh', label: 'tỉnh' },
  { value: 'thanh-pho', label: 'thành phố' },
  { value: 'huyen', label: 'huyện' },
  { value: 'thi-xa', label: 'thị xã' },
  { value: 'phuong', label: 'phường' },
  { value: 'xa', label: 'xã' },
  { value: 'thi-tran', label: 'thị trấn' },
  { value: 'thon', label: 'thôn' },
]);

export type ModelType = (typeof MODEL_TYPES.values)[number];
export type Sector = (typeof SECTORS.values)[number];
export type ModelStatus = (typeof MODEL_STATUSES.values)[number];
export type LocalityKind = (typeof LOCALITY_KINDS.values)[number];

/** The label of a choice, or the raw value when it is not in the list. */
export function labelOf(list: readonly Choice[], value: string): string {
  return list.find((c) => c.value === value)?.label ?? value;
}
