import { FACETS, type Filters, type Group, type SortOrder } from '../arrange.ts';
import type { SearchPageData } from '../page-data.ts';
import { excerpt, hitStrings } from '../query.ts';
import type { Hit } from '../run-search.ts';

type Labels = SearchPageData['labels'];

/** Fills a label template: `找到 {n} 段` with { n: 3 }. */
export const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
/** Hits shown per document before "show the others". */
const SHOWN = 5;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Link to the passage in this script; `hl` tells the page what to mark (nothing when the hit is in the other language). */
export function hitHref(hit: Hit): string {
  const params = new URLSearchParams();
  if (!hit.lang) for (const s of hitStrings(hit.text, hit.ranges)) params.append('hl', s);
  return `${hit.doc}.html${params.size ? `?${params}` : ''}#${hit.anchor}`;
}

function hitItem(hit: Group['hits'][number]) {
  const parts = excerpt(hit.text, hit.ranges).map((p) => (p.hit ? el('mark', {}, p.text) : p.text));
  return el(
    'li',
    {},
    el('a', { href: hitHref(hit), className: 'hit-link' }, ...(hit.section ? [el('span', { className: 'hit-section' }, hit.section)] : []), el('span', { className: 'hit-excerpt', ...(hit.lang ? { lang: hit.lang } : {}) }, ...parts), el('span', { className: 'hit-anchor' }, `#${hit.anchor}`)),
  );
}

function groupSection(g: Group, t: Labels, index: number) {
  const id = `result-${index}`;
  const list = el('ol', { className: 'hits' }, ...g.hits.slice(0, SHOWN).map(hitItem));
  const section = el(
    'section',
    { className: 'result-group' },
    el('h2', { id }, el('a', { href: `${g.doc.id}.html` }, g.doc.title)),
    el('p', { className: 'result-meta' }, [t.kinds[g.doc.kind], g.doc.city, g.doc.date].filter(Boolean).join(' · ')),
    list,
  );
  section.setAttribute('aria-labelledby', id);
  if (g.hits.length > SHOWN) {
    const more = el('button', { type: 'button', className: 'more' }, fill(t.more, { n: g.hits.length - SHOWN }));
    more.addEventListener('click', () => {
      list.append(...g.hits.slice(SHOWN).map(hitItem));
      (list.children[SHOWN]?.querySelector('a') as HTMLElement | null)?.focus();
      more.remove();
    });
    section.append(more);
  }
  return section;
}

export function renderGroups(container: HTMLElement, groups: Group[], t: Labels) {
  container.replaceChildren(...groups.map((g, i) => groupSection(g, t, i)));
}

/** Option labels carry the count of matching passages; values with none stay listed but disabled. */
export function renderFacetCounts(form: HTMLFormElement, facets: Record<string, Map<string, number>> | null) {
  for (const f of FACETS) {
    const select = form.elements.namedItem(f) as HTMLSelectElement;
    for (const option of select.options) {
      if (!option.value) continue;
      const n = facets ? (facets[f]!.get(option.value) ?? 0) : null;
      option.textContent = n === null ? option.dataset.label! : `${option.dataset.label}（${n}）`;
      option.disabled = n === 0 && option.value !== select.value;
    }
  }
}

export function readForm(form: HTMLFormElement): { q: string; filters: Filters; sort: SortOrder } {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const f of FACETS) {
    const v = String(data.get(f) ?? '');
    if (v) filters[f] = v;
  }
  return { q: String(data.get('q') ?? '').trim(), filters, sort: (String(data.get('sort') ?? '') || 'relevance') as SortOrder };
}

/** Writes the state into the form from the URL, so a shared link reproduces the search. */
export function fillForm(form: HTMLFormElement, params: URLSearchParams) {
  for (const name of ['q', 'sort', ...FACETS]) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const v = params.get(name);
    if (field && v !== null) field.value = v;
  }
}
