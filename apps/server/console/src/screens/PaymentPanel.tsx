// "Thanh toán": a dossier's fee as the officer checks it against the account statement — the
// state in words, the amount in figures and in words, the receiving account, when the citizen
// said they transferred and when the office confirmed, and the transfer content to search
// for (large, with a copy button). "Xác nhận đã nhận tiền" asks once more before it acts (a
// confirmed payment is never taken back); "Chưa nhận được tiền" needs the reason the citizen
// reads. The server applies the same rules again (src/staff/payment-routes.ts).
import { amountInWords, type DossierPayment, type PaymentStatus } from '@govmini/dossier/core';
import {
  Button,
  ErrorSummary,
  Heading,
  Notice,
  StatusTag,
  SummaryList,
  Text,
  TextArea,
} from '@govmini/ui';
import { findVietQrBank } from '@govmini/vn/vietqr';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { cleanText, type StaffIssue, textIssue } from '../../../src/staff/transition-input.ts';
import { STAFF_LIMITS } from '../../../src/staff/transitions.ts';
import type { DossierDetail } from '../../../src/staff/wire.ts';
import { ApiError, api } from '../api.ts';
import { commonMessages, errorKey } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
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
  const common = useMessages(commonMessages);
  const format = useFormat();
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'confirm' | 'decline'>();
  const [failure, setFailure] = useState<string>();
  const [issue, setIssue] = useState<StaffIssue>();
  const promptRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const { dossier } = detail;
  const payment = dossier.payment;

  useEffect(() => {
    if (mode === 'confirming') promptRef.current?.focus();
    if (mode === 'declining') document.getElementById(REASON_ID)?.focus();
  }, [mode]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (!payment) return null;
  const closed = CLOSED.has(dossier.status);
  const amount = format.money(payment.amount);

  const decide = async (body: { action: 'confirm' } | { action: 'decline'; reason: string }) => {
    setFailure(undefined);
    setBusy(true);
    try {
      const next = await api.decidePayment(dossier.code, body);
      setMode('idle');
      setIssue(undefined);
      setDone(body.action);
      onChanged(next);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('unknown', 0);
      const reason = apiError.issues.find((i) => i.path === 'reason');
      if (reason) setIssue(reason);
      else setFailure(common(errorKey(apiError.code)));
    } finally {
      setBusy(false);
    }
  };

  const sendDecline = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = cleanText(new FormData(event.currentTarget).get('reason'));
    const problem = textIssue('reason', reason, STAFF_LIMITS.reason, true);
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
    <section aria-labelledby="payment-title" className="staff-section">
      <Heading level={2} id="payment-title">
        {t('title')}
      </Heading>
      {done && (
        <Notice variant="success" headingLevel={false} ref={doneRef} tabIndex={-1}>
          {t(done === 'confirm' ? 'doneConfirm' : 'doneDecline')}
        </Notice>
      )}
      {failure && (
        <Notice variant="error" headingLevel={false} announce>
          {failure}
        </Notice>
      )}
      <PaymentFacts payment={payment} amount={amount} />
      <TransferContent content={payment.transferContent} />
      {closed ? (
        <Text>{t('closed')}</Text>
      ) : payment.status === 'paid' ? null : mode === 'confirming' ? (
        <Notice variant="warning" headingLevel={false} ref={promptRef} tabIndex={-1}>
          <Text>{t('confirmCheck', { amount, content: payment.transferContent })}</Text>
          <div className="staff-actions">
            <Button loading={busy} onClick={() => void decide({ action: 'confirm' })}>
              {t('confirmYes')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')}>
              {t('cancel')}
            </Button>
          </div>
        </Notice>
      ) : mode === 'declining' ? (
        <form onSubmit={sendDecline} noValidate className="staff-subform">
          <ErrorSummary
            errors={reasonError ? [{ fieldId: REASON_ID, message: reasonError }] : []}
          />
          <TextArea
            id={REASON_ID}
            name="reason"
            label={t('reason')}
            hint={t('reasonHint')}
            rows={3}
            maxLength={STAFF_LIMITS.reason}
            error={reasonError}
          />
          <div className="staff-actions">
            <Button type="submit" loading={busy}>
              {t('sendDecline')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('idle')}>
              {t('cancel')}
            </Button>
          </div>
        </form>
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
    </section>
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
