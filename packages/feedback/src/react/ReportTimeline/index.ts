export type { AnswerDueProps } from './AnswerDue';
export { AnswerDue } from './AnswerDue';
export { answerDueMessages, reportTimelineMessages } from './messages';
export type { ReportTimelineProps } from './ReportTimeline';
export { ReportTimeline } from './ReportTimeline';
