// The words for a failed service call on the sending screens (`feedback.error.<code>`) and for a
// problem with a report (`feedback.issue.*`), from the package's catalogues (core/messages.ts),
// with the app's own wording when it overrides a key through <GovMiniProvider messages> — the
// core helpers feedbackErrorMessage(code, locale) and reportIssueMessage(issue, locale) cannot
// see those overrides, so screens use these instead.
import { useCallback } from 'react';
import {
  feedbackErrorMessages,
  isFeedbackErrorCode,
  reportIssueMessages,
  reportIssueText,
} from '../core/messages';
import { FeedbackError, type FeedbackErrorCode, type ReportIssue } from '../core/types';
import { useFeedbackMessages } from './messages';

/** A FeedbackError's code, or a code as stored (an outbox entry's `lastError`); else `unknown`. */
export function feedbackErrorCodeOf(error: unknown): FeedbackErrorCode {
  const code = error instanceof FeedbackError ? error.code : error;
  return isFeedbackErrorCode(code) ? code : 'unknown';
}

/** `(error) => text` in the current locale, with the app's overrides of `feedback.error.*`. */
export function useFeedbackErrorText(): (error: unknown) => string {
  const t = useFeedbackMessages(feedbackErrorMessages);
  return useCallback((error: unknown) => t(feedbackErrorCodeOf(error)), [t]);
}

/** `(issue) => text` in the current locale, with the app's overrides of `feedback.issue.*`. */
export function useReportIssueText(): (issue: ReportIssue) => string {
  const t = useFeedbackMessages(reportIssueMessages);
  return useCallback((issue: ReportIssue) => reportIssueText(issue, (key) => t(key)), [t]);
}
