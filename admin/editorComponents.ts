/**
 * The Markdown editor's "Chèn thành phần" menu lists Decap's built-in editor components,
 * whose names and field labels are written in English in their own packages (not in the
 * locale): "Image" with "Alt Text" and "Title", "Code Block". They are registered again
 * here, unchanged but for Vietnamese labels.
 */
interface ImmutableList {
  toJS(): { name: string; label?: string }[];
}
interface EditorComponent {
  id: string;
  label: string;
  fields?: ImmutableList;
  [key: string]: unknown;
}
interface ComponentRegistry {
  getEditorComponents(): { get(id: string): EditorComponent | undefined };
  registerEditorComponent(component: object): void;
}

export const VI_EDITOR_COMPONENTS: Record<string, { label: string; fields: Record<string, string> }> = {
  image: { label: 'Ảnh', fields: { image: 'Ảnh', alt: 'Mô tả ảnh (cho người khiếm thị)', title: 'Chú thích khi rê chuột lên ảnh' } },
  'code-block': { label: 'Khối mã', fields: {} },
};

export function translateEditorComponents(cms: ComponentRegistry): void {
  for (const [id, vi] of Object.entries(VI_EDITOR_COMPONENTS)) {
    const component = cms.getEditorComponents().get(id);
    if (!component) continue;
    const fields = (component.fields?.toJS() ?? []).map((field) => ({ ...field, label: vi.fields[field.name] ?? field.label }));
    cms.registerEditorComponent({ ...component, label: vi.label, fields });
  }
}
