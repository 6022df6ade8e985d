/**
 * A body parsed in the browser, where the site's engine cannot run: Sätteri's browser build
 * is threaded WebAssembly, which needs cross-origin isolation (COOP/COEP headers, which
 * static hosts such as GitHub Pages cannot send and which would cut the OAuth login popup
 * off from /admin). micromark is the CommonMark reference parser in plain JavaScript; with
 * GFM it gives the same mdast nodes the body rules read (tests/unit/cms/bodyAgreement.test.ts).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { BodyNode } from '../contentCheck/bodyTree';

export const micromarkTree = (body: string): BodyNode => fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as BodyNode;
