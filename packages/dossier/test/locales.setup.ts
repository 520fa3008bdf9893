// In the product English is a pack loaded on demand (src/locales/pack.ts). Tests that render or
// format in English see it already loaded, as an app that awaited loadLocale('en') before
// switching would; src/locales/lazy-english.test.ts checks that the client never loads it eagerly.
import '@govmini/ui';
import { loadLocale } from '@govmini/ui/core';
import '../src/locales/pack';

await loadLocale('en');
