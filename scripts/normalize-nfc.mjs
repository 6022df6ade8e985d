/**
 * Rewrites content/ text files in Unicode NFC (precomposed Vietnamese letters), the form
 * the site stores and compares. Text pasted from some editors arrives decomposed (NFD);
 * the build's content check reports it and points here. Prints the files it changed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('../content/', import.meta.url);
const entries = await readdir(root, { recursive: true, withFileTypes: true });
let changed = 0;
for (const entry of entries) {
  if (!entry.isFile() || !/\.(md|ya?ml)$/.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const text = await readFile(path, 'utf8');
  const nfc = text.normalize('NFC');
  if (nfc === text) continue;
  await writeFile(path, nfc);
  console.log(`đã chuẩn hóa: ${path}`);
  changed += 1;
}
console.log(changed ? `${changed} tệp đã được chuẩn hóa NFC.` : 'Mọi tệp đã ở dạng NFC.');
