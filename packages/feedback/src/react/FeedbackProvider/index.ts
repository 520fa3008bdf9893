export type { FeedbackContextValue } from './context';
export { FeedbackContext, MissingFeedbackProviderError, useFeedback } from './context';
export type { FeedbackProviderProps } from './FeedbackProvider';
export { FeedbackProvider } from './FeedbackProvider';
