/**
 * Decodes the HTML character references in built pages' text and attribute values: every
 * named reference of the HTML standard (`&hellip;`, `&ecirc;`…) and numeric ones, by `entities`.
 */
export { decodeHTML as decodeEntities } from 'entities';
