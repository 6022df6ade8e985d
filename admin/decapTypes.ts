/**
 * The part of Decap CMS's configuration this project writes, typed loosely on purpose:
 * decap-cms-core's own typings lag behind its options (`sanitize_preview`, `publish_mode`).
 */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  path?: string;
  extension: string;
  format: string;
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  sortable_fields?: string[];
  /** Path of the entry on the site, for the "view live" link. */
  preview_path?: string;
  fields: DecapField[];
  [option: string]: unknown;
}

/** A Decap "file collection": fixed files edited in place (the site settings). */
export interface DecapFilesCollection {
  name: string;
  label: string;
  description?: string;
  format: string;
  extension: string;
  create: false;
  delete: false;
  media_folder: string;
  public_folder: string;
  files: { name: string; label: string; file: string; fields: DecapField[] }[];
}

export interface DecapBackend {
  name: 'proxy' | 'github' | 'gitlab' | 'gitea' | 'forgejo';
  repo?: string;
  branch?: string;
  proxy_url?: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'implicit' | 'pkce';
  commit_messages?: Record<string, string>;
}

export interface DecapConfig {
  load_config_file: false;
  locale: string;
  backend: DecapBackend;
  local_backend: { url: string };
  publish_mode: 'simple' | 'editorial_workflow';
  site_url: string;
  display_url: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: (DecapCollection | DecapFilesCollection)[];
}
