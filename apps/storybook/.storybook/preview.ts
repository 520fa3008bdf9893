// One preview for the app and the tests: packages/ui's global decorator (GovMiniProvider with a
// simulated platform) and toolbar globals (theme, text size, contrast, dark, locale, network).
// The feature packages' stylesheets come from their sources, as their own story harnesses load them.
import.meta.glob('../../../packages/dossier/src/react/**/*.css', { eager: true });
import.meta.glob('../../../packages/feedback/src/react/**/*.css', { eager: true });

export { default } from '../../../packages/ui/src/stories/preview';
