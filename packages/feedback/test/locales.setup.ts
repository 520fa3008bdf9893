// In the product English is a pack loaded on demand (src/locales/pack.ts). Tests that render in
// English see it already loaded, as an app that awaited loadLocale('en') before switching would.
// Importing @govmini/ui declares ui's own pack, so its components read in English too.
// src/locales/lazy.test.ts checks that English is not part of what the client entry loads.
import '@govmini/ui';
import { loadLocale } from '@govmini/ui/core';
import '../src/locales/pack';

await loadLocale('en');
