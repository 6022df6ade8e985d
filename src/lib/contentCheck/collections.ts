/** Where each collection's files live and which fields they have: the layout the site and the CMS share. */
import { articleFields } from '../../schema/articleFields';
import type { CollectionName, FieldDef } from '../../schema/fieldTypes';
import { localityFields } from '../../schema/localityFields';
import { modelFields } from '../../schema/modelFields';

export interface CollectionLayout {
  name: CollectionName;
  /** Folder under the project root. */
  dir: string;
  /** 'folder': <slug>/index.md with images beside it; 'data': <id>.yml. */
  shape: 'folder' | 'data';
  fields: readonly FieldDef[];
  /** Vietnamese noun for messages ("mô hình"). */
  noun: string;
  /** Folder entries only: whether the Markdown body may be empty. */
  bodyRequired?: boolean;
}

export const COLLECTIONS: readonly CollectionLayout[] = [
  { name: 'articles', dir: 'content/articles', shape: 'folder', fields: articleFields, noun: 'bài viết', bodyRequired: true },
  { name: 'models', dir: 'content/models', shape: 'folder', fields: modelFields, noun: 'mô hình' },
  { name: 'localities', dir: 'content/localities', shape: 'data', fields: localityFields, noun: 'địa bàn' },
];
