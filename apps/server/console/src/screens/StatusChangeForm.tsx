// The status change: only the moves the table allows from the current status, each with the
// fields it needs revealed under it (GOV.UK conditional radios). The same check as the server
// runs first, so errors show at once in an ErrorSummary linked to the fields; the server's
// own answer (another officer was quicker, a rule it enforces) lands in the same place.
import { Button, ErrorSummary, Radio, RadioGroup, TextArea, TextInput } from '@govmini/ui';
import { type FormEvent, useState } from 'react';
import {
  checkStatusChange,
  documentLines,
  type StaffIssue,
} from '../../../src/staff/transition-input.ts';
import {
  STAFF_LIMITS,
  type Transition,
  type TransitionField,
} from '../../../src/staff/transitions.ts';
import type { DossierDetail, StatusCode } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { type Translate, useFormat, useMessages } from '../i18n.ts';
import { Section } from '../parts.tsx';
import { Outcome, useWrite } from '../write.tsx';
import { statusChangeMessages } from './status-change.messages.ts';

type Key = keyof typeof statusChangeMessages.vi;

/** The first of `keys` the catalogue has (specific wording before the general one). */
const first = (keys: string[]): Key =>
  (keys.find((k) => k in statusChangeMessages.vi) ?? keys[keys.length - 1]) as Key;

const fieldId = (to: number, field: string) =>
  field === 'to' ? 'change-to' : `change-${to}-${field}`;

const actionKey = (t: Transition) => first([`action.${t.action}.${t.to}`, `action.${t.action}`]);

const labelKey = (to: number, field: TransitionField) =>
  first([`field.${field}.${to}`, `field.${field}`]);

function issueText(
  t: Translate<Key>,
  issue: StaffIssue,
  to: number,
  number: (value: number) => string,
): string {
  const specific = [`error.${issue.path}.${issue.code}.${to}`, `error.${issue.path}.${issue.code}`];
  const key = first([...specific, `error.${issue.code}`]);
  const label =
    issue.path === 'to' ? '' : t(labelKey(to, issue.path as TransitionField)).toLowerCase();
  // Limits grouped as the locale writes them: 1.000.000.000 đồng, not 1000000000.
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([name, value]) => [name, number(value)]),
  );
  return t(key, { label, ...params });
}

const noError = () => undefined;

const MULTILINE: ReadonlySet<TransitionField> = new Set(['reason', 'documents', 'resultNote']);

function Fields({
  transition,
  today,
  errorOf,
}: {
  transition: Transition;
  today: string;
  errorOf: (field: string) => string | undefined;
}) {
  const t = useMessages(statusChangeMessages);
  const fields = [...transition.required, ...transition.optional];
  if (fields.length === 0) return null;
  const { to } = transition;
  const optional = (field: TransitionField) => transition.optional.includes(field);
  return (
    <>
      {transition.action === 'complete' && <p className="gm-hint">{t('hint.complete')}</p>}
      {fields.map((field) => {
        const common = {
          id: fieldId(to, field),
          name: `${to}.${field}`,
          label: t(labelKey(to, field)),
          optional: optional(field),
          error: errorOf(field),
        };
        const hintKey = `hint.${field}`;
        const hint = hintKey in statusChangeMessages.vi ? t(hintKey as Key) : undefined;
        if (MULTILINE.has(field)) {
          return (
            <TextArea
              key={field}
              {...common}
              hint={hint}
              rows={field === 'documents' ? 4 : 3}
              maxLength={field === 'documents' ? undefined : STAFF_LIMITS.reason}
            />
          );
        }
        if (field === 'dueDate') {
          return (
            <TextInput key={field} {...common} hint={hint} type="date" min={today} maxWidth="md" />
          );
        }
        if (field === 'amount') {
          return (
            <TextInput key={field} {...common} hint={hint} inputMode="numeric" maxWidth="md" />
          );
        }
        return <TextInput key={field} {...common} hint={hint} />;
      })}
    </>
  );
}

export function StatusChangeForm({
  detail,
  onChanged,
}: {
  detail: DossierDetail;
  onChanged: (detail: DossierDetail) => void;
}) {
  const t = useMessages(statusChangeMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const [chosen, setChosen] = useState('');
  const [issues, setIssues] = useState<readonly StaffIssue[]>([]);
  const [done, setDone] = useState<StatusCode>();
  const write = useWrite<'change'>();
  const { today } = detail;
  const status = detail.dossier.status;
  // A fee to confirm is confirmed in the payment panel, with its own check; not twice here.
  const feeInPanel =
    detail.dossier.payment !== undefined && detail.dossier.payment.status !== 'paid';
  const transitions = feeInPanel
    ? detail.transitions.filter((x) => x.action !== 'confirmPayment')
    : detail.transitions;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    write.clearFailure();
    setDone(undefined);
    const to = Number(chosen);
    const transition = transitions.find((x) => x.to === to);
    if (!transition) {
      setIssues([{ path: 'to', code: 'required' }]);
      return;
    }
    const form = new FormData(event.currentTarget);
    const read = (field: TransitionField) => String(form.get(`${to}.${field}`) ?? '');
    const change: Record<string, unknown> = { to };
    for (const field of [...transition.required, ...transition.optional]) {
      const text = read(field);
      if (field === 'documents') change.documents = documentLines(text);
      else if (field === 'amount') {
        const digits = text.replace(/[\s.,]/g, '');
        change.amount =
          digits === '' ? undefined : /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
      } else change[field] = text;
    }
    const check = checkStatusChange(status, change as never, today);
    if (!check.ok) {
      setIssues(check.issues);
      return;
    }
    setIssues([]);
    const next = await write.run(
      'change',
      () => api.changeStatus(detail.dossier.code, change),
      (found) => {
        setIssues(found);
        return true;
      },
    );
    if (!next) return;
    setChosen('');
    setDone(next.dossier.status);
    onChanged(next);
  };

  const to = Number(chosen);
  const summary = issues.map((issue) => ({
    fieldId: fieldId(to, issue.path),
    message: issueText(t, issue, to, format.number),
  }));
  const errorOf = (field: string) => summary.find((s) => s.fieldId === fieldId(to, field))?.message;

  return (
    <Section id="status-change-title" title={t('title')}>
      <Outcome
        done={done}
        say={(status) => t('done', { status: common(`status.${status}`) })}
        failure={write.failure}
      />
      {transitions.length === 0 ? (
        <p>{status === 5 ? t('waitingCitizen') : t('none')}</p>
      ) : (
        <>
          {status === 5 && <p>{t('waitingCitizen')}</p>}
          {status === 6 && feeInPanel && <p>{t('feeInPanel')}</p>}
          <ErrorSummary errors={summary} />
          {/* key: a new status offers new moves; what was typed for the old ones goes. */}
          <form key={status} onSubmit={submit} noValidate>
            <RadioGroup
              id="change-to"
              label={t('legend')}
              value={chosen}
              onValueChange={(value) => {
                setChosen(value);
                setIssues([]);
              }}
              error={errorOf('to')}
            >
              {transitions.map((transition) => (
                <Radio
                  key={transition.to}
                  value={String(transition.to)}
                  label={t(actionKey(transition))}
                  hint={t('newStatus', { status: common(`status.${transition.to}`) })}
                  conditional={
                    transition.required.length + transition.optional.length > 0 ? (
                      <Fields
                        transition={transition}
                        today={today}
                        errorOf={to === transition.to ? errorOf : noError}
                      />
                    ) : undefined
                  }
                />
              ))}
            </RadioGroup>
            <Button type="submit" loading={write.busy !== undefined}>
              {t('submit')}
            </Button>
          </form>
        </>
      )}
    </Section>
  );
}
