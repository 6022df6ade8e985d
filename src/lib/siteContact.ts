/**
 * Turns the contact lines editors type in the site settings into what the pages show:
 * a hotline "Tên: số" becomes a label and a `tel:` link, a social page URL gets the
 * name of its network.
 */

export interface Hotline {
  label: string;
  number: string;
  /** `tel:` link, digits and a leading + only; undefined when the line holds no number. */
  href: string | undefined;
}

/** `tel:` link for a phone number as written ("0207 3822 000", "113"), or undefined when it has no digits. */
export function telHref(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

/** "Cảnh sát 113: 113" → label "Cảnh sát 113", number "113"; a line without a colon is a number alone. */
export function parseHotline(line: string): Hotline {
  const at = line.lastIndexOf(':');
  const label = at >= 0 ? line.slice(0, at).trim() : '';
  const number = (at >= 0 ? line.slice(at + 1) : line).trim();
  return { label, number, href: telHref(number) };
}

const NETWORKS: [RegExp, string][] = [
  [/(^|\.)facebook\.com$|(^|\.)fb\.com$/, 'Facebook'],
  [/(^|\.)zalo\.me$|(^|\.)zalo\.vn$/, 'Zalo'],
  [/(^|\.)youtube\.com$|(^|\.)youtu\.be$/, 'YouTube'],
  [/(^|\.)tiktok\.com$/, 'TikTok'],
];

/** The social pages an editor listed that are https:// addresses, with their networks' names. */
export const socialLinks = (pages: readonly string[] | undefined) => (pages ?? []).map(socialLink).filter((l) => l !== undefined);

/** A social page link with the network's name, or undefined when the text is not an https:// address. */
export function socialLink(url: string): { href: string; label: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.replace(/^www\./, '');
  return { href: parsed.href, label: NETWORKS.find(([re]) => re.test(host))?.[1] ?? host };
}
