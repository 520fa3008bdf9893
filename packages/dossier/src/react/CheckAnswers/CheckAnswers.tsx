// "Kiểm tra lại thông tin" (GOV.UK check answers): every visible answer, page by page, each with
// a "Thay đổi" that opens its page and comes back here once it is saved.
import { Button, formatMessage, Heading, SummaryList, Text, useGovMini } from '@govmini/ui';
import { formatVnd } from '@govmini/vn';
import { useEffect, useRef } from 'react';
import { computeFee, visibleFields, visiblePages } from '../../core/definition/flow';
import type {
  Answers,
  Field,
  GroupField,
  OnBehalf,
  ProcedureDefinition,
  ResultDelivery,
} from '../../core/definition/types';
import { useDossier } from '../DossierProvider/context';
import { type FormatContext, formatAnswer, formatPhoneNational } from '../fields/format-answer';
import { fieldMessages } from '../fields/messages';
import { useDossierMessages, useLocalized } from '../messages';
import { startPageMessages } from '../StartPage/messages';
import { feeText } from '../StartPage/StartPage';
import { checkAnswersMessages } from './messages';

export interface CheckAnswersProps {
  procedure: ProcedureDefinition;
  answers: Answers;
  onBehalf?: OnBehalf | undefined;
  resultDelivery?: ResultDelivery | undefined;
  /** "Thay đổi": the step to open (a page id, `on-behalf` or `delivery`), and the field. */
  onChange: (step: string, fieldId?: string) => void;
  onContinue: () => void;
  onBack?: (() => void) | undefined;
}

export function CheckAnswers({
  procedure,
  answers,
  onBehalf,
  resultDelivery,
  onChange,
  onContinue,
  onBack,
}: CheckAnswersProps) {
  const t = useDossierMessages(checkAnswersMessages);
  const tf = useDossierMessages(fieldMessages);
  const ts = useDossierMessages(startPageMessages);
  const localized = useLocalized();
  const { locale } = useGovMini('CheckAnswers');
  const { adminIndex } = useDossier('CheckAnswers');
  const ctx: FormatContext = { locale, localized, yes: tf('yes'), no: tf('no'), adminIndex };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const change = (step: string, label: string, fieldId?: string) => ({
    onClick: () => onChange(step, fieldId),
    children: t('change'),
    hiddenText: label,
  });
  const lines = (values: readonly string[]) =>
    values.length > 1 ? (
      <ul className="gm-dossier-check__lines">
        {values.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one answer, in order
          <li key={i}>{line}</li>
        ))}
      </ul>
    ) : (
      values[0]
    );
  const groupLines = (field: GroupField, items: readonly Answers[]) =>
    items.map((item, i) => {
      const parts = field.fields
        .filter((inner) => inner.type !== 'info')
        .map((inner) => {
          const value = formatAnswer(inner, item[inner.id], ctx).join(', ');
          return value ? t('item', { label: localized(inner.label), value }) : '';
        })
        .filter(Boolean);
      return `${formatMessage(localized(field.itemLabel), { n: i + 1 })} — ${parts.join('; ')}`;
    });
  const row = (pageId: string, field: Field) => {
    const label = localized(field.label);
    const value = answers[field.id];
    const shown =
      field.type === 'group'
        ? groupLines(field, (value as readonly Answers[] | undefined) ?? [])
        : formatAnswer(field, value, ctx);
    return (
      <SummaryList.Row
        key={field.id}
        label={label}
        value={shown.length ? lines(shown) : undefined}
        actions={[change(pageId, label, field.id)]}
      />
    );
  };

  const relationship = procedure.onBehalf?.relationships.find(
    (r) => r.value === onBehalf?.relationship,
  );
  const fee = computeFee(procedure, answers);
  // An assessed fee has no amount yet: the row says the office will tell it.
  const feeValue =
    procedure.fee.kind === 'assessed'
      ? feeText(procedure.fee, ts, locale)
      : fee === undefined
        ? undefined
        : fee === 0
          ? feeText({ kind: 'none' }, ts, locale)
          : formatVnd(fee, { locale });
  return (
    <div className="gm-dossier-check">
      <h1 ref={heading} tabIndex={-1} className="gm-heading gm-heading--xl">
        {t('title')}
      </h1>
      <Text>{t('lead')}</Text>
      {procedure.onBehalf?.allowed && (
        <section aria-labelledby="dossier-check-on-behalf">
          <Heading level={2} size="m" id="dossier-check-on-behalf">
            {t('onBehalf')}
          </Heading>
          <SummaryList>
            <SummaryList.Row
              label={t('forWhom')}
              value={
                onBehalf
                  ? t('other', {
                      relationship: localized(relationship?.label) || onBehalf.relationship,
                    })
                  : t('self')
              }
              actions={[change('on-behalf', t('forWhom'))]}
            />
            {onBehalf && (
              <SummaryList.Row
                label={t('filer')}
                value={lines(
                  [
                    onBehalf.filer.name,
                    onBehalf.filer.cccd,
                    onBehalf.filer.phone && formatPhoneNational(onBehalf.filer.phone),
                  ].filter((v): v is string => Boolean(v)),
                )}
                actions={[change('on-behalf', t('filer'))]}
              />
            )}
          </SummaryList>
        </section>
      )}
      {visiblePages(procedure, answers).map((page) => {
        const fields = visibleFields(page, answers).filter((f) => f.type !== 'info');
        if (fields.length === 0) return null;
        const titleId = `dossier-check-${page.id}`;
        return (
          <section key={page.id} aria-labelledby={titleId}>
            <Heading level={2} size="m" id={titleId}>
              {localized(page.title ?? fields[0]?.label)}
            </Heading>
            <SummaryList>{fields.map((field) => row(page.id, field))}</SummaryList>
          </section>
        );
      })}
      {(resultDelivery || feeValue !== undefined) && (
        <SummaryList>
          {resultDelivery && (
            <SummaryList.Row
              label={t('delivery')}
              value={t(`delivery.${resultDelivery}`)}
              actions={
                procedure.resultDelivery.length > 1 ? [change('delivery', t('delivery'))] : []
              }
            />
          )}
          {feeValue !== undefined && <SummaryList.Row label={t('fee')} value={feeValue} />}
        </SummaryList>
      )}
      <div className="gm-dossier-actions">
        <Button onClick={onContinue}>{t('continue')}</Button>
        {onBack && (
          <Button variant="secondary" onClick={onBack}>
            {t('back')}
          </Button>
        )}
      </div>
    </div>
  );
}
