/**
 * Builds a collection's zod schema from its field definitions, with messages an
 * editor can act on. Astro's content config and the build's content check both use it.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from './partialDate';
import { type FieldDef, isRequired } from './fieldTypes';

/** What differs between Astro (real `image()` and `reference()`) and the standalone check. */
export interface SchemaContext {
  image: () => z.ZodType;
  reference: (collection: string) => z.ZodType;
}

const nfc = (text: string) => text.normalize('NFC');

/** Decap saves an optional field the editor cleared as "" (or null): treat it as absent. */
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const text = (maxLength?: number) => {
  let schema = z
    .string({ error: (issue) => (issue.input === undefined ? 'bắt buộc nhưng chưa có' : 'phải là chữ') })
    .trim()
    .min(1, 'không được để trống');
  if (maxLength) schema = schema.max(maxLength, `dài quá ${maxLength} ký tự`);
  return schema.transform(nfc);
};

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

function fieldSchema(field: FieldDef, ctx: SchemaContext): z.ZodType {
  switch (field.kind) {
    case 'string':
      return text(field.maxLength);
    case 'strings':
      return z.preprocess((v) => v ?? [], z.array(text(), { error: 'phải là danh sách' }));
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
      return z.object(
        {
          src: ctx.image(),
          alt: z
            .string({ error: 'ảnh cần có mô tả (alt) cho người khiếm thị' })
            .trim()
            .min(1, 'ảnh cần có mô tả (alt) cho người khiếm thị')
            .transform(nfc),
          caption: z.preprocess(emptyToUndefined, text().optional()),
        },
        { error: 'phải gồm ảnh (src) và mô tả ảnh (alt)' },
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
      isRequired(field) || hasDefault || field.kind === 'strings' || (field.kind === 'reference' && field.multiple)
        ? z.preprocess(emptyToUndefined, schema)
        : z.preprocess(emptyToUndefined, schema.optional());
  }
  return z.object(shape);
}
