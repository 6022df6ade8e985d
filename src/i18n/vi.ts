/**
 * The words of the site's interface in Vietnamese, grouped by where they appear.
 * Its type (`UiStrings`) is the contract every other language module must satisfy.
 * Date words are in `viDates.ts`, apart so that the browser's search page loads only those.
 * Field labels are not here: they come from the field definitions (`src/schema/*Fields.ts`),
 * choice labels from `src/schema/taxonomy.ts`, the site's name from `src/config.ts`.
 * A phrase with `{name}` placeholders is rendered by `Phrase.astro`, which puts the
 * matching slot (a link, a list of links) in its place, so word order stays free.
 */
export const vi = {
  /** The document around every page. */
  page: {
    skipLink: 'Bỏ qua, đến nội dung chính',
  },
  /** The site header: the search box (the names in the band come from the settings and src/config.ts). */
  header: {
    searchPlaceholder: 'Tìm mô hình, địa bàn, tin tức…',
    searchButton: 'Tìm',
  },
  /** Names of the site's sections, in the main menu, breadcrumbs and titles. */
  nav: {
    label: 'Điều hướng chính',
    news: 'Tin tức',
    models: 'Mô hình',
    localities: 'Địa bàn',
    about: 'Giới thiệu',
    tags: 'Chủ đề',
    search: 'Tìm kiếm',
  },
  /** The column beside an article or a profile on wide screens (below the text on phones). */
  aside: {
    label: 'Đọc thêm',
    latestNews: 'Tin mới',
    relatedModels: 'Mô hình liên quan',
  },
  breadcrumbs: {
    label: 'Đường dẫn',
    home: 'Trang chủ',
  },
  footer: {
    about: 'Giới thiệu phong trào',
    rss: 'Nhận tin mới tự động (RSS)',
    contact: 'Liên hệ',
  },
  /** The contact page and the "report a crime" block; field labels come from `settingsFields`. */
  contact: {
    title: 'Liên hệ',
    description: 'Cơ quan chủ quản, cách liên hệ và các kênh chính thức để báo tin về tội phạm, vi phạm an ninh, trật tự.',
    detailsHeading: 'Thông tin cơ quan chủ quản',
    noDetails: 'Địa chỉ và số điện thoại của cơ quan chủ quản sẽ được đăng khi có thông tin chính thức.',
    reportHeading: 'Báo tin về tội phạm, vi phạm an ninh, trật tự',
    reportLead: 'Khi phát hiện tội phạm hoặc vi phạm pháp luật về an ninh, trật tự, hãy báo ngay cho cơ quan Công an qua các kênh chính thức dưới đây.',
    reportNearest: 'Bạn cũng có thể đến trình báo trực tiếp tại trụ sở Công an xã, phường nơi gần nhất.',
    socialHeading: 'Trang chính thức trên mạng xã hội',
  },
  /** The home page. */
  home: {
    heading: 'Phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Tuyên Quang',
    lead: 'Tin tức và những mô hình tự quản, mô hình liên kết giữ gìn an ninh, trật tự ở cơ sở.',
    searchLabel: 'Tìm mô hình theo địa bàn, loại hoặc lĩnh vực',
    searchHint: 'Ví dụ: Tràng Đà, tự quản, bảo vệ rừng',
    latestNews: 'Tin mới',
    allNews: 'Tất cả tin tức',
    featuredModels: 'Mô hình tiêu biểu',
    allModels: (count: number) => `Tất cả ${count} mô hình`,
    countsHeading: 'Mô hình theo loại và địa bàn',
  },
  /** The news list and an article's page. */
  article: {
    listDescription: 'Tin tức về phong trào Toàn dân bảo vệ an ninh Tổ quốc tại tỉnh Tuyên Quang.',
    listPageTitle: (page: number) => `Tin tức – trang ${page}`,
    none: 'Chưa có bài viết nào.',
    published: 'Đăng',
    updated: 'Cập nhật',
    readingTime: (minutes: number) => `${minutes} phút đọc`,
    relatedModels: 'Mô hình được nhắc đến trong bài',
    relatedNews: 'Tin liên quan',
  },
  /** The sections (chuyên mục): their list and each one's page. */
  sections: {
    indexTitle: 'Chuyên mục',
    indexDescription: 'Các chuyên mục tin bài của phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Tuyên Quang.',
    pageDescription: (count: number, name: string) => `${count} bài viết trong chuyên mục ${name}.`,
    feed: 'RSS của chuyên mục',
    none: 'Chuyên mục này chưa có bài viết.',
    articleCount: (count: number) => `(${count}\u00a0bài viết)`,
  },
  /** The list of topics and a topic's page. */
  tags: {
    indexDescription: 'Các chủ đề của tin tức phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Tuyên Quang.',
    pageTitle: (tag: string) => `Chủ đề: ${tag}`,
    pageDescription: (count: number, tag: string) => `${count} bài viết về ${tag}.`,
  },
  /** Model lists, directory pages, cards and the profile page. */
  model: {
    indexTitle: 'Mô hình điển hình',
    indexHeading: 'Mô hình bảo đảm an ninh, trật tự',
    indexDescription: (count: number) => `${count} mô hình tự quản, mô hình liên kết bảo đảm an ninh, trật tự tại tỉnh Tuyên Quang.`,
    indexLead: (count: number) => `${count} mô hình tự quản và liên kết. Duyệt theo loại, lĩnh vực hoặc địa bàn, hoặc {search}.`,
    indexSearchLink: 'tìm kiếm',
    all: 'Tất cả mô hình',
    count: (count: number) => `${count} mô hình.`,
    none: 'Chưa có mô hình nào.',
    typeTitle: (type: string) => `Mô hình ${type.toLowerCase()}`,
    typeDescription: (count: number, type: string) => `${count} mô hình ${type.toLowerCase()} bảo đảm an ninh, trật tự tại tỉnh Tuyên Quang.`,
    sectorTitle: (sector: string) => `Mô hình trong lĩnh vực ${sector.toLowerCase()}`,
    sectorDescription: (count: number, sector: string) =>
      `${count} mô hình bảo đảm an ninh, trật tự trong lĩnh vực ${sector.toLowerCase()} tại tỉnh Tuyên Quang.`,
    profileHeading: (name: string) => `Mô hình “${name}”`,
    factsHeading: 'Thông tin mô hình',
    sinceMerger: '(từ ngày 1/7/2025)',
    sources: 'Nguồn',
    /** After the status: the year of the newest source it is known from. */
    statusAsOf: (year: number) => `(theo bài viết năm ${year})`,
  },
  /** Links from the model pages to the directory pages. */
  facets: {
    label: 'Duyệt mô hình',
    byType: 'Theo loại',
    bySector: 'Theo lĩnh vực',
    byLocality: 'Theo địa bàn',
    localitiesLink: 'Xem theo xã, phường',
  },
  /** The tables of model counts (home and about pages). */
  counts: {
    typeRow: (type: string) => `Mô hình ${type.toLowerCase()}`,
    byTypeCaption: 'Số mô hình theo loại',
    byLocalityCaption: 'Số mô hình theo đơn vị hành chính hiện nay',
    typeColumn: 'Loại',
    localityColumn: 'Địa bàn hiện nay',
    countColumn: 'Số mô hình',
    total: 'Tổng số',
  },
  /** The list of localities and a locality's page. */
  locality: {
    indexTitle: 'Mô hình theo địa bàn',
    indexDescription: 'Các mô hình bảo đảm an ninh, trật tự theo xã, phường của tỉnh Tuyên Quang, cả theo tên đơn vị trước ngày 1/7/2025.',
    indexLead:
      'Từ ngày 1/7/2025, tỉnh Tuyên Quang (hợp nhất với tỉnh Hà Giang) còn hai cấp: tỉnh và xã, phường; cấp huyện không còn. Mỗi mô hình được xếp cả theo địa bàn như nguồn tin ghi và theo đơn vị hiện nay.',
    currentHeading: 'Xã, phường hiện nay',
    formerHeading: 'Đơn vị trước ngày 1/7/2025',
    // No-break spaces: "(1 mô hình)" never breaks between its words.
    modelCount: (count: number) => `(${count}\u00a0mô\u00a0hình)`,
    nowPartOf: (unit: string) => `nay thuộc ${unit}`,
    /** A village named with its commune, in lists and search filters. */
    villageOf: (village: string, commune: string) => `${village}, ${commune}`,
    /** A former unit whose name a unit of today carries. */
    formerNamesake: (name: string) => `${name} (cũ)`,
    pageTitle: (name: string) => `Mô hình tại ${name}`,
    pageDescription: (models: number, articles: number, name: string) => `${models} mô hình và ${articles} bài viết về ${name}, tỉnh Tuyên Quang.`,
    formerParents: 'Trước ngày 1/7/2025 thuộc {places}.',
    parents: 'Thuộc {places}.',
    isCurrent: 'Đơn vị hành chính hiện nay.',
    mergedInto: 'Từ ngày 1/7/2025 thuộc {places}.',
    dissolved: 'Không còn là đơn vị hành chính từ ngày 1/7/2025.',
    presumedUnit: 'Nay thuộc địa bàn {places} (theo đơn vị cấp trên; chưa xác minh tên thôn hiện nay).',
    formerUnits: 'Trong đó có địa bàn của các đơn vị cũ: {places}.',
    /** A unit that existed before 1/7/2025 too and took others in (the province took in Hà Giang). */
    tookInUnits: 'Từ ngày 1/7/2025 gồm cả địa bàn của: {places}.',
    /** A former unit with no model of its own: where to look today. */
    noModelsSeeCurrent: 'Chưa có mô hình nào ghi địa bàn này. Xem các mô hình của {places} hiện nay.',
    modelsHeading: (count: number) => `Mô hình (${count})`,
    noModels: 'Chưa có mô hình nào trên địa bàn này.',
    articlesHeading: (count: number) => `Bài viết (${count})`,
    subunits: 'Đơn vị trực thuộc',
  },
  pagination: {
    label: 'Phân trang',
    previous: '← Trang trước',
    next: 'Trang sau →',
    position: (current: number, last: number) => `Trang ${current}/${last}`,
  },
  share: {
    label: 'Chia sẻ bài viết',
    lead: 'Chia sẻ:',
    email: 'Thư điện tử',
    newWindow: ' (mở cửa sổ mới)',
    /** Link to the share page, where the phone's share sheet (Zalo…) and copying are offered. */
    more: 'Zalo, sao chép liên kết…',
  },
  /** The share page (/chia-se/): the system share sheet, copying the link, Facebook. */
  sharePage: {
    title: 'Chia sẻ',
    description: 'Chia sẻ một trang của trang thông tin qua Zalo, Facebook hoặc sao chép liên kết.',
    lead: 'Bạn đang chia sẻ:',
    system: 'Chia sẻ qua ứng dụng trên máy (Zalo, Messenger…)',
    copy: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết.',
    copyFailed: 'Chưa sao chép được. Hãy chọn liên kết ở ô trên rồi sao chép.',
    linkLabel: 'Liên kết',
    back: 'Quay lại trang',
    invalid: 'Liên kết chia sẻ không hợp lệ. Hãy quay lại trang bạn muốn chia sẻ và bấm lại nút chia sẻ.',
    noScript: 'Trang này cần JavaScript để mở bảng chia sẻ. Bạn vẫn có thể sao chép liên kết ở ô trên.',
  },
  /** The 404 page. */
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Trang bạn tìm không có hoặc đã được chuyển đi.',
    intro: 'Trang bạn tìm không có hoặc đã được chuyển đi. Bạn có thể:',
    searchHint: '{search} mô hình, địa bàn hoặc tin tức;',
    browseHint: 'xem {models} hoặc {news};',
    modelsLink: 'danh sách mô hình',
    newsLink: 'tin tức mới',
    homeHint: 'về {home}.',
    homeLink: 'trang chủ',
  },
  /** The RSS feed, also named in every page's head. */
  feed: {
    title: (siteName: string) => `${siteName} – Tin tức`,
    sectionTitle: (section: string, siteName: string) => `${siteName} – ${section}`,
  },
  /** The search page (/tim-kiem/); its script reads these from the markup, not from this module. */
  search: {
    /** The one line under the search box that says how to search. */
    hint: 'Gõ có dấu để tìm đúng chữ (Tràng Đà), không dấu để tìm rộng (trang da); đặt cụm từ trong "ngoặc kép" để tìm nguyên cụm; thu hẹp bằng bộ lọc.',
    approximateHeading: 'Kết quả gần đúng',
    approximateNote: 'Các trang này có các chữ ấy nhưng khác dấu, không được tính vào số kết quả.',
    /** Before the query as read from raw Telex/VNI or syllables run together ("xăng dầu"). */
    readAs: 'Từ khóa được hiểu là:',
  },
  /** The statistics page (/thong-ke/): model counts as charts and tables. */
  stats: {
    title: 'Thống kê mô hình',
    description: (count: number) =>
      `Số liệu ${count} mô hình bảo đảm an ninh, trật tự tại tỉnh Tuyên Quang theo loại, lĩnh vực, địa bàn hiện nay và năm thành lập.`,
    lead: (count: number) => `Tính từ ${count} hồ sơ mô hình đã đăng trên trang, mỗi lần trang được cập nhật. Mỗi biểu đồ có bảng số liệu đi kèm.`,
    byType: 'Theo loại mô hình',
    bySector: 'Theo lĩnh vực',
    byUnit: 'Theo đơn vị hành chính hiện nay (từ ngày 1/7/2025)',
    byYear: 'Theo năm thành lập',
    sectorColumn: 'Lĩnh vực',
    yearColumn: 'Năm thành lập',
    unknownUnit: 'Chưa xác định đơn vị hiện nay',
    unknownYear: 'Không rõ năm',
    none: 'Chưa có số liệu.',
  },
  /** The glossary page (/thuat-ngu/): the abbreviations the texts use. */
  glossary: {
    title: 'Thuật ngữ, chữ viết tắt',
    description: 'Các chữ viết tắt dùng trong tin bài và hồ sơ mô hình của phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh Tuyên Quang và dạng viết đầy đủ.',
    lead: 'Lần đầu một chữ viết tắt xuất hiện trong bài viết hay hồ sơ mô hình, chữ ấy được gạch chấm bên dưới; trên máy tính, di chuột vào để xem dạng đầy đủ. Bảng dưới đây giải thích tất cả.',
  },
  /** An article's photo gallery. */
  gallery: {
    heading: (count: number) => `Bộ ảnh (${count}\u00a0ảnh)`,
    fullSize: 'Mở ảnh cỡ lớn',
  },
};

/** What a language module must provide: every key, each with the same parameters. */
export type UiStrings = typeof vi;
