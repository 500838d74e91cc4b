declare namespace App {
  interface Locals {
    lang: import('./lib/model.ts').Lang;
  }
}
