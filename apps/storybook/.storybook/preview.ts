// One preview for the app and the tests: packages/ui's global decorator (GovMiniProvider with a
// simulated platform) and toolbar globals (theme, text size, contrast, dark, locale, network).
export { default } from '../../../packages/ui/src/stories/preview';
