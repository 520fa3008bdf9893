export { ratingFormMessages } from './messages';
export type { RatingFormProps } from './RatingForm';
export { RATING_COMMENT_MAX, RATING_LEVELS, RatingForm } from './RatingForm';
