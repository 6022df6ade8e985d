import { expect, it } from 'vitest';
import { decodeEntities } from '~/lib/decodeEntities';

it('decodes every named reference of HTML, not only the few that escaping produces', () => {
  expect(decodeEntities('Nguy&ecirc;n &hellip; &ndash; &copy; &nbsp;')).toBe('Nguyên … – © \u00a0');
  expect(decodeEntities('&#272;&#x1ED9;i &amp; &quot;d&quot; &unknown;')).toBe('Đội & "d" &unknown;');
});
