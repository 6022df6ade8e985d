import { describe, expect, it } from 'vitest';
import { formatSearchIndexJob, parseSearchIndexJob } from '~/lib/search/searchIndexJob';

describe('the search-index job handed from astro build to npm run build', () => {
  it('reads back the project and output folders it was written with', () => {
    const job = { root: '/srv/antt/', outDir: '/srv/antt/dist/' };
    expect(parseSearchIndexJob(formatSearchIndexJob(job))).toEqual(job);
  });

  it('says in Vietnamese that the search integration left no job when the file was never written', () => {
    expect(() => parseSearchIndexJob(undefined)).toThrow(/không để lại việc tạo chỉ mục tìm kiếm.*searchIndex\(\)/);
    expect(() => parseSearchIndexJob('')).toThrow(/không để lại việc tạo chỉ mục tìm kiếm/);
  });

  it('refuses a job that is not JSON or lacks a folder, rather than indexing the wrong place', () => {
    expect(() => parseSearchIndexJob('{"root": "/srv/antt/"')).toThrow(/không đọc được/);
    expect(() => parseSearchIndexJob('{"root": "/srv/antt/"}')).toThrow(/thiếu thư mục/);
    expect(() => parseSearchIndexJob('{"root": "", "outDir": "/srv/antt/dist/"}')).toThrow(/thiếu thư mục/);
    expect(() => parseSearchIndexJob('null')).toThrow(/thiếu thư mục/);
  });
});
