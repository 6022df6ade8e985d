/**
 * Splits an interface phrase such as "xem {models} hoặc {news};" into its text and its
 * placeholders, so a translation can move a link within the sentence.
 */
export type PhrasePart = { readonly text: string } | { readonly slot: string };

export function splitPhrase(phrase: string): PhrasePart[] {
  return phrase
    .split(/\{([a-z][A-Za-z0-9]*)\}/)
    .map((piece, i): PhrasePart => (i % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
