/** The publisher as structured data names it: the settings' name (or SITE.publisher) and emblem. */
import { getImage } from 'astro:assets';
import { SITE } from '../config';
import type { Publisher } from '../lib/structuredData';
import { getSettings } from './entries';

export async function getPublisher(site: URL | string): Promise<Publisher> {
  const settings = await getSettings();
  // Google asks for a logo at least 112 px wide; a square PNG keeps the emblem's transparency.
  const logo = settings.logo && (await getImage({ src: settings.logo.src, width: Math.min(512, settings.logo.src.width), format: 'png' }));
  return { name: settings.publisher ?? SITE.publisher, logo: logo ? new URL(logo.src, site).href : undefined };
}
