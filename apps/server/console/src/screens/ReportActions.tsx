// What an officer does with a report: receive it, start work, answer it (text and up to five
// photos), refuse it with a reason, or close it once answered. Only the actions the report's
// status allows are shown; each form checks itself with the server's own limits first.
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  FormGroup,
  Hint,
  Label,
  TextArea,
  useFieldIds,
} from '@govmini/ui';
import { type FormEvent, useState } from 'react';
import { cleanText, type StaffIssue, textIssue } from '../../../src/staff/transition-input.ts';
import { STAFF_LIMITS } from '../../../src/staff/transitions.ts';
import type { ReportAction, ReportDetail } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { useMessages } from '../i18n.ts';
import { Section } from '../parts.tsx';
import { Outcome, ReasonField, readReason, SubForm, useWrite } from '../write.tsx';
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
  const [issues, setIssues] = useState<readonly StaffIssue[]>([]);
  const [done, setDone] = useState<ReportAction>();
  const write = useWrite<ReportAction>();
  const photoIds = useFieldIds('answer-photos');
  const { actions } = detail;
  const id = detail.report.id;

  const run = async (action: ReportAction, body: () => Promise<Record<string, unknown>>) => {
    setDone(undefined);
    const next = await write.run(
      action,
      async () => api.reportAction(id, action, await body()),
      (found) => {
        setIssues(found);
        return true;
      },
    );
    if (!next) return;
    setIssues([]);
    setDone(action);
    onChanged(next);
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
    const { reason, issue } = readReason(event);
    setIssues(issue ? [issue] : []);
    if (!issue) void run('reject', async () => ({ reason }));
  };

  const summary = issues.map((issue) => ({
    fieldId: FIELD_OF[issue.path] ?? 'answer-text',
    message: t(issueKey(issue), issue.params ?? {}),
  }));
  const errorOf = (path: string) => summary.find((s) => s.fieldId === FIELD_OF[path])?.message;

  return (
    <Section id="report-actions-title" title={t('actions')}>
      <Outcome done={done} say={(action) => t(`done.${action}`)} failure={write.failure} />
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
                loading={write.busy === action}
                onClick={() => run(action, async () => ({}))}
              >
                {t(action)}
              </Button>
            ))}
        </div>
      )}
      {actions.includes('answer') && (
        <SubForm onSubmit={answer} title={t('answerTitle')} titleId="answer-title">
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
          <Button type="submit" loading={write.busy === 'answer'}>
            {t('sendAnswer')}
          </Button>
        </SubForm>
      )}
      {actions.includes('reject') && (
        <SubForm onSubmit={reject} title={t('rejectTitle')} titleId="reject-title">
          <ReasonField
            id="reject-reason"
            label={t('rejectReason')}
            hint={t('rejectHint')}
            error={errorOf('reason')}
          />
          <Button type="submit" variant="warning" loading={write.busy === 'reject'}>
            {t('reject')}
          </Button>
        </SubForm>
      )}
    </Section>
  );
}
