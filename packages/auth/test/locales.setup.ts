// In the product English is a pack loaded on demand (src/locales/pack.ts). Tests that render or
// look up texts in English see it already loaded, as an app that awaited loadLocale('en') before
// switching would; src/locales/lazy-english.test.ts checks the client entry really loads it lazily.
// Importing @govmini/ui evaluates its catalogues, which declares its own pack too.
import '@govmini/ui';
import { loadLocale } from '@govmini/ui/core';
import '../src/locales/pack';

await loadLocale('en');
