export { questionPageMessages } from './messages';
export type { QuestionPageProps } from './QuestionPage';
export { QuestionPage } from './QuestionPage';
