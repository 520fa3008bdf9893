export type { Countdown, DueDateProps } from './DueDate';
export { countsDown, DueDate, useCountdown } from './DueDate';
export { formatDateTime, formatDay, todayIso, workingDaysLeft } from './dossier-dates';
export { dueDateMessages, statusTimelineMessages } from './messages';
export type { StatusTimelineProps } from './StatusTimeline';
export { StatusTimeline } from './StatusTimeline';
