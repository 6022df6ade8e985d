/**
 * Decap writes a few notices in English whatever the locale (decap-cms-core's
 * actions/mediaLibrary.js and actions/search.js build them as plain strings, not locale
 * keys), so a refused upload read "Failed to persist media: Error: …". The notice area is
 * watched and those words are put in Vietnamese as they appear; the detail after them is
 * already Vietnamese (our guards' messages).
 */
const ENGLISH_STARTS: [RegExp, string][] = [
  [/^Failed to persist media: (?:Error: )?/, 'Không lưu được tệp: '],
  [/^Failed to delete media: (?:Error: )?/, 'Không xóa được tệp: '],
  [/^Errors occurred while searching entries locally!/, 'Có lỗi khi tìm trong các mục đã tải.'],
];

/** The notice in Vietnamese, or undefined when it has none of Decap's English openings. */
export function vietnameseNotice(text: string): string | undefined {
  for (const [english, vietnamese] of ENGLISH_STARTS) {
    if (english.test(text)) return text.replace(english, vietnamese);
  }
  return undefined;
}

/** Rewrites those notices in place as Decap adds them (text nodes only: React keeps its elements). */
export function translateEnglishNotices(root: Node): MutationObserver {
  const rewrite = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const vietnamese = vietnameseNotice(text.nodeValue ?? '');
      if (vietnamese !== undefined) text.nodeValue = vietnamese;
    }
  };
  const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(rewrite)));
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
