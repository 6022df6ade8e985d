/**
 * Writes a synthetic site's content/ folder: Vietnamese news articles and model profiles
 * spread over a fixed tree of ~530 localities, the ten sectors and both model types, with
 * real JPEG photos beside a share of them. Deterministic for a given seed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
// The site's own rules (Node 24 runs TypeScript directly), so generated ids pass the content check.
import { slugify } from '../src/lib/slugify.ts';
import { SECTORS as SECTOR_CHOICES } from '../src/schema/taxonomy.ts';

/** Shares and lengths, chosen to look like the seed content and a provincial news site. */
export const PROPORTIONS = {
  /** Share of entries that are news articles; the rest are model profiles. */
  articleShare: 0.65,
  /** Share of entries marked draft (built by Astro, not published). */
  draftShare: 0.02,
  /** Paragraphs per article: most 6–14 (≈ 700–1,700 words, like the seed article), 4 % long reports 30–45. */
  articleParagraphs: [6, 14],
  longArticleShare: 0.04,
  longArticleParagraphs: [30, 45],
  /** Paragraphs per model profile (≈ 200–600 words, like the seed profiles). */
  modelParagraphs: [2, 6],
  /** Photo size: a phone photo already resized by the CMS user, ~250–450 kB JPEG. */
  photoWidth: 2000,
  photoHeight: 1333,
  /** Distinct photos generated; entries get copies (each copy is its own file to Astro). */
  photoPool: 24,
};

/** Small seeded PRNG (mulberry32), so two runs generate the same site. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, lo, hi) => {
    const n = Math.min(list.length, int(lo, hi));
    const out = new Set();
    while (out.size < n) out.add(pick(list));
    return [...out];
  };
  return { next, int, pick, some, chance: (p) => next() < p };
}

const SECTORS = SECTOR_CHOICES.values;
const SECTOR_WORDS = {
  'vat-lieu-no': 'kho vật liệu nổ',
  'luoi-dien': 'an toàn lưới điện',
  rung: 'quản lý, bảo vệ rừng',
  'du-tru-quoc-gia': 'kho dự trữ quốc gia',
  'xi-mang': 'nhà máy xi măng',
  'ngan-hang': 'an toàn ngân hàng',
  'xang-dau': 'cửa hàng xăng dầu',
  'co-quan-nha-nuoc': 'cơ quan nhà nước',
  'doanh-nghiep': 'doanh nghiệp',
  khac: 'khu dân cư',
};
const FIRST = [
  'Tân',
  'Mỹ',
  'Yên',
  'Hòa',
  'Phú',
  'Thái',
  'Trung',
  'Kim',
  'Đạo',
  'Minh',
  'Hùng',
  'Vĩnh',
  'Bình',
  'Lương',
  'Xuân',
  'Thượng',
  'Đông',
  'Tràng',
  'Kiến',
  'Hồng',
];
const SECOND = [
  'Thành',
  'Bằng',
  'Sơn',
  'Lợi',
  'Long',
  'Hưng',
  'An',
  'Thịnh',
  'Đà',
  'Lâm',
  'Tiến',
  'Quang',
  'Xuân',
  'Trung',
  'Kiệt',
  'Nhân',
  'Tường',
  'Phúc',
  'Khánh',
  'Đức',
];
const DISTRICTS = ['Yên Sơn', 'Sơn Dương', 'Hàm Yên', 'Chiêm Hóa', 'Na Hang', 'Lâm Bình', 'Bắc Mê', 'Vị Xuyên', 'Quản Bạ', 'Đồng Văn'];
const HOSTS = [
  'Công ty cổ phần',
  'Chi nhánh',
  'Ban quản lý',
  'Hợp tác xã',
  'Công ty TNHH MTV',
  'Trường THPT',
  'Bệnh viện đa khoa',
  'Chi cục',
  'Điện lực',
  'Ngân hàng TMCP',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ma', 'Hà', 'Triệu', 'Nông', 'Lý'];
const GIVEN = ['Văn Hùng', 'Thị Hoa', 'Minh Tuấn', 'Thu Hằng', 'Đức Thắng', 'Thị Lan', 'Quang Huy', 'Thanh Tâm', 'Ngọc Ánh', 'Văn Đông'];
const UNITS = ['Phòng An ninh Kinh tế', 'Phòng Xây dựng phong trào toàn dân bảo vệ ANTQ', 'Công an xã', 'Công an phường', 'Phòng Tham mưu', 'Ban Chỉ đạo 138'];
const TAGS = [
  'phong trào toàn dân bảo vệ an ninh tổ quốc',
  'mô hình tự quản',
  'mô hình liên kết',
  'an ninh kinh tế',
  'an ninh trật tự',
  'phòng cháy chữa cháy',
  'an toàn giao thông',
  'phòng chống ma túy',
  'bảo vệ rừng',
  'an ninh mạng',
  'lực lượng bảo vệ ANTT ở cơ sở',
  'tổ tự quản',
  'dân vận khéo',
  'ngày hội toàn dân',
  'tội phạm lừa đảo',
  'cư trú',
  'căn cước',
  'nông thôn mới',
  'khu dân cư an toàn',
  'camera an ninh',
  'đề án 06',
  'an toàn lưới điện',
  'học sinh',
  'doanh nghiệp',
];
const SUBJECTS = [
  'Công an tỉnh Tuyên Quang',
  'lực lượng Công an xã',
  'cấp ủy, chính quyền cơ sở',
  'Ban Chỉ đạo phong trào',
  'các tổ tự quản',
  'đoàn viên thanh niên',
  'lực lượng bảo vệ an ninh, trật tự ở cơ sở',
  'quần chúng nhân dân',
  'các cơ quan, doanh nghiệp',
  'Mặt trận Tổ quốc xã',
  'người có uy tín trong đồng bào dân tộc thiểu số',
];
const VERBS = [
  'đã phối hợp tổ chức',
  'tiếp tục đẩy mạnh',
  'thường xuyên tuyên truyền',
  'chủ động nắm tình hình và triển khai',
  'tích cực tham gia',
  'kịp thời phát hiện, xử lý',
  'duy trì hiệu quả',
  'đã vận động nhân dân thực hiện',
  'tăng cường kiểm tra, hướng dẫn',
  'nhân rộng',
];
const OBJECTS = [
  'các buổi tuyên truyền pháp luật về phòng, chống tội phạm',
  'phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'mô hình tự quản về an ninh, trật tự',
  'công tác tuần tra, canh gác tại khu dân cư',
  'việc thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ',
  'công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'các biện pháp phòng ngừa tội phạm lừa đảo trên không gian mạng',
  'việc bảo vệ hành lang an toàn lưới điện',
  'công tác quản lý cư trú và cấp căn cước',
  'nội dung Luật An ninh mạng và Luật Phòng, chống ma túy',
  'việc giải quyết mâu thuẫn, tranh chấp ngay từ cơ sở',
];
const TAILS = [
  'góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn',
  'với hơn {n} lượt người tham gia',
  'trong {n} tháng đầu năm',
  'tạo sự chuyển biến rõ nét trong nhận thức của người dân',
  'được nhân dân đồng tình, hưởng ứng',
  'nhất là ở các thôn vùng sâu, vùng xa',
  'theo đúng phương châm “Nghe dân nói, nói dân nghe, làm dân tin”',
  'qua đó phát hiện, cung cấp {n} nguồn tin có giá trị',
  'bảo đảm an toàn tuyệt đối cho người và tài sản',
];

function sentence(r) {
  const tail = r.pick(TAILS).replace('{n}', String(r.int(2, 9) * (r.chance(0.5) ? 1 : 1000)));
  const s = `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}, ${tail}`;
  const more = r.chance(0.4) ? `; đồng thời ${r.pick(VERBS)} ${r.pick(OBJECTS)}` : '';
  return s.charAt(0).toUpperCase() + s.slice(1) + more + '.';
}

function paragraph(r) {
  return Array.from({ length: r.int(2, 5) }, () => sentence(r)).join(' ');
}

function personName(r) {
  return `${r.pick(FAMILY)} ${r.pick(GIVEN)}`;
}

function date(r) {
  const y = r.int(2015, 2026);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  const form = r.next();
  return form < 0.05 ? `${y}` : form < 0.1 ? `${y}-${m}` : `${y}-${m}-${d}`;
}

const q = (text) => JSON.stringify(text);
const list = (values) => `[${values.map(q).join(', ')}]`;

/** The fixed locality tree: 2 provinces, 10 old districts, 124 current and 160 old communes, 240 villages. */
export function localities() {
  const out = [
    { id: 'tinh-tuyen-quang', name: 'Tuyên Quang', kind: 'tinh', current: true },
    { id: 'tinh-ha-giang', name: 'Hà Giang', kind: 'tinh', current: false, successor: 'tinh-tuyen-quang' },
  ];
  const districts = DISTRICTS.map((name, i) => ({
    id: `huyen-${slugify(name)}`,
    name,
    kind: 'huyen',
    parent: i < 6 ? 'tinh-tuyen-quang' : 'tinh-ha-giang',
    current: false,
  }));
  out.push(...districts);
  const names = FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`));
  const current = names.slice(0, 124).map((name, i) => ({
    id: `${i % 5 === 0 ? 'phuong' : 'xa'}-${slugify(name)}`,
    name,
    kind: i % 5 === 0 ? 'phuong' : 'xa',
    parent: 'tinh-tuyen-quang',
    current: true,
  }));
  out.push(...current);
  const old = names.slice(124, 284).map((name, i) => ({
    id: `xa-${slugify(name)}-cu`,
    name,
    kind: 'xa',
    parent: districts[i % districts.length].id,
    current: false,
    successor: current[i % current.length].id,
  }));
  out.push(...old);
  for (let i = 0; i < 240; i++) {
    const commune = old[i % old.length];
    const n = Math.floor(i / old.length) + 1 + (i % 7);
    out.push({ id: `thon-${n}-${commune.id}`, name: String(n), kind: 'thon', parent: commune.id });
  }
  return out;
}

/** How text names a place: villages by "thôn N", the rest by name. */
const displayName = (l) => (l.kind === 'thon' ? `thôn ${l.name}` : l.name);

function localityYaml(l) {
  const lines = [`name: ${q(l.name)}`, `kind: ${l.kind}`];
  if (l.parent) lines.push(`parent: ${l.parent}`);
  if (l.current !== undefined) lines.push(`current: ${l.current}`);
  if (l.successor) lines.push(`successor: ${l.successor}`);
  lines.push(
    `aliases: ${list([`${l.kind === 'xa' ? 'xã' : l.kind === 'phuong' ? 'phường' : l.kind === 'thon' ? 'thôn' : l.kind === 'huyen' ? 'huyện' : 'tỉnh'} ${l.name}`])}`,
  );
  return lines.join('\n') + '\n';
}

/** A JPEG with soft shapes and sensor-like noise, so it compresses like a photo (~300 kB). */
export async function makePhoto(path, width, height, seed) {
  const r = rng(seed);
  const pixels = Buffer.alloc(width * height * 3);
  const cx = r.int(0, width),
    cy = r.int(0, height),
    hue = r.int(0, 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const d = Math.hypot(x - cx, y - cy) / width;
      const n = (Math.sin(x / 37 + seed) + Math.cos(y / 23)) * 20 + (r.next() - 0.5) * 36;
      pixels[i] = Math.max(0, Math.min(255, 120 + 100 * Math.cos(d * 6 + hue) + n));
      pixels[i + 1] = Math.max(0, Math.min(255, 110 + 80 * Math.sin(d * 4) + n));
      pixels[i + 2] = Math.max(0, Math.min(255, (x * 200) / width + n * 0.5));
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 82 })
    .toFile(path);
}

/**
 * The same photo with a JPEG comment (COM segment) after the start marker: it decodes to the
 * same pixels but hashes differently, so Astro encodes each copy as the distinct photo a real
 * site would have (identical files share one set of encoded images).
 */
export function distinctCopy(jpeg, comment) {
  const text = Buffer.from(comment, 'utf8');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]);
}

/**
 * Generates `entries` articles and profiles under `root/content/`, `photoShare` of them with a
 * cover photo. Returns what later steps need: ids, which entries have photos, the photo pool.
 */
export async function generateContent(root, { entries, photoShare, seed = 1, onProgress = () => {} }) {
  const r = rng(seed);
  const P = PROPORTIONS;
  const content = join(root, 'content');
  const places = localities();
  await mkdir(join(content, 'localities'), { recursive: true });
  await Promise.all(places.map((l) => writeFile(join(content, 'localities', `${l.id}.yml`), localityYaml(l))));
  const placeIds = places.filter((l) => l.kind !== 'tinh').map((l) => l.id);

  const poolDir = join(root, 'photo-pool');
  await mkdir(poolDir, { recursive: true });
  const poolSize = Math.min(P.photoPool, Math.max(1, Math.ceil(entries * photoShare)));
  const pool = [];
  for (let i = 0; i < poolSize; i++) {
    const path = join(poolDir, `anh-${i}.jpg`);
    await makePhoto(path, P.photoWidth, P.photoHeight, seed * 1000 + i);
    pool.push(path);
  }

  const nArticles = Math.round(entries * P.articleShare);
  const nModels = entries - nArticles;
  const used = new Set();
  const uniqueSlug = (title) => {
    const base = slugify(title, 90);
    let slug = base,
      i = 2;
    while (used.has(slug)) slug = `${base}-${i++}`;
    used.add(slug);
    return slug;
  };

  const models = Array.from({ length: nModels }, () => {
    const sector = r.pick(SECTORS);
    const type = r.chance(0.55) ? 'lien-ket' : 'tu-quan';
    const locality = r.pick(placeIds);
    const placeName = displayName(places.find((l) => l.id === locality));
    const host = `${r.pick(HOSTS)} ${r.pick(FIRST)} ${r.pick(SECOND)}`;
    const name =
      type === 'lien-ket'
        ? `Liên kết bảo đảm an ninh, trật tự ${SECTOR_WORDS[sector]} giữa ${host} với nhân dân ${placeName}`
        : `Tự quản về an ninh, trật tự ${SECTOR_WORDS[sector]} tại ${host}, ${placeName}`;
    return {
      id: uniqueSlug(`${type === 'lien-ket' ? 'lien-ket' : 'tu-quan'} ${SECTOR_WORDS[sector]} ${host} ${placeName}`),
      name,
      type,
      sector,
      host,
      locality,
      placeName,
    };
  });
  const articles = Array.from({ length: nArticles }, () => {
    const topic = r.pick(OBJECTS);
    const place = r.pick(placeIds);
    const placeName = displayName(places.find((l) => l.id === place));
    const title = `${placeName}: ${r.pick(VERBS).replace(/^đã /, '')} ${topic}`.slice(0, 190);
    return { id: uniqueSlug(title), title: title.charAt(0).toUpperCase() + title.slice(1), place };
  });

  const photoEntries = [];
  const withPhoto = (dir) => {
    if (!r.chance(photoShare)) return '';
    photoEntries.push(dir);
    return `cover:\n  src: ./anh-bia.jpg\n  alt: ${q('Lực lượng Công an xã cùng nhân dân tuần tra bảo đảm an ninh, trật tự')}\n`;
  };

  let written = 0;
  const tick = () => {
    written += 1;
    if (written % 500 === 0 || written === entries) onProgress(written, entries);
  };

  for (const m of models) {
    const dir = join(content, 'models', m.id);
    await mkdir(dir, { recursive: true });
    const sources = articles.length ? r.some(articles, 0, 2).map((a) => a.id) : [];
    const body = Array.from({ length: r.int(...P.modelParagraphs) }, () => paragraph(r)).join('\n\n');
    const fm = [
      `name: ${q(m.name)}`,
      `type: ${m.type}`,
      `sector: ${m.sector}`,
      `host: ${q(m.host)}`,
      m.type === 'lien-ket' ? `partners: ${list([`nhân dân ${m.placeName}`])}` : '',
      `locality: ${m.locality}`,
      `placeAsWritten: ${q(`xã ${m.placeName}, tỉnh Tuyên Quang`)}`,
      r.chance(0.6) ? `established: ${r.int(2005, 2025)}` : '',
      `status: ${r.pick(['hoat-dong', 'hoat-dong', 'hoat-dong', 'ngung-hoat-dong', 'chua-ro'])}`,
      `summary: ${q(`Mô hình ${m.type === 'lien-ket' ? 'liên kết' : 'tự quản'} bảo đảm an ninh, trật tự ${SECTOR_WORDS[m.sector]} tại ${m.placeName}.`)}`,
      withPhoto(dir).trimEnd(),
      sources.length ? `sources: ${list(sources)}` : '',
      `draft: ${r.chance(P.draftShare)}`,
    ].filter(Boolean);
    await writeFile(join(dir, 'index.md'), `---\n${fm.join('\n')}\n---\n\n${body}\n`.normalize('NFC'));
    tick();
  }

  for (const a of articles) {
    const dir = join(content, 'articles', a.id);
    await mkdir(dir, { recursive: true });
    const related = models.length ? r.some(models, 0, 3) : [];
    const long = r.chance(P.longArticleShare);
    const paragraphs = Array.from({ length: r.int(...(long ? P.longArticleParagraphs : P.articleParagraphs)) }, () => paragraph(r));
    if (related.length) {
      const items = related.map((m, i) => `${i + 1}. [Mô hình ${m.name}](/mo-hinh/${m.id}/);`);
      paragraphs.splice(Math.min(3, paragraphs.length), 0, `Đến nay, trên địa bàn đã xây dựng được các mô hình:\n\n${items.join('\n\n')}`);
    }
    if (paragraphs.length > 8) paragraphs.splice(Math.floor(paragraphs.length / 2), 0, '## Những kết quả nổi bật');
    const fm = [
      `title: ${q(a.title)}`,
      `description: ${q(sentence(r).slice(0, 290))}`,
      `publishDate: ${q(date(r))}`,
      `author: ${q(personName(r))}`,
      `authorUnit: ${q(`${r.pick(UNITS)}, Công an tỉnh Tuyên Quang`)}`,
      withPhoto(dir).trimEnd(),
      `tags: ${list(r.some(TAGS, 1, 5))}`,
      related.length ? `models:\n${related.map((m) => `  - ${m.id}`).join('\n')}` : '',
      `localities:\n${[a.place, ...r.some(placeIds, 0, 2)]
        .filter((v, i, all) => all.indexOf(v) === i)
        .map((id) => `  - ${id}`)
        .join('\n')}`,
      `draft: ${r.chance(P.draftShare)}`,
    ].filter(Boolean);
    await writeFile(join(dir, 'index.md'), `---\n${fm.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`.normalize('NFC'));
    tick();
  }

  const poolBytes = await Promise.all(pool.map((path) => readFile(path)));
  await Promise.all(photoEntries.map((dir, i) => writeFile(join(dir, 'anh-bia.jpg'), distinctCopy(poolBytes[i % pool.length], `${dir} ${i}`))));
  return {
    articles: articles.map((a) => a.id),
    models: models.map((m) => m.id),
    localities: places.length,
    photos: photoEntries.length,
    /** `articles/<id>` and `models/<id>` of the entries with a photo. */
    photoDirs: new Set(photoEntries.map((dir) => relative(content, dir))),
    pool,
  };
}
