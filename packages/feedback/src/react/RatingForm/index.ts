export { reportRatingMessages } from './messages';
export type { RatingFormProps } from './RatingForm';
export { RATING_LEVELS, RatingForm } from './RatingForm';
