/**
 * The tag box ("Chủ đề"): the entry's tags as removable chips and a combobox that suggests
 * the tags other entries already use while the editor types, matched the site's way
 * ("to quoc" finds "Tổ quốc"), picked with the arrow keys and Enter or a tap. A typed tag
 * that the site would merge with a known one (same slug) is stored in the known spelling,
 * and a note says so (src/lib/tagSuggestions.ts).
 *
 * The known tags come from the CMS's own backend listing of the collection (the `query`
 * call Decap's relation widget uses), so they are the repository's current tags with any
 * backend: decap-server in `npm run cms`, GitHub, GitLab, Gitea/Forgejo.
 */
import { List } from 'immutable';
import { createElement as h, type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { chooseTag, type KnownTag, knownTags, suggestTags } from '../src/lib/tagSuggestions';

interface ImmutableMap {
  get(key: string): unknown;
}

interface QueryResult {
  payload?: { hits?: { data?: Record<string, unknown> }[] };
}

export interface TagsControlProps {
  forID: string;
  value?: unknown;
  onChange: (value: unknown) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: ImmutableMap;
  collection: ImmutableMap;
  query: (namespace: string, collection: string, searchFields: string[], term: string) => Promise<QueryResult>;
}

/** The field's value as plain strings: Decap holds an Immutable List, a new entry nothing. */
export function tagsOf(value: unknown): string[] {
  const items = value && typeof (value as { toArray?: unknown }).toArray === 'function' ? (value as { toArray(): unknown[] }).toArray() : value;
  return Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string') : [];
}

/** Every entry's tags, as the backend lists the collection (an empty term lists them all). */
function useKnownTags(props: TagsControlProps): KnownTag[] {
  const [known, setKnown] = useState<KnownTag[]>([]);
  const collection = String(props.collection.get('name'));
  const field = String(props.field.get('name'));
  const identifier = String(props.collection.get('identifier_field') ?? 'title');
  useEffect(() => {
    let live = true;
    props.query(`${props.forID}-known-tags`, collection, [identifier], '').then(
      (result) => {
        const lists = (result.payload?.hits ?? []).map((hit) => hit.data?.[field]).filter((list): list is unknown[] => Array.isArray(list));
        if (live) setKnown(knownTags(lists));
      },
      () => undefined, // Without the listing the box still takes typed tags.
    );
    return () => {
      live = false;
    };
    // Once per opened entry: the listing does not change while the form is open.
  }, [collection, field, identifier]);
  return known;
}

export function TagsControl(props: TagsControlProps) {
  const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = props;
  const chosen = tagsOf(props.value);
  const known = useKnownTags(props);
  const [text, setText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState('');
  const suggestions = useMemo(() => suggestTags(text, known, chosen), [text, known, chosen.join('\n')]);
  const open = expanded && suggestions.length > 0;
  const ids = useId();
  const listId = `${ids}-goi-y`;
  const noteId = `${ids}-ghi-chu`;
  const optionId = (index: number) => `${ids}-goi-y-${index}`;

  const save = (tags: string[]) => props.onChange(List(tags));
  function add(typed: string) {
    setText('');
    setExpanded(false);
    setActive(-1);
    if (typed.trim() === '') return;
    const choice = chooseTag(typed, known, chosen);
    setNote(choice.note ?? '');
    if (choice.kind === 'add') save([...chosen, choice.tag]);
  }
  function remove(tag: string) {
    save(chosen.filter((t) => t !== tag));
    setNote(`Đã bỏ chủ đề "${tag}".`);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const step = (by: number) => {
      event.preventDefault();
      setExpanded(true);
      const count = suggestions.length;
      // From the last suggestion down to the first, from the first (or none) up to the last.
      if (count > 0) setActive((current) => (current + by >= count ? 0 : current + by < 0 ? count - 1 : current + by));
    };
    if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(open && active >= 0 ? suggestions[active]!.tag : text);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setExpanded(false);
      setActive(-1);
    }
  }

  return h(
    'div',
    { className: `${classNameWrapper} tags-control` },
    chosen.length > 0 &&
      h(
        'ul',
        { className: 'tags-chosen', 'aria-label': 'Chủ đề của bài' },
        chosen.map((tag) =>
          h(
            'li',
            { key: tag },
            h('span', null, tag),
            h('button', { type: 'button', 'aria-label': `Bỏ chủ đề ${tag}`, title: `Bỏ chủ đề ${tag}`, onClick: () => remove(tag) }, '×'),
          ),
        ),
      ),
    h(
      'div',
      { className: 'tags-combobox' },
      h('input', {
        id: forID,
        type: 'text',
        role: 'combobox',
        autoComplete: 'off',
        enterKeyHint: 'done',
        'aria-autocomplete': 'list',
        'aria-expanded': open,
        'aria-controls': listId,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
        'aria-describedby': noteId,
        placeholder: 'Gõ chủ đề, chọn gợi ý hoặc nhấn Enter',
        value: text,
        onChange: (event: { target: { value: string } }) => {
          setText(event.target.value);
          setExpanded(true);
          setActive(-1);
        },
        onKeyDown,
        onFocus: setActiveStyle,
        onBlur: () => {
          // A tag typed but not confirmed is kept, never lost when the editor moves on or saves.
          if (text.trim() !== '') add(text);
          else setExpanded(false);
          setInactiveStyle();
        },
      }),
      h(
        'ul',
        { id: listId, role: 'listbox', 'aria-label': 'Chủ đề đã có', className: 'tags-suggestions', hidden: !open },
        open &&
          suggestions.map((suggestion, index) =>
            h(
              'li',
              {
                key: suggestion.slug,
                id: optionId(index),
                role: 'option',
                'aria-selected': index === active,
                // Keeps the focus in the box, so picking does not first commit the typed text.
                onMouseDown: (event: { preventDefault(): void }) => event.preventDefault(),
                onClick: () => add(suggestion.tag),
              },
              suggestion.tag,
              h('span', { className: 'tags-count' }, ` · ${suggestion.count} bài`),
            ),
          ),
      ),
    ),
    h('p', { id: noteId, className: 'tags-note', 'aria-live': 'polite' }, note),
  );
}

/** The field in Decap's own preview pane: the tags, comma-separated. */
export function TagsPreview({ value }: { value?: unknown }) {
  return h('p', null, tagsOf(value).join(', '));
}
