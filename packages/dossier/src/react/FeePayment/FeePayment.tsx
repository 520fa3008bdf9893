// Paying a dossier's fee by bank transfer: the state in plain words (chưa thanh toán, đang chờ
// xác nhận, đã thanh toán), the amount in figures and in words, a VietQR code large enough to
// scan from another phone (or to save and pick in the banking app), the account and the
// transfer content to copy for a manual transfer, and "Tôi đã chuyển khoản". Loaded lazily by
// DossierDetail: most dossiers have nothing to pay, and the QR encoder is not small.
import { Button, Heading, Notice, SummaryList, useGovMini } from '@govmini/ui';
import { formatVnd } from '@govmini/vn';
import { findVietQrBank, type VietQrBank, vietQrBanks } from '@govmini/vn/vietqr';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { amountInWords } from '../../core/payment/amount-in-words';
import { canReportTransfer } from '../../core/payment/payment';
import { paymentQrPayload } from '../../core/payment/payment-qr';
import type { Dossier, DossierPayment, PaymentAccount } from '../../core/service/types';
import { QrCode } from '../Confirmation/QrCode';
import { useServiceErrorText } from '../DossierDetail/service-error';
import { useSessionToken } from '../DossierDetail/use-remote';
import { useDossier } from '../DossierProvider/context';
import { type DossierTranslate, useDossierMessages } from '../messages';
import { formatDateTime } from '../StatusTimeline/dossier-dates';
import { feePaymentMessages } from './messages';
import { chooseSaveImage, qrImage, type SaveImage } from './qr-image';

export interface FeePaymentProps {
  /** The dossier whose fee to pay; renders nothing when it has no `payment`. */
  dossier: Pick<Dossier, 'code' | 'status' | 'payment'>;
  /** The dossier after "Tôi đã chuyển khoản", as the backend returned it. */
  onReported?: ((dossier: Dossier) => void) | undefined;
  /** The banks to name by BIN (default `vietQrBanks`; pass a longer list for a newer bank). */
  banks?: readonly VietQrBank[] | undefined;
  /**
   * Saves the QR image on the phone. Default: the platform's own saving when it has one, a
   * download in a plain browser; without either the screen suggests a screenshot.
   */
  saveImage?: SaveImage | undefined;
  /** Level of the section's heading (default 2). */
  headingLevel?: 2 | 3;
}

type T = DossierTranslate<keyof typeof feePaymentMessages.vi>;
type Locale = 'vi' | 'en';

export function FeePayment({
  dossier,
  onReported,
  banks = vietQrBanks,
  saveImage,
  headingLevel = 2,
}: FeePaymentProps) {
  const t = useDossierMessages(feePaymentMessages);
  const { locale } = useGovMini('FeePayment');
  const { service, platform } = useDossier('FeePayment');
  const token = useSessionToken('FeePayment');
  const errorText = useServiceErrorText();
  const titleId = `${useId().replace(/:/g, '')}-fee`;
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const pendingNotice = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  // What the report returned, until the dossier given changes (the parent took the new one in,
  // or reloaded): on its own, without a parent that keeps the dossier, the screen still moves on.
  const [reported, setReported] = useState<{ from: DossierPayment; to: DossierPayment }>();
  const payment = reported && reported.from === dossier.payment ? reported.to : dossier.payment;
  const status = payment?.status;

  useEffect(() => {
    if (status !== 'pending_confirmation' || !focusPending.current) return;
    focusPending.current = false;
    pendingNotice.current?.focus();
  }, [status]);

  if (!payment) return null;
  const amount = formatVnd(payment.amount, { locale });
  const reportTransfer = service.reportTransfer;
  const report = async () => {
    if (sending || !reportTransfer) return;
    setSending(true);
    setFailure(undefined);
    try {
      const next = await reportTransfer.call(service, await token(), dossier.code);
      focusPending.current = true;
      if (next.payment) setReported({ from: payment, to: next.payment });
      onReported?.(next);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSending(false);
    }
  };

  const instructions = (
    <PaymentInstructions
      payment={payment}
      code={dossier.code}
      banks={banks}
      saveImage={chooseSaveImage(saveImage, platform)}
      headingLevel={headingLevel}
      t={t}
      locale={locale}
    />
  );
  return (
    <section className="gm-fee-payment" aria-labelledby={titleId}>
      <Heading level={headingLevel} size="m" id={titleId}>
        {t('title')}
      </Heading>
      <SummaryList>
        <SummaryList.Row
          label={t('status')}
          value={
            <strong className="gm-fee-payment__status">{t(`status.${payment.status}`)}</strong>
          }
        />
        <SummaryList.Row
          label={t('amount')}
          value={
            <>
              <strong className="gm-fee-payment__amount">{amount}</strong>
              <span className="gm-hint gm-fee-payment__words">
                {t('amountWords', { words: amountInWords(payment.amount, { locale }) })}
              </span>
            </>
          }
        />
      </SummaryList>
      {payment.status === 'paid' && (
        <Notice variant="success" title={t('paidTitle')} headingLevel={false}>
          <p>
            {payment.confirmedAt
              ? t('paid', { amount, time: formatDateTime(payment.confirmedAt) })
              : t('paidNoTime', { amount })}
          </p>
        </Notice>
      )}
      {payment.status === 'pending_confirmation' && (
        <>
          <Notice
            ref={pendingNotice}
            tabIndex={-1}
            variant="info"
            title={t('pendingTitle')}
            headingLevel={false}
          >
            <p>
              {payment.reportedAt
                ? t('pending', { time: formatDateTime(payment.reportedAt) })
                : t('pendingNoTime')}
            </p>
          </Notice>
          {/* Still there in case the transfer has not really gone yet. */}
          {payment.account && (
            <details className="gm-dossier-details">
              <summary className="gm-dossier-details__summary">{t('again')}</summary>
              {instructions}
            </details>
          )}
        </>
      )}
      {payment.status === 'unpaid' && (
        <>
          {payment.note && (
            <Notice variant="warning" title={t('declinedTitle')} headingLevel={false}>
              <p>{t('declined', { note: payment.note.replace(/[.。]\s*$/, '') })}</p>
            </Notice>
          )}
          {instructions}
          {payment.account && reportTransfer && canReportTransfer({ ...dossier, payment }) && (
            <div className="gm-fee-payment__report">
              <Button onClick={() => void report()} loading={sending}>
                {t('report')}
              </Button>
              <p className="gm-hint">{t('reportHint')}</p>
            </div>
          )}
          {failure !== undefined && (
            <Notice variant="error" title={t('reportFailed')} headingLevel={false} announce>
              <p>{errorText(failure)}</p>
            </Notice>
          )}
        </>
      )}
    </section>
  );
}

interface InstructionsProps {
  payment: DossierPayment;
  code: string;
  banks: readonly VietQrBank[];
  saveImage: SaveImage | undefined;
  headingLevel: 2 | 3;
  t: T;
  locale: Locale;
}

/** The QR code and the transfer details, or the desk when there is no account. */
function PaymentInstructions({
  payment,
  code,
  banks,
  saveImage,
  headingLevel,
  t,
  locale,
}: InstructionsProps) {
  const { account } = payment;
  const amount = formatVnd(payment.amount, { locale });
  const payload = useMemo(
    () =>
      account &&
      paymentQrPayload(
        {
          account,
          amount: payment.amount,
          transferContent: payment.transferContent,
          dossierCode: code,
        },
        { banks },
      ),
    [account, payment.amount, payment.transferContent, code, banks],
  );
  if (!account) return <p className="gm-text gm-text--body">{t('desk', { amount, code })}</p>;
  const bank = findVietQrBank(account.bankBin, banks);
  const bankName = bank?.shortName ?? account.bankBin;
  return (
    <div className="gm-fee-payment__instructions">
      {payload?.ok ? (
        <>
          <p className="gm-text gm-text--body">{t('scan')}</p>
          <figure className="gm-fee-payment__qr">
            <QrCode
              value={payload.value}
              label={t('qr', {
                amount,
                account: account.accountNumber,
                bank: bankName,
                content: payment.transferContent,
              })}
            />
            <figcaption className="gm-hint">{t('qrCaption')}</figcaption>
          </figure>
          <SaveQr
            value={payload.value}
            caption={[
              t('image.amount', { amount }),
              t('image.account', { bank: bankName, account: account.accountNumber }),
              t('image.content', { content: payment.transferContent }),
            ]}
            fileName={t('image.file', { code: code.replace(/[^0-9A-Za-z]/g, '') })}
            saveImage={saveImage}
            t={t}
          />
        </>
      ) : (
        <Notice variant="warning" headingLevel={false}>
          <p>{t('noQr')}</p>
        </Notice>
      )}
      <TransferDetails
        account={account}
        bank={bank}
        amount={amount}
        content={payment.transferContent}
        headingLevel={headingLevel}
        t={t}
      />
    </div>
  );
}

function SaveQr({
  value,
  caption,
  fileName,
  saveImage,
  t,
}: {
  value: string;
  caption: readonly string[];
  fileName: string;
  saveImage: SaveImage | undefined;
  t: T;
}) {
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  if (!saveImage) return <p className="gm-hint">{t('screenshot')}</p>;
  const save = async () => {
    setState('saving');
    try {
      await saveImage(await qrImage(value, { caption }), { fileName });
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <div className="gm-dossier-actions">
        <Button variant="secondary" loading={state === 'saving'} onClick={() => void save()}>
          {t('save')}
        </Button>
      </div>
      <p role="status" className="gm-fee-payment__said">
        {state === 'saved' ? t('saved') : state === 'failed' ? t('saveFailed') : ''}
      </p>
    </>
  );
}

function TransferDetails({
  account,
  bank,
  amount,
  content,
  headingLevel,
  t,
}: {
  account: PaymentAccount;
  bank: VietQrBank | undefined;
  amount: string;
  content: string;
  headingLevel: 2 | 3;
  t: T;
}) {
  const [said, setSaid] = useState('');
  const copy = (text: string, what: 'accountNumber' | 'content') => async () => {
    const name = t(`what.${what}`);
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t('copied', { what: name }));
    } catch {
      setSaid(t('copyFailed', { what: name }));
    }
  };
  return (
    <>
      <Heading level={(headingLevel + 1) as 3 | 4} size="s">
        {t('manual')}
      </Heading>
      <SummaryList>
        <SummaryList.Row
          label={t('bank')}
          value={
            bank ? (
              <>
                {bank.shortName}
                <span className="gm-hint gm-fee-payment__words">{bank.name}</span>
              </>
            ) : (
              account.bankBin
            )
          }
        />
        <SummaryList.Row
          label={t('accountNumber')}
          value={<span className="gm-fee-payment__copyable">{account.accountNumber}</span>}
          actions={[{ onClick: copy(account.accountNumber, 'accountNumber'), children: t('copy') }]}
        />
        <SummaryList.Row label={t('accountName')} value={account.accountName} />
        <SummaryList.Row label={t('amount')} value={amount} />
        <SummaryList.Row
          label={t('content')}
          value={<span className="gm-fee-payment__copyable">{content}</span>}
          actions={[{ onClick: copy(content, 'content'), children: t('copy') }]}
        />
      </SummaryList>
      <p role="status" className="gm-fee-payment__said">
        {said}
      </p>
      <Notice variant="warning" headingLevel={false}>
        <p>{t('contentWarning')}</p>
      </Notice>
    </>
  );
}
