import type { Lang } from '../../model.ts';
import { arrange, FACETS, type Filters, type SortOrder } from '../arrange.ts';
import type { SearchPageData } from '../page-data.ts';
import { candidateQuery, parseQuery } from '../query.ts';
import { runSearch, type Outcome } from '../run-search.ts';
import { loadPagefind, type Pagefind } from './pagefind-loader.ts';
import { fill, fillForm, readForm, renderFacetCounts, renderGroups } from './view.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The address of a search, so that it can be shared: only what differs from the defaults. */
function writeUrl(state: { q: string; filters: Filters; sort: SortOrder }) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) if (state.filters[f]) params.set(f, state.filters[f]!);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  try {
    history.replaceState(null, '', url);
  } catch {
    // Some browsers refuse history changes on file:// pages; the search still runs.
  }
}

/** Arrow keys move between the query and the result links; Tab order stays as it is. */
function arrowNavigation(input: HTMLInputElement, results: HTMLElement) {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.hit-link')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links()[0]) (e.preventDefault(), links()[0]!.focus());
  });
  results.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    e.preventDefault();
    (e.key === 'ArrowDown' ? all[i + 1] : (all[i - 1] ?? input))?.focus();
  });
}

export function startSearchPage() {
  const data = JSON.parse(byId('search-data').textContent!) as SearchPageData;
  const t = data.labels;
  const docs = new Map(data.docs.map((d) => [d.id, d]));
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-input');
  const status = byId('search-status');
  const results = byId('search-results');
  const intro = byId('search-intro');
  const base = new URL(form.dataset.pagefind!, location.href).href;
  let pagefind: Promise<Pagefind> | null = null;
  let last: { q: string; outcome: Promise<Outcome> } | null = null;
  let generation = 0;

  function noResults(q: string, filtered: boolean) {
    status.textContent = `${fill(filtered ? t.noneFiltered : t.none, { q })} ${t.hint}`;
    if (!filtered) return;
    const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'more', textContent: t.clearFilters });
    clear.addEventListener('click', () => {
      for (const f of FACETS) (form.elements.namedItem(f) as HTMLSelectElement).value = '';
      void update();
      input.focus();
    });
    results.replaceChildren(clear);
  }

  async function update() {
    const state = readForm(form);
    const mine = ++generation;
    writeUrl(state);
    intro.hidden = Boolean(state.q);
    results.replaceChildren();
    if (!state.q) return (status.textContent = '', renderFacetCounts(form, null));
    if (!candidateQuery(parseQuery(state.q))) return void (status.textContent = t.noSearchable);
    status.textContent = t.loading;
    results.setAttribute('aria-busy', 'true');
    try {
      pagefind ??= loadPagefind(base);
      if (last?.q !== state.q) last = { q: state.q, outcome: pagefind.then((pf) => runSearch(pf, state.q, document.documentElement.lang as Lang)) };
      const outcome = await last.outcome;
      if (mine !== generation) return;
      const { groups, facets, total } = arrange(outcome.hits, docs, state.filters, state.sort);
      renderFacetCounts(form, facets);
      if (!total) return noResults(state.q, FACETS.some((f) => state.filters[f]));
      status.textContent = fill(t.found, { n: total, d: groups.length });
      renderGroups(results, groups, t);
    } catch (e) {
      [pagefind, last] = [null, null];
      status.textContent = `${t.failed}${(e as Error).message}`;
    } finally {
      if (mine === generation) results.removeAttribute('aria-busy');
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => (clearTimeout(typing), (typing = setTimeout(update, 200))));
  form.addEventListener('change', (e) => e.target !== input && void update());
  form.addEventListener('submit', (e) => (e.preventDefault(), clearTimeout(typing), void update()));
  arrowNavigation(input, results);
  fillForm(form, new URLSearchParams(location.search));
  void update();
}
