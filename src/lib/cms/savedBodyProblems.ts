/**
 * The build's body rules (src/lib/contentCheck/bodyProblems.ts) where the CMS saves, in the
 * browser: the body parsed by micromark instead of the site's engine, and a photo counted
 * as present when the entry holds a file of that name (the files Decap loaded from the
 * entry's folder and those uploaded in this session); its bytes were checked on upload.
 * Lines are counted from the body's own first line (the build counts from the top of the file).
 */
import { bodyProblems } from '../contentCheck/bodyProblems';
import { missingPhotoMessage } from '../contentCheck/photoPath';
import type { BodyDef } from '../../schema/collectionTypes';
import { extensionOf, FORMAT_OF_EXTENSION, unacceptedTypeMessage } from '../imageSniff';
import { micromarkTree } from './micromarkTree';

/** Every rule the build would find the body breaking, with its message; empty when it would build. */
export function savedBodyProblems(
  body: string,
  collection: { noun: string; body?: BodyDef | undefined },
  photos: readonly string[],
  firstLine = 1,
): Promise<string[]> {
  const photoFile = async (file: string, src: string) => {
    const name = file.replace(/^\.\//, '');
    if (!photos.includes(name)) return missingPhotoMessage(src);
    return FORMAT_OF_EXTENSION[extensionOf(name)] ? undefined : unacceptedTypeMessage(src);
  };
  return bodyProblems(body, collection, { parse: micromarkTree, photoFile, firstLine });
}
