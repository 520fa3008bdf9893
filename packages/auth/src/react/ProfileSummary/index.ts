export { maskPhoneForDisplay } from './mask-phone';
export type { ProfileSummaryProps } from './ProfileSummary';
export { ProfileSummary } from './ProfileSummary';
