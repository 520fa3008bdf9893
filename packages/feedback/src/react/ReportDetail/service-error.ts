// What a citizen reads when the backend says no: the package's catalogue (core/messages.ts:
// what happened, then what to do; an app overrides `feedback.error.<code>`), except that
// `forbidden` and `not_found` read the same on these screens, so nobody learns whether someone
// else's report exists.
import { useCallback } from 'react';
import { FeedbackError, type FeedbackErrorCode } from '../../core/types';
import { useFeedbackErrorText } from '../error-text';
import { defineFeedbackMessages, useFeedbackMessages } from '../messages';

export const serviceErrorMessages = /* @__PURE__ */ defineFeedbackMessages(
  'feedback.serviceError.',
  {
    notFound:
      'Không tìm thấy phản ánh này. Phản ánh có thể đã được ẩn hoặc đường dẫn chưa đúng; vui lòng mở lại từ danh sách.',
    retry: 'Thử lại',
    signInNeeded: 'Vui lòng đăng nhập để xem các phản ánh đã gửi.',
  },
);

/** The error's code; anything that is not a FeedbackError counts as `unknown`. */
export const errorCodeOf = (error: unknown): FeedbackErrorCode =>
  error instanceof FeedbackError ? error.code : 'unknown';

/** `(error) => text` for any error a FeedbackService call threw, in the current locale. */
export function useServiceErrorText(): (error: unknown) => string {
  const t = useFeedbackMessages(serviceErrorMessages);
  const errorText = useFeedbackErrorText();
  return useCallback(
    (error: unknown) => {
      const code = errorCodeOf(error);
      if (code === 'forbidden' || code === 'not_found') return t('notFound');
      if (code === 'unauthenticated') return t('signInNeeded');
      return errorText(code);
    },
    [t, errorText],
  );
}

/** The catalogue's other words (`retry`, `signInNeeded`). */
export function useServiceErrorWords() {
  return useFeedbackMessages(serviceErrorMessages);
}
