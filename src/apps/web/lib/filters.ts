// The event filters of the API as one form shared by every page. The page's address holds the
// filters (#/events?actor=RUS&from=…), so a filtered view is a link; only known names go to the API.
import { type Child, h } from './dom.ts';
import { go } from './route.ts';

interface Field {
  name: string;
  label: string;
  type?: 'date' | 'search';
  placeholder?: string;
  options?: [string, string][];
}

export const FILTER_FIELDS: readonly Field[] = [
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
  { name: 'actor', label: 'Actor', placeholder: 'RUS, BLRGOV…' },
  { name: 'source', label: 'Source', placeholder: 'code prefix' },
  { name: 'target', label: 'Target', placeholder: 'code prefix' },
  { name: 'cameo', label: 'CAMEO', placeholder: '19, 0332…' },
  { name: 'root', label: 'Root', placeholder: '01–20' },
  {
    name: 'quadClass',
    label: 'Quad class',
    options: [['', 'any'], ['1', '1 verbal cooperation'], ['2', '2 material cooperation'], ['3', '3 verbal conflict'], ['4', '4 material conflict']],
  },
  {
    name: 'modality',
    label: 'Modality',
    options: [['', 'any'], ...['asserted', 'intended', 'threatened', 'demanded', 'hypothetical', 'future', 'reported'].map((m): [string, string] => [m, m])],
  },
  { name: 'claimedBy', label: 'Claimed by', placeholder: 'code prefix' },
  { name: 'country', label: 'Country', placeholder: 'BLR' },
  { name: 'place', label: 'Place', placeholder: 'Minsk' },
  { name: 'bbox', label: 'Box', placeholder: 'west,south,east,north' },
  { name: 'q', label: 'Text', type: 'search', placeholder: 'words in the evidence' },
];

const NAMES = new Set(FILTER_FIELDS.map((f) => f.name));

/** Only the filter parameters of a route's parameters (others, like period, stay with the page). */
export function filterParams(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([k, v]) => NAMES.has(k) && v !== ''));
}

function control(field: Field, value: string): HTMLElement {
  const id = `f-${field.name}`;
  if (field.options) {
    return h('select', { id, name: field.name }, ...field.options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  }
  return h('input', { id, name: field.name, type: field.type ?? 'text', value, placeholder: field.placeholder, autocomplete: 'off', spellcheck: false });
}

/** The filter form of a page; submitting it changes the address, which re-renders the page. */
export function filterForm(page: string, params: URLSearchParams, ...extra: Child[]): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', id: 'filters' },
    ...FILTER_FIELDS.map((f) => h('label', { for: `f-${f.name}` }, h('span', {}, f.label), control(f, params.get(f.name) ?? ''))),
    ...extra,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'apply' }, 'Apply'), h('button', { type: 'reset', id: 'clear' }, 'Clear')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') next.set(k, v.trim());
    go(page, next);
  });
  form.addEventListener('reset', (ev) => {
    ev.preventDefault();
    go(page);
  });
  return form;
}
