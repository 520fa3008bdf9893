// A report's status in plain words ("Đã trả lời"), drawn with @govmini/ui's status tag classes
// (its StatusTag only knows the ten dossier statuses). The words carry the meaning; the colour
// only groups them: blue = with the agency, green = answered, grey = closed, red = not accepted.
// The words come from core/messages.ts (English from the locale pack); an app overrides
// `feedback.status.<status>` and `feedback.status.<status>.next`.
import type { StatusTone } from '@govmini/ui';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useCallback } from 'react';
import { reportStatusMessages, type StatusText } from '../../core/messages';
import type { ReportStatus } from '../../core/types';
import { useFeedbackMessages } from '../messages';

export const reportStatusTone: Readonly<Record<ReportStatus, StatusTone>> = {
  sent: 'info',
  received: 'info',
  in_progress: 'info',
  answered: 'success',
  closed: 'neutral',
  rejected: 'error',
};

/** `(status) => { label, next }` in the current locale, with the app's overrides. */
export function useReportStatusText(): (status: ReportStatus) => StatusText {
  const t = useFeedbackMessages(reportStatusMessages);
  return useCallback((status) => ({ label: t(status), next: t(`${status}.next`) }), [t]);
}

export interface ReportStatusTagProps extends ComponentPropsWithoutRef<'span'> {
  status: ReportStatus;
  /** `true`: also the "what happens now" line below the tag; or a text of your own. */
  description?: boolean | ReactNode;
}

export const ReportStatusTag = /* @__PURE__ */ forwardRef<HTMLSpanElement, ReportStatusTagProps>(
  function ReportStatusTag({ status, description, className, children, ...props }, ref) {
    const text = useReportStatusText()(status);
    const tag = (
      <span
        ref={ref}
        className={['gm-status-tag', `gm-status-tag--${reportStatusTone[status]}`, className]
          .filter(Boolean)
          .join(' ')}
        data-status={status}
        {...props}
      >
        {children ?? text.label}
      </span>
    );
    if (!description) return tag;
    return (
      <span className="gm-status">
        {tag}
        <span className="gm-status__description">
          {description === true ? text.next : description}
        </span>
      </span>
    );
  },
);
