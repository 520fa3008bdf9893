export type { CheckAnswersProps } from './CheckAnswers';
export { CheckAnswers } from './CheckAnswers';
export { checkAnswersMessages } from './messages';
