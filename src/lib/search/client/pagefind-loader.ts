import { CLASSIC_BUNDLE, OFFLINE_CALLBACK, PAGEFIND_GLOBAL } from '../offline-names.ts';

/** The part of Pagefind's browser API the edition uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ content: string; raw_url: string; meta: Record<string, string> }>;
}
export interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}
type PagefindModule = { createInstance(opts: { basePath: string; noWorker: boolean }): Pagefind };
type Globals = Record<string, unknown>;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => (s.remove(), resolve());
    s.onerror = () => (s.remove(), reject(new Error(`could not load ${src}`)));
    document.head.append(s);
  });
}

/**
 * From file:// a page may not fetch, but it may run classic scripts: every index file also
 * exists as `<file>.js` that calls back with its bytes, and fetch is routed there for them.
 */
function routeFetchThroughScripts(base: string) {
  const waiting = new Map<string, (b64: string) => void>();
  (window as unknown as Globals)[OFFLINE_CALLBACK] = (path: string, b64: string) => waiting.get(path)?.(b64);
  const nativeFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    // Pagefind strips the origin ("file://") from its base and adds cache-busting queries.
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    url.search = '';
    if (!url.href.startsWith(base)) return nativeFetch(input, init);
    const path = url.href.slice(base.length);
    const bytes = new Promise<string>((resolve) => waiting.set(path, resolve));
    return loadScript(`${url.href}.js`).then(async () => {
      const b64 = await bytes;
      waiting.delete(path);
      return new Response(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    });
  };
}

/**
 * Pagefind for this page. The web worker is off: it cannot start from file://, and with an
 * index this size a search takes a few milliseconds on the main thread.
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  if (location.protocol === 'file:') routeFetchThroughScripts(base);
  await loadScript(`${base}${CLASSIC_BUNDLE}`);
  const api = (window as unknown as Globals)[PAGEFIND_GLOBAL] as PagefindModule;
  return api.createInstance({ basePath: base, noWorker: true });
}
