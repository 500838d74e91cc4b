// Names shared by the offline bundle the build writes and the browser code that loads it.

/** The global a classic-script build of Pagefind's API is published on. */
export const PAGEFIND_GLOBAL = 'EditionPagefind';
/** The global each offline index file calls with its path and bytes. */
export const OFFLINE_CALLBACK = 'EditionPagefindFile';
export const CLASSIC_BUNDLE = 'pagefind-classic.js';
