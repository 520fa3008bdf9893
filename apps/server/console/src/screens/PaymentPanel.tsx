// "Thanh toán": a dossier's fee as the officer checks it against the account statement — the
// state in words, the amount in figures and in words, the receiving account, when the citizen
// said they transferred and when the office confirmed, and the transfer content to search
// for (large, with a copy button). "Xác nhận đã nhận tiền" asks once more before it acts (a
// confirmed payment is never taken back); "Chưa nhận được tiền" needs the reason the citizen
// reads. The server applies the same rules again (src/staff/payment-routes.ts).
import { amountInWords, type DossierPayment, type PaymentStatus } from '@govmini/dossier/core';
import { Button, ErrorSummary, Notice, StatusTag, SummaryList, Text } from '@govmini/ui';
import { findVietQrBank } from '@govmini/vn/vietqr';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { StaffIssue } from '../../../src/staff/transition-input.ts';
import { STAFF_LIMITS } from '../../../src/staff/transitions.ts';
import type { DossierDetail } from '../../../src/staff/wire.ts';
import { api } from '../api.ts';
import { useFormat, useMessages } from '../i18n.ts';
import { Section } from '../parts.tsx';
import { Outcome, ReasonField, readReason, SubForm, useWrite } from '../write.tsx';
import { paymentMessages } from './payment.messages.ts';

/** Not accepted, withdrawn, stopped: the payment stays as it was. */
const CLOSED: ReadonlySet<number> = new Set([3, 7, 8]);
// StatusTag draws dossier statuses; a payment borrows the tone of one that means the same.
const TONE = { unpaid: 5, pending_confirmation: 6, paid: 9 } as const satisfies Record<
  PaymentStatus,
  number
>;
const REASON_ID = 'payment-reason';

/** The payment state as a tag: in the inbox (badge) and on the dossier. */
export function PaymentTag({ status }: { status: PaymentStatus }) {
  const t = useMessages(paymentMessages);
  return <StatusTag status={TONE[status]}>{t(`status.${status}`)}</StatusTag>;
}

type Mode = 'idle' | 'confirming' | 'declining';

export function PaymentPanel({
  detail,
  onChanged,
}: {
  detail: DossierDetail;
  onChanged: (detail: DossierDetail) => void;
}) {
  const t = useMessages(paymentMessages);
  const format = useFormat();
  const [mode, setMode] = useState<Mode>('idle');
  const [done, setDone] = useState<'confirm' | 'decline'>();
  const [issue, setIssue] = useState<StaffIssue>();
  const write = useWrite<'confirm' | 'decline'>();
  const promptRef = useRef<HTMLDivElement>(null);
  const { dossier } = detail;
  const payment = dossier.payment;

  useEffect(() => {
    if (mode === 'confirming') promptRef.current?.focus();
    if (mode === 'declining') document.getElementById(REASON_ID)?.focus();
  }, [mode]);

  if (!payment) return null;
  const closed = CLOSED.has(dossier.status);
  const amount = format.money(payment.amount);

  const decide = async (body: { action: 'confirm' } | { action: 'decline'; reason: string }) => {
    const next = await write.run(
      body.action,
      () => api.decidePayment(dossier.code, body),
      (issues) => {
        const reason = issues.find((i) => i.path === 'reason');
        if (reason) setIssue(reason);
        return reason !== undefined;
      },
    );
    if (!next) return;
    setMode('idle');
    setIssue(undefined);
    setDone(body.action);
    onChanged(next);
  };

  const sendDecline = (event: FormEvent<HTMLFormElement>) => {
    const { reason, issue: problem } = readReason(event);
    setIssue(problem);
    if (!problem) void decide({ action: 'decline', reason });
  };

  const reasonError = issue
    ? issue.code === 'required'
      ? t('reasonRequired')
      : issue.code === 'too_long'
        ? t('reasonTooLong', { max: STAFF_LIMITS.reason })
        : t('reasonInvalid')
    : undefined;

  return (
    <Section id="payment-title" title={t('title')}>
      <Outcome
        done={done}
        say={(action) => t(action === 'confirm' ? 'doneConfirm' : 'doneDecline')}
        failure={write.failure}
      />
      <PaymentFacts payment={payment} amount={amount} />
      <TransferContent content={payment.transferContent} />
      {closed ? (
        <Text>{t('closed')}</Text>
      ) : payment.status === 'paid' ? null : mode === 'confirming' ? (
        <Notice variant="warning" headingLevel={false} ref={promptRef} tabIndex={-1}>
          <Text>{t('confirmCheck', { amount, content: payment.transferContent })}</Text>
          <div className="staff-actions">
            <Button
              loading={write.busy !== undefined}
              onClick={() => void decide({ action: 'confirm' })}
            >
              {t('confirmYes')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')}>
              {t('cancel')}
            </Button>
          </div>
        </Notice>
      ) : mode === 'declining' ? (
        <SubForm onSubmit={sendDecline}>
          <ErrorSummary
            errors={reasonError ? [{ fieldId: REASON_ID, message: reasonError }] : []}
          />
          <ReasonField
            id={REASON_ID}
            label={t('reason')}
            hint={t('reasonHint')}
            error={reasonError}
          />
          <div className="staff-actions">
            <Button type="submit" loading={write.busy !== undefined}>
              {t('sendDecline')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')}>
              {t('cancel')}
            </Button>
          </div>
        </SubForm>
      ) : (
        <div className="staff-actions">
          <Button onClick={() => setMode('confirming')}>{t('confirm')}</Button>
          {payment.status === 'pending_confirmation' && (
            <Button variant="secondary" onClick={() => setMode('declining')}>
              {t('decline')}
            </Button>
          )}
        </div>
      )}
    </Section>
  );
}

function PaymentFacts({ payment, amount }: { payment: DossierPayment; amount: string }) {
  const t = useMessages(paymentMessages);
  const format = useFormat();
  const { account } = payment;
  const bank = account ? (findVietQrBank(account.bankBin)?.shortName ?? account.bankBin) : '';
  return (
    <SummaryList>
      <SummaryList.Row
        label={t('status')}
        value={
          <>
            <PaymentTag status={payment.status} />
            <Text>{t(`explain.${payment.status}`)}</Text>
          </>
        }
      />
      <SummaryList.Row
        label={t('amount')}
        value={
          <>
            <strong className="staff-amount">{amount}</strong>
            <Text>
              {t('amountInWords', {
                words: amountInWords(payment.amount, { locale: format.locale }),
              })}
            </Text>
          </>
        }
      />
      <SummaryList.Row
        label={t('account')}
        value={
          account
            ? t('accountValue', {
                bank,
                number: account.accountNumber,
                name: account.accountName,
              })
            : t('desk')
        }
      />
      {payment.reportedAt && (
        <SummaryList.Row label={t('reportedAt')} value={format.dateTime(payment.reportedAt)} />
      )}
      {payment.confirmedAt && (
        <SummaryList.Row label={t('confirmedAt')} value={format.dateTime(payment.confirmedAt)} />
      )}
      {payment.note && (
        <SummaryList.Row
          label={t('note')}
          value={<span className="staff-pre">{payment.note}</span>}
        />
      )}
    </SummaryList>
  );
}

/** The words to search the statement for, large, with a copy button and what it did. */
function TransferContent({ content }: { content: string }) {
  const t = useMessages(paymentMessages);
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(content);
      setSaid(t('copied'));
    } catch {
      setSaid(t('copyFailed'));
    }
  };
  return (
    <div className="staff-transfer">
      <p className="staff-transfer__label">{t('content')}</p>
      <p className="staff-transfer__content">{content}</p>
      <Button variant="secondary" onClick={() => void copy()}>
        {t('copy')}
      </Button>
      <p role="status" className="staff-transfer__said">
        {said}
      </p>
    </div>
  );
}
