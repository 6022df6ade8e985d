/**
 * The build's field rules, run where there is no file system (the CMS's save hook): the
 * same zod schema the content check uses (`schemaFromFields`), so a real date, a known
 * choice, a described photo… are refused at save time with the message the build would
 * print. Photo files and reference targets are checked elsewhere (uploads by
 * `imageFileProblem`, ids by the relation pickers); here they only need to be present.
 */
import { z } from 'astro/zod';
import type { FieldDef } from '../schema/fieldTypes';
import { schemaFromFields } from '../schema/toZod';
import { imageNameProblem } from './imageSniff';

const missingOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'bắt buộc nhưng chưa có' : message);

/** Stand-ins for Astro's image() and reference() when only the value is at hand. */
export const VALUES_ONLY = {
  image: () =>
    z
      .string({ error: missingOr('phải là đường dẫn tệp ảnh') })
      .min(1, 'chưa chọn ảnh')
      .superRefine((src, ctx) => {
        const problem = imageNameProblem(src);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  reference: () => z.string({ error: missingOr('phải là mã của một mục') }).min(1, 'không được để trống'),
};

export interface FieldProblem {
  /** Front-matter path, e.g. "publishDate" or "cover.alt". */
  field: string;
  /** The field's Vietnamese label, when known. */
  label?: string | undefined;
  message: string;
}

const schemas = new WeakMap<readonly FieldDef[], ReturnType<typeof schemaFromFields>>();

/** Every rule broken by an entry's front matter, one problem per field path; empty when it would pass the build. */
export function entryProblems(fields: readonly FieldDef[], data: Record<string, unknown>): FieldProblem[] {
  let schema = schemas.get(fields);
  if (!schema) schemas.set(fields, (schema = schemaFromFields(fields, VALUES_ONLY)));
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return { field, label: fields.find((f) => f.name === field.split('.')[0])?.label, message: issue.message };
  });
}

/** One line per problem as an editor reads it in the CMS: "Ngày đăng: …". */
export function describeProblems(problems: readonly FieldProblem[]): string {
  return problems.map((p) => `${p.label ?? p.field}: ${p.message}`).join(' · ');
}
