/**
 * The benchmark's targets and its Markdown report: one column per size, one row per measure.
 */

const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const MB = (b) => (b === undefined ? '–' : `${(b / 1048576).toFixed(0)} MB`);
const kB = (b) => (b === undefined ? '–' : `${(b / 1000).toFixed(1)} kB`);
const pct = (x) => `${(x * 100).toFixed(0)} %`;

/** The targets, each checked at the size it names (or the largest/any size run). */
export function checkTargets(runs) {
  const at = (n) => runs.find((r) => r.entries === n);
  const checks = [];
  const add = (target, run, value, ok) => checks.push({ target, entries: run?.entries, value, met: run ? ok : null });

  const big = at(10000);
  add('10,000 entries build, peak RSS < 2 GiB', big, big && MB(big.cold.peakTreeRssBytes), big && big.cold.peakTreeRssBytes < 2 * 2 ** 30);
  const k = at(1000);
  const kw = k?.warmText ? k : undefined;
  add(
    'warm rebuild after a text edit ≤ 20 % of cold (1,000)',
    kw,
    kw && `${s(kw.warmText.wallMs)} = ${pct(kw.warmText.wallMs / kw.cold.wallMs)}`,
    kw && kw.warmText.wallMs <= 0.2 * kw.cold.wallMs,
  );
  add(
    'no image re-encoded after a text edit (1,000)',
    kw,
    kw && `${kw.warmText.newCacheFiles} new cache files`,
    kw && kw.warmText.newCacheFiles === 0 && kw.warmText.imagesEncoded === 0,
  );
  for (const r of runs.filter((run) => run.publish)) {
    add(
      'publish-to-live: no image re-encoded after a one-line text edit',
      r,
      `${r.publish.imagesEncoded} encoded, ${r.publish.newCacheFiles} new cache files`,
      r.publish.imagesEncoded === 0 && r.publish.newCacheFiles === 0,
    );
  }
  // Search is indexed after Astro's process exits (scripts/build.mjs): the two peaks must not add up.
  for (const r of runs) {
    const ratio = r.cold.peakTreeRssBytes / r.cold.maxRssBytes;
    add(
      'cold build: process tree peak ≤ 1.1× its largest process',
      r,
      `${MB(r.cold.peakTreeRssBytes)} / ${MB(r.cold.maxRssBytes)} = ${ratio.toFixed(2)}×`,
      ratio <= 1.1,
    );
  }
  add('cold build peak RSS ≤ 4 GB (10,000)', big, big && MB(big.cold.peakTreeRssBytes), big && big.cold.peakTreeRssBytes <= 4e9);
  const bp = big?.publish ? big : undefined;
  add('publish-to-live ≤ 2 min (10,000)', bp, bp && s(bp.publish.wallMs), bp && bp.publish.wallMs <= 120_000);
  add('publish-to-live peak RSS ≤ 4 GB (10,000)', bp, bp && MB(bp.publish.peakTreeRssBytes), bp && bp.publish.peakTreeRssBytes <= 4e9);
  add(
    'cold build ≤ 3× bare Astro (1,000)',
    k?.baseline ? k : undefined,
    k?.baseline && `${(k.cold.wallMs / k.baseline.wallMs).toFixed(1)}×`,
    k?.baseline && k.cold.wallMs <= 3 * k.baseline.wallMs,
  );
  const sq = at(10000);
  add(
    'first search query ≤ 150 kB compressed (10,000)',
    sq?.search ? sq : undefined,
    sq?.search && `${kB(sq.search.first.gzip)} gzip`,
    sq?.search && sq.search.first.gzip <= 150_000,
  );
  for (const r of runs) {
    const p = r.pages.heaviestArticle;
    add(
      'content page: no JS, HTML+CSS ≤ 14 kB gzip',
      r,
      `${kB(p.html.gzip + p.css.gzip)}, ${p.js.files} JS`,
      p.js.files === 0 && p.html.gzip + p.css.gzip <= 14_000,
    );
  }
  for (const r of runs) {
    if (!r.lighthouse) continue;
    const all = Object.entries(r.lighthouse).map(([name, v]) => `${name} ${Object.values(v.scores).join('/')}`);
    add(
      'Lighthouse mobile 100/100/100/100 (home, article, profile, search)',
      r,
      all.join('; '),
      Object.values(r.lighthouse).every((v) => Object.values(v.scores).every((x) => x === 100)),
    );
  }
  return checks;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function markdownReport({ date, machine, runs, targets }) {
  const col = (f) =>
    runs.map((r) => {
      try {
        return f(r) ?? '–';
      } catch {
        return '–';
      }
    });
  const phase = (r, name) => r.cold.phases.find((p) => p.name === name);
  const phaseNames = [...new Set(runs.flatMap((r) => r.cold.phases.map((p) => p.name)))];
  const rows = [
    ['**Content**', ...col(() => '')],
    ['articles / model profiles', ...col((r) => `${r.content.articles} / ${r.content.models}`)],
    ['localities / photos', ...col((r) => `${r.content.localities ?? '–'} / ${r.content.photos}`)],
    ['**Cold build** (empty caches)', ...col(() => '')],
    ['wall time', ...col((r) => s(r.cold.wallMs))],
    ['CPU time (user + sys)', ...col((r) => `${r.cold.cpuSeconds.toFixed(0)} s`)],
    ['per entry', ...col((r) => `${(r.cold.wallMs / r.entries).toFixed(0)} ms`)],
    ['peak RSS, process tree', ...col((r) => MB(r.cold.peakTreeRssBytes))],
    ['peak RSS, largest process', ...col((r) => MB(r.cold.maxRssBytes))],
    ...phaseNames.map((name) => [
      `– ${name}`,
      ...col((r) => {
        const p = phase(r, name);
        return p ? `${s(p.ms)}, ${MB(p.peakRssBytes)}` : '–';
      }),
    ]),
    ['images encoded', ...col((r) => String(r.cold.imagesEncoded))],
    ['share images drawn (drawing time)', ...col((r) => r.cold.shareImages && `${r.cold.shareImages.drawn} (${s(r.cold.shareImages.drawMs)})`)],
    ['**Warm rebuild, one article text edited**', ...col(() => '')],
    ['wall time (share of cold)', ...col((r) => `${s(r.warmText.wallMs)} (${pct(r.warmText.wallMs / r.cold.wallMs)})`)],
    ['images re-encoded (new cache files)', ...col((r) => `${r.warmText.imagesEncoded} (${r.warmText.newCacheFiles})`)],
    ['share images drawn / from the cache', ...col((r) => r.warmText.shareImages && `${r.warmText.shareImages.drawn} / ${r.warmText.shareImages.reused}`)],
    ['**Warm rebuild, one photo added**', ...col(() => '')],
    ['wall time (share of cold)', ...col((r) => `${s(r.warmPhoto.wallMs)} (${pct(r.warmPhoto.wallMs / r.cold.wallMs)})`)],
    ['images encoded (new cache files)', ...col((r) => `${r.warmPhoto.imagesEncoded} (${r.warmPhoto.newCacheFiles})`)],
    ['**Publish-to-live** (clean checkout, caches restored, one line edited)', ...col(() => '')],
    ['wall time (cache restore + build)', ...col((r) => `${s(r.publish.wallMs)} (${s(r.publish.restoreMs)} + ${s(r.publish.buildMs)})`)],
    ['peak RSS, process tree / largest process', ...col((r) => `${MB(r.publish.peakTreeRssBytes)} / ${MB(r.publish.maxRssBytes)}`)],
    ['images re-encoded (new cache files)', ...col((r) => `${r.publish.imagesEncoded} (${r.publish.newCacheFiles})`)],
    ['**Bare Astro baseline** (same Markdown)', ...col(() => '')],
    ['wall time / peak RSS', ...col((r) => (r.baseline ? `${s(r.baseline.wallMs)} / ${MB(r.baseline.peakTreeRssBytes)}` : '–'))],
    ['this site ÷ baseline (wall)', ...col((r) => (r.baseline ? `${(r.cold.wallMs / r.baseline.wallMs).toFixed(1)}×` : '–'))],
    [
      'this site without the image phase ÷ baseline',
      ...col((r) => (r.baseline ? `${((r.cold.wallMs - (phase(r, 'optimize images')?.ms ?? 0)) / r.baseline.wallMs).toFixed(1)}×` : '–')),
    ],
    ['**Output**', ...col(() => '')],
    ['files / size', ...col((r) => `${r.output.files} / ${MB(r.output.bytes)}`)],
    ['HTML pages / size', ...col((r) => `${r.output.html.files} / ${MB(r.output.html.bytes)}`)],
    ['image files / size', ...col((r) => `${r.output.images.files} / ${MB(r.output.images.bytes)}`)],
    ['search index files / size (/pagefind/)', ...col((r) => `${r.output.pagefind.files} / ${MB(r.output.pagefind.bytes)}`)],
    ['**Search** (Chromium, /pagefind/ requests)', ...col(() => '')],
    ['first query: requests, gzip (brotli)', ...col((r) => `${r.search.first.requests}: ${kB(r.search.first.gzip)} (${kB(r.search.first.brotli)})`)],
    ['first query: uncompressed files', ...col((r) => kB(r.search.first.raw))],
    ['second query: requests, gzip (brotli)', ...col((r) => `${r.search.second.requests}: ${kB(r.search.second.gzip)} (${kB(r.search.second.brotli)})`)],
    ['query with d alone ("dong van"): requests, gzip', ...col((r) => (r.search.d ? `${r.search.d.requests}: ${kB(r.search.d.gzip)}` : '–'))],
    ['place with marks alone ("Tân Thành"): gzip, summary', ...col((r) => (r.search.place ? `${kB(r.search.place.gzip)}, ${r.search.place.status}` : '–'))],
    ['**Page weight**, gzip', ...col(() => '')],
    [
      'heaviest article: HTML + CSS, JS',
      ...col((r) => `${kB(r.pages.heaviestArticle.html.gzip)} + ${kB(r.pages.heaviestArticle.css.gzip)}, ${kB(r.pages.heaviestArticle.js.gzip)}`),
    ],
    ['home: HTML + CSS, JS', ...col((r) => `${kB(r.pages.home.html.gzip)} + ${kB(r.pages.home.css.gzip)}, ${kB(r.pages.home.js.gzip)}`)],
  ];
  const lhNames = [...new Set(runs.flatMap((r) => Object.keys(r.lighthouse ?? {})))];
  if (lhNames.length) {
    rows.push(['**Lighthouse mobile** (perf / a11y / best pr. / SEO)', ...col(() => '')]);
    for (const name of lhNames) rows.push([name, ...col((r) => Object.values(r.lighthouse[name].scores).join(' / '))]);
  }
  const failing = runs.flatMap((r) => Object.entries(r.lighthouse ?? {}).flatMap(([name, v]) => v.failing.map((f) => `- ${r.entries} entries, ${name}: ${f}`)));
  return [
    `Run ${date} on ${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; load average ${machine.loadAverageAtStart} at start, ${machine.loadAverageAtEnd} at end. Photos: ${runs[0] ? pct(runs[0].photoShare) : '–'} of entries.`,
    '',
    table(['', ...runs.map((r) => `${r.entries.toLocaleString('en')} entries`)], rows),
    '',
    table(
      ['Target', 'Entries', 'Measured', 'Met'],
      targets.map((t) => [
        t.target,
        t.entries ? t.entries.toLocaleString('en') : '–',
        t.value ?? 'not run',
        t.met === null ? 'not run' : t.met ? 'yes' : '**no**',
      ]),
    ),
    ...(failing.length ? ['', 'Lighthouse audits below full score:', '', ...failing] : []),
    '',
  ].join('\n');
}
