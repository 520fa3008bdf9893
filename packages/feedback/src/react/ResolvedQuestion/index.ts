export { resolvedQuestionMessages } from './messages';
export type { ResolvedQuestionProps } from './ResolvedQuestion';
export { ResolvedQuestion } from './ResolvedQuestion';
