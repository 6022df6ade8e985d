/**
 * Folds Vietnamese text the way people type it without an input method:
 * NFC-normalised, lower case, tone marks and vowel marks removed, `đ` → `d`.
 * "Đội Bảo Vệ Rừng" → "doi bao ve rung".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
