/** Minutes to read a Markdown body at about 200 words a minute, at least 1. */
export function readingMinutes(markdown: string, wordsPerMinute = 200): number {
  const text = markdown.replace(/```[\s\S]*?```/g, ' ').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[#>*_`|-]/g, ' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
