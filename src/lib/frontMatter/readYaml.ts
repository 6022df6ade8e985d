/**
 * Reads front matter or a data file with the project's one YAML library (`yaml`), strictly:
 * anything Astro's own reader (js-yaml) would read differently or that hides a value
 * from the content check — anchors and aliases, merge keys (`<<`), tags (`!!str`),
 * duplicate keys, number-like text that js-yaml turns into a number — is refused with a
 * Vietnamese message and its line. Dates stay the text written (js-yaml would turn an
 * unquoted 2021-02-30 into 2 March); their paths are returned so the caller can refuse
 * them in fields that are not dates.
 */
import { isAlias, isMap, isPair, isScalar, LineCounter, parseDocument, Scalar, visit, type Node } from 'yaml';

export interface YamlIssue {
  message: string;
  /** 1-based line in the file. */
  line?: number | undefined;
}

export interface YamlRead {
  /** The mapping read, or undefined when the text is not a valid mapping. */
  data?: Record<string, unknown> | undefined;
  issues: YamlIssue[];
  /** Paths (`publishDate`, `cover.alt`) of unquoted values that js-yaml reads as dates. */
  dateLike: string[];
}

/** js-yaml's timestamp forms (YAML 1.1), which Astro reads as Date objects. */
const TIMESTAMP = [/^\d{4}-\d\d-\d\d$/, /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/];
/** Plain text js-yaml reads as a number while YAML 1.2 reads it as text, or the other way round. */
const NUMBER_LIKE = [/^[-+]?0b[01_]+$/, /^[-+]0x[0-9a-fA-F_]+$/, /^[-+]0o[0-7_]+$/, /^\+\.\d/];

const YAML_MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'một tên trường xuất hiện hai lần; hãy giữ một',
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; hãy dùng dấu cách',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
  MULTILINE_IMPLICIT_KEY: 'một dòng thiếu dấu hai chấm "tên: giá trị", hoặc chữ nhiều dòng chưa đặt trong ngoặc kép',
  BLOCK_AS_IMPLICIT_KEY: 'một dòng thiếu dấu hai chấm "tên: giá trị"',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt cả giá trị trong ngoặc kép',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  MULTIPLE_DOCS: 'có dòng --- hoặc ... thừa ở giữa',
  BAD_DQ_ESCAPE: 'có dấu \\ không hợp lệ trong ngoặc kép',
};

const nodePath = (path: readonly unknown[]) =>
  path
    .filter((p): p is { key: unknown } => isPair(p))
    .map((p) => String(isScalar(p.key) ? p.key.value : p.key))
    .join('.');

export function readYaml(text: string, firstLine = 1): YamlRead {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, merge: false, schema: 'core', strict: true, prettyErrors: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + firstLine - 1);
  const issues: YamlIssue[] = [];
  const [first] = doc.errors;
  if (first) {
    // One mistake often shows as several errors: name the first, over the lines they span.
    const lines = doc.errors.flatMap((e) => (e.linePos ?? []).map((p) => p.line + firstLine - 1));
    const [from, to] = [Math.min(...lines), Math.max(...lines)];
    const where = lines.length ? ` ở dòng ${from === to ? from : `${from}–${to}`}` : '';
    const why = YAML_MESSAGES[first.code] ?? first.message.split('\n')[0];
    issues.push({ line: lines.length ? from : undefined, message: `phần thông tin (YAML) viết sai cú pháp${where}: ${why}` });
  }
  if (issues.length) return { issues, dateLike: [] };

  const dateLike: string[] = [];
  const refuse = (node: Node, message: string) => issues.push({ line: lineOf(node.range?.[0]), message });
  visit(doc, {
    Alias(_, node) {
      refuse(node, `dùng bí danh YAML (*${node.source}); hãy viết thẳng giá trị`);
    },
    Node(_, node, path) {
      if (isAlias(node)) return;
      if (node.anchor) refuse(node, `dùng neo YAML (&${node.anchor}); hãy viết thẳng giá trị, không dùng & và *`);
      // The yaml library sets `tag` only for a tag written in the source (`!!str 12`).
      if (node.tag) refuse(node, `dùng thẻ kiểu YAML (${node.tag.replace('tag:yaml.org,2002:', '!!')}); hãy bỏ thẻ, viết giá trị bình thường`);
      if (!isScalar(node) || node.type !== Scalar.PLAIN || typeof node.source !== 'string') return;
      const source = node.source;
      if (TIMESTAMP.some((re) => re.test(source))) dateLike.push(nodePath(path));
      else if (NUMBER_LIKE.some((re) => re.test(source))) refuse(node, `giá trị ${source} có thể bị đọc thành số; hãy đặt trong ngoặc kép: "${source}"`);
    },
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && key.value === '<<') refuse(key, 'dùng khóa gộp YAML (<<); hãy viết từng trường ra');
      else if (key !== null && !isScalar(key)) refuse(key as Node, 'tên trường phải là chữ đơn giản');
    },
  });
  if (issues.length) return { issues, dateLike: [] };

  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { data: {}, issues, dateLike };
  if (!isMap(doc.contents)) {
    return { issues: [{ message: 'phần thông tin phải là các cặp "tên: giá trị", mỗi dòng một trường' }], dateLike };
  }
  return { data: value as Record<string, unknown>, issues, dateLike };
}
