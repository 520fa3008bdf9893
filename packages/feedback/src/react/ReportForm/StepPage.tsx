// One page of the journey (GOV.UK "one thing per page"): a back link, where the citizen is
// ("Bước 2 trên 7: Mô tả"), an error summary when "Tiếp tục" found problems, the page's own
// content with its <h1>, and the button. A page that opens takes focus to its heading, so a
// screen reader starts there, not at the top of the app.
import { Button, ErrorSummary, StepIndicator } from '@govmini/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { useFeedbackMessages } from '../messages';
import type { StepIssue } from './issues';
import { reportFormMessages } from './messages';

export interface StepPageProps {
  position?: { current: number; total: number; title: ReactNode } | undefined;
  issues: readonly StepIssue[];
  onBack?: (() => void) | undefined;
  onContinue: () => void;
  continueLabel?: ReactNode;
  busy?: boolean | undefined;
  /** Without the button (a sub-screen with its own actions is open). */
  hideContinue?: boolean | undefined;
  /** Extra actions under the button. */
  after?: ReactNode;
  children: ReactNode;
}

export function StepPage({
  position,
  issues,
  onBack,
  onContinue,
  continueLabel,
  busy,
  hideContinue,
  after,
  children,
}: StepPageProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const page = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const heading = page.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }, []);
  // One link per field: the first problem of each.
  const errors = issues.filter(
    (issue, i) => issues.findIndex((o) => o.fieldId === issue.fieldId) === i,
  );
  return (
    <form
      ref={page}
      className="gm-feedback-page"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onContinue();
      }}
    >
      {onBack && (
        <Button variant="link" className="gm-feedback-page__back" onClick={onBack}>
          {t('back')}
        </Button>
      )}
      {position && (
        <StepIndicator current={position.current} total={position.total} title={position.title} />
      )}
      <ErrorSummary errors={errors} />
      {children}
      {!hideContinue && (
        <div className="gm-feedback-actions">
          <Button type="submit" loading={busy === true}>
            {continueLabel ?? t('continue')}
          </Button>
        </div>
      )}
      {after}
    </form>
  );
}
