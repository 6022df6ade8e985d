/**
 * Builds a collection's zod schema from its field definitions, with messages an
 * editor can act on. Astro's content config and the build's content check both use it.
 */
import { z } from 'astro/zod';
import { parsePartialDate, toIsoDate, type PartialDate } from './partialDate';
import { type FieldDef, isRequired, TEXT_LIMITS } from './fieldTypes';
import { hasLetterOrDigit, textProblem, visibleText } from './textRules';

/** What differs between Astro (real `image()` and `reference()`) and the standalone check. */
export interface SchemaContext {
  image: () => z.ZodType;
  reference: (collection: string) => z.ZodType;
}

const nfc = (text: string) => text.normalize('NFC');

/** Decap saves an optional field the editor cleared as "" (or null): treat it as absent. */
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const text = (maxLength: number = TEXT_LIMITS.line, multiline = false) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'bắt buộc nhưng chưa có' : 'phải là chữ') })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, { multiline, maxLength });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(nfc);

/** A list of short texts (tags, partners, other names), each with a letter or digit. */
const texts = (maxItems: number, maxItemLength: number) =>
  z.preprocess(
    (v) => v ?? [],
    z
      .array(text(maxItemLength).refine(hasLetterOrDigit, 'phải có ít nhất một chữ cái hoặc chữ số'), { error: 'phải là danh sách' })
      .max(maxItems, `nhiều quá ${maxItems} mục`),
  );

const ALT_MISSING = 'ảnh cần có mô tả (alt) cho người khiếm thị';

const partialDate = z.unknown().transform((value, ctx) => {
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: 'bắt buộc nhưng chưa có' });
    return z.NEVER;
  }
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** One photo: its file (beside the entry), its description for blind readers and an optional caption. */
const photo = (ctx: SchemaContext) =>
  z.object(
    {
      src: ctx.image(),
      alt: z
        .string({ error: ALT_MISSING })
        .trim()
        .superRefine((value, issues) => {
          const problem = visibleText(value) === '' ? ALT_MISSING : textProblem(value, { maxLength: TEXT_LIMITS.alt });
          if (problem) issues.addIssue({ code: 'custom', message: problem });
        })
        .transform(nfc),
      caption: z.preprocess(emptyToUndefined, text(TEXT_LIMITS.caption).optional()),
    },
    { error: 'phải gồm ảnh (src) và mô tả ảnh (alt)' },
  );

function fieldSchema(field: FieldDef, ctx: SchemaContext): z.ZodType {
  switch (field.kind) {
    case 'string':
      return text(field.maxLength ?? (field.multiline ? TEXT_LIMITS.multiline : TEXT_LIMITS.line), field.multiline);
    case 'strings':
      return texts(field.maxItems ?? TEXT_LIMITS.items, field.maxItemLength ?? TEXT_LIMITS.item);
    case 'select': {
      const values = field.choices.map((c) => c.value) as [string, ...string[]];
      const allowed = field.choices.map((c) => `${c.value} (${c.label})`).join(', ');
      const schema = z.enum(values, {
        error: (issue) => (issue.input === undefined ? 'bắt buộc nhưng chưa có' : `"${String(issue.input)}" không hợp lệ; chọn một trong: ${allowed}`),
      });
      return field.default ? schema.default(field.default) : schema;
    }
    case 'date':
      return partialDate;
    case 'year':
      return z.coerce
        .number({ error: 'phải là một năm, ví dụ 2019' })
        .int('phải là một năm, ví dụ 2019')
        .min(1945, 'năm phải từ 1945')
        .max(2100, 'năm phải trước 2100');
    case 'boolean': {
      const schema = z.boolean({ error: 'phải là có (true) hoặc không (false)' });
      return field.default === undefined ? schema : schema.default(field.default);
    }
    case 'reference':
      return field.multiple
        ? z.preprocess((v) => v ?? [], z.array(ctx.reference(field.collection), { error: 'phải là danh sách' }))
        : ctx.reference(field.collection);
    case 'image':
      return photo(ctx);
    case 'images':
      return z.preprocess(
        (v) => v ?? [],
        z.array(photo(ctx), { error: 'phải là danh sách ảnh' }).max(field.maxItems, `nhiều quá ${field.maxItems} ảnh; hãy bớt ảnh`),
      );
  }
}

/** The zod object for a list of fields; optional fields accept "" and null as absent. */
export function schemaFromFields(fields: readonly FieldDef[], ctx: SchemaContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field, ctx);
    const hasDefault = 'default' in field && field.default !== undefined;
    shape[field.name] =
      isRequired(field) || hasDefault || field.kind === 'strings' || field.kind === 'images' || (field.kind === 'reference' && field.multiple)
        ? z.preprocess(emptyToUndefined, schema)
        : z.preprocess(emptyToUndefined, schema.optional());
  }
  return z.object(shape).superRefine((data, issues) => {
    for (const field of fields) {
      if (field.kind !== 'date' || !field.notBefore) continue;
      const [date, earliest] = [data[field.name], data[field.notBefore]] as (PartialDate | undefined)[];
      if (!date || !earliest || toIsoDate(date) >= toIsoDate(earliest).slice(0, toIsoDate(date).length)) continue;
      const other = fields.find((f) => f.name === field.notBefore)?.label ?? field.notBefore;
      issues.addIssue({
        code: 'custom',
        path: [field.name],
        message: `${toIsoDate(date)} sớm hơn ${other.toLowerCase()} (${toIsoDate(earliest)}); hãy sửa lại`,
      });
    }
  });
}
