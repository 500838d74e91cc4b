/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    lang: import('./lib/model.ts').Lang;
  }
}

// Plain `tsc` cannot read .astro files (that is `astro check`'s job): type their default export loosely.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
