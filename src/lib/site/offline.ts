/**
 * The service worker that keeps what an online reader has opened (pages, styles, the search
 * index files used) readable offline. Network first, so a reader online always gets the
 * current text; the cache answers only when the network does not. The cache is named by the
 * edition's version: a new version's worker deletes every older cache when it takes over.
 * Entries are keyed without the query: a static site answers the same to ?q= and to the
 * ?ts= cache-buster Pagefind puts on its entry file.
 */
export function serviceWorkerSource(version: string): string {
  const cache = JSON.stringify(`edition-${version}`);
  return `const CACHE = ${cache};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const key = new URL(request.url);
  if (request.method !== 'GET' || key.origin !== self.location.origin) return;
  key.search = '';
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) { const copy = response.clone(); caches.open(CACHE).then((c) => c.put(key.href, copy)); }
        return response;
      })
      .catch(() => caches.match(key.href).then((hit) => hit ?? Response.error())),
  );
});
`;
}

/** The web app manifest: installable, opening at the site's root page. */
export function webManifest(name: string, shortName: string): string {
  return JSON.stringify({ name, short_name: shortName, start_url: './', scope: './', display: 'standalone', background_color: '#fbfaf7', theme_color: '#fbfaf7', icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }] }, null, 2);
}
