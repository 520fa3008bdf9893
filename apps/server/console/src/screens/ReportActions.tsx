// What an officer does with a report: receive it, start work, answer it (text and up to five
// photos), refuse it with a reason, or close it once answered. Only the actions the report's
// status allows are shown; each form checks itself with the server's own limits first.
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  FormGroup,
  Heading,
  Hint,
  Label,
  Notice,
  TextArea,
  useFieldIds,
} from '@govmini/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { cleanText, type StaffIssue, textIssue } from '../../../src/staff/transition-input.ts';
import { STAFF_LIMITS } from '../../../src/staff/transitions.ts';
import type { ReportAction, ReportDetail } from '../../../src/staff/wire.ts';
import { ApiError, api } from '../api.ts';
import { commonMessages, errorKey } from '../common.messages.ts';
import { useMessages } from '../i18n.ts';
import { reportMessages } from './report.messages.ts';

type Key = keyof typeof reportMessages.vi;
const issueKey = (issue: StaffIssue): Key => {
  const key = `error.${issue.path}.${issue.code}`;
  return (key in reportMessages.vi ? key : 'error.photoIds.invalid') as Key;
};
const FIELD_OF: Record<string, string> = {
  text: 'answer-text',
  photoIds: 'answer-photos',
  reason: 'reject-reason',
};

export function ReportActions({
  detail,
  onChanged,
}: {
  detail: ReportDetail;
  onChanged: (detail: ReportDetail) => void;
}) {
  const t = useMessages(reportMessages);
  const common = useMessages(commonMessages);
  const [issues, setIssues] = useState<readonly StaffIssue[]>([]);
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<ReportAction>();
  const [busy, setBusy] = useState<ReportAction>();
  const doneRef = useRef<HTMLDivElement>(null);
  const photoIds = useFieldIds('answer-photos');
  const { actions } = detail;
  const id = detail.report.id;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const run = async (action: ReportAction, body: () => Promise<Record<string, unknown>>) => {
    setFailure(undefined);
    setDone(undefined);
    setBusy(action);
    try {
      const next = await api.reportAction(id, action, await body());
      setIssues([]);
      setDone(action);
      onChanged(next);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('unknown', 0);
      if (apiError.issues.length > 0) setIssues(apiError.issues);
      else setFailure(common(errorKey(apiError.code)));
    } finally {
      setBusy(undefined);
    }
  };

  const answer = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = cleanText(form.get('text'));
    const files = form.getAll('photos').filter((f): f is File => f instanceof File && f.size > 0);
    const found = [textIssue('text', text, STAFF_LIMITS.answer, true)].filter(
      (i): i is StaffIssue => i !== undefined,
    );
    if (files.length > STAFF_LIMITS.answerPhotos) {
      found.push({
        path: 'photoIds',
        code: 'too_many',
        params: { max: STAFF_LIMITS.answerPhotos },
      });
    }
    setIssues(found);
    if (found.length > 0) return;
    void run('answer', async () => {
      const uploaded = [];
      for (const file of files) uploaded.push(await api.uploadPhoto(file));
      return { text, photoIds: uploaded.map((p) => p.id) };
    });
  };

  const reject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = cleanText(new FormData(event.currentTarget).get('reason'));
    const issue = textIssue('reason', reason, STAFF_LIMITS.reason, true);
    setIssues(issue ? [issue] : []);
    if (!issue) void run('reject', async () => ({ reason }));
  };

  const summary = issues.map((issue) => ({
    fieldId: FIELD_OF[issue.path] ?? 'answer-text',
    message: t(issueKey(issue), issue.params ?? {}),
  }));
  const errorOf = (path: string) => summary.find((s) => s.fieldId === FIELD_OF[path])?.message;

  return (
    <section aria-labelledby="report-actions-title" className="staff-section">
      <Heading level={2} id="report-actions-title">
        {t('actions')}
      </Heading>
      {done && (
        <Notice variant="success" headingLevel={false} ref={doneRef} tabIndex={-1}>
          {t(`done.${done}`)}
        </Notice>
      )}
      {failure && (
        <Notice variant="error" headingLevel={false} announce>
          {failure}
        </Notice>
      )}
      <ErrorSummary errors={summary} />
      {actions.length === 0 && <p>{t('noActions')}</p>}
      {(actions.includes('receive') || actions.includes('start') || actions.includes('close')) && (
        <div className="staff-actions">
          {(['receive', 'start', 'close'] as const)
            .filter((action) => actions.includes(action))
            .map((action) => (
              <Button
                key={action}
                variant={action === 'close' ? 'primary' : 'secondary'}
                loading={busy === action}
                onClick={() => run(action, async () => ({}))}
              >
                {t(action)}
              </Button>
            ))}
        </div>
      )}
      {actions.includes('answer') && (
        <form onSubmit={answer} noValidate className="staff-subform" aria-labelledby="answer-title">
          <Heading level={3} id="answer-title">
            {t('answerTitle')}
          </Heading>
          <TextArea
            id="answer-text"
            name="text"
            label={t('answerText')}
            hint={t('answerHint')}
            rows={6}
            maxLength={STAFF_LIMITS.answer}
            error={errorOf('text')}
          />
          <FormGroup error={errorOf('photoIds')}>
            <Label htmlFor={photoIds.control} optional>
              {t('answerPhotos')}
            </Label>
            <Hint id={photoIds.hint}>
              {t('answerPhotosHint', { max: STAFF_LIMITS.answerPhotos })}
            </Hint>
            {errorOf('photoIds') && (
              <ErrorMessage id={photoIds.error}>{errorOf('photoIds')}</ErrorMessage>
            )}
            <input
              id={photoIds.control}
              name="photos"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp"
              className="staff-file-input"
              aria-describedby={photoIds.describedBy({ hint: true, error: errorOf('photoIds') })}
              aria-invalid={errorOf('photoIds') ? true : undefined}
            />
          </FormGroup>
          <Button type="submit" loading={busy === 'answer'}>
            {t('sendAnswer')}
          </Button>
        </form>
      )}
      {actions.includes('reject') && (
        <form onSubmit={reject} noValidate className="staff-subform" aria-labelledby="reject-title">
          <Heading level={3} id="reject-title">
            {t('rejectTitle')}
          </Heading>
          <TextArea
            id="reject-reason"
            name="reason"
            label={t('rejectReason')}
            hint={t('rejectHint')}
            rows={3}
            maxLength={STAFF_LIMITS.reason}
            error={errorOf('reason')}
          />
          <Button type="submit" variant="warning" loading={busy === 'reject'}>
            {t('reject')}
          </Button>
        </form>
      )}
    </section>
  );
}
