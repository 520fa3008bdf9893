// In the product English is a pack loaded on demand (src/core/locale). Tests that render in
// English see it already loaded, as an app that awaited loadLocale('en') before switching would;
// locale-pack.test.ts covers the loading itself.
import { loadLocale } from '../src/core/locale';
import '../src/locales/pack';

await loadLocale('en');
