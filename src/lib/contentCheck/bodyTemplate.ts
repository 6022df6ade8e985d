/**
 * A body's problems split in two: what its text alone decides (kept between builds with the
 * entry, entryCheckCache.ts) and the photo files it names, checked on disk on every build.
 * The body is checked once with each photo file's answer left as a marker; filling the markers
 * in with today's answers gives exactly the messages bodyProblems gives, in the same order.
 */
import { randomUUID } from 'node:crypto';
import type { BodyDef } from '../../schema/collectionTypes';
import type { ParseBody } from './bodyTree';
import { bodyProblems } from './bodyProblems';
import type { PhotoFileProblem } from './checkBodyImages';

export interface BodyTemplate {
  /** The messages, each photo file's answer written as `marker` followed by its number. */
  messages: string[];
  /** The photo files asked about, in order: the path decoded, and as written. */
  photos: { file: string; src: string }[];
  /**
   * Made afresh for each template, after the text existed: no body can contain it, so text
   * that looks like a marker is never taken for one.
   */
  marker: string;
}

export async function bodyTemplate(
  body: string,
  collection: { noun: string; body?: BodyDef | undefined },
  check: { parse: ParseBody; firstLine: number },
): Promise<BodyTemplate> {
  const marker = `[[${randomUUID()}:`;
  const photos: BodyTemplate['photos'] = [];
  const photoFile: PhotoFileProblem = (file, src) => Promise.resolve(`${marker}${photos.push({ file, src }) - 1}]]`);
  const messages = await bodyProblems(body, collection, { ...check, photoFile });
  return { messages, photos, marker };
}

/** The template's messages with each photo file asked about now; a message about a photo that is fine is dropped. */
export async function fillBodyTemplate({ messages, photos, marker }: BodyTemplate, photoFile: PhotoFileProblem): Promise<string[]> {
  const answers = await Promise.all(photos.map(({ file, src }) => photoFile(file, src)));
  return messages.flatMap((message) => {
    const at = message.indexOf(marker);
    if (at < 0) return [message];
    const end = message.indexOf(']]', at);
    const answer = answers[Number(message.slice(at + marker.length, end))];
    return answer === undefined ? [] : [message.slice(0, at) + answer + message.slice(end + 2)];
  });
}
