/** What the middleware gives every page (src/middleware.ts). */
declare namespace App {
  interface Locals {
    /** The page's language and its words. */
    t: import('./lib/i18n/words.ts').Words;
  }
}
