// The inbox: every dossier, newest first, filtered by status, procedure, payment and filing
// date (the filters live in the URL, so back and reload keep them), a page at a time. A
// dossier's fee shows as a badge; "Chờ xác nhận thanh toán" lists the transfers to check.
import { ErrorSummary, StatusTag, TextInput } from '@govmini/ui';
import { useState } from 'react';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
import {
  CardFact,
  CardFacts,
  CardTitle,
  FilterForm,
  FilterSelect,
  ResultCards,
  useListQuery,
} from '../list-screen.tsx';
import { PageHeading, useResource } from '../parts.tsx';
import { hrefFor, RouterLink, useRouter } from '../router.tsx';
import { dossiersMessages } from './dossiers.messages.ts';
import { PaymentTag } from './PaymentPanel.tsx';

const STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const FILTERS = ['status', 'procedure', 'payment', 'from', 'to'] as const;
const PAYMENTS = ['pending_confirmation', 'unpaid', 'paid'] as const;

export function DossiersScreen({ query }: { query: URLSearchParams }) {
  const t = useMessages(dossiersMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const { navigate } = useRouter();
  const [rangeError, setRangeError] = useState(false);
  const list = useListQuery(query, FILTERS, hrefFor.dossiers);
  const filters = list.values;
  const dossiers = useResource(`dossiers?${query}`, () =>
    api.dossiers({ ...filters, page: list.page }),
  );
  const procedures = useResource('procedures', () => api.procedures());

  const apply = (next: URLSearchParams) => {
    const from = next.get('from');
    const to = next.get('to');
    const bad = Boolean(from && to && from > to);
    setRangeError(bad);
    if (!bad) navigate(hrefFor.dossiers(next));
  };

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      {filters.payment !== 'pending_confirmation' && (
        <p>
          <RouterLink
            className="gm-link"
            href={hrefFor.dossiers(new URLSearchParams({ payment: 'pending_confirmation' }))}
          >
            {t('toConfirm')}
          </RouterLink>
        </p>
      )}
      <ErrorSummary
        errors={rangeError ? [{ fieldId: 'filter-from', message: t('rangeError') }] : []}
      />
      <FilterForm
        list={list}
        label={t('filters')}
        apply={t('apply')}
        clear={t('clear')}
        onApply={apply}
      >
        <FilterSelect
          id="filter-status"
          name="status"
          label={t('status')}
          all={t('allStatuses')}
          value={filters.status}
          options={STATUSES.map((s) => [s, common(`status.${s}`)] as const)}
        />
        <FilterSelect
          id="filter-procedure"
          name="procedure"
          label={t('procedure')}
          all={t('allProcedures')}
          value={filters.procedure}
          options={
            procedures.resource.state === 'ready'
              ? procedures.resource.data.procedures.map(
                  (p) => [p.id, format.text(p.title)] as const,
                )
              : []
          }
        />
        <FilterSelect
          id="filter-payment"
          name="payment"
          label={t('payment')}
          all={t('allPayments')}
          value={filters.payment}
          options={PAYMENTS.map((p) => [p, t(`payment.${p}`)] as const)}
        />
        <TextInput
          id="filter-from"
          name="from"
          type="date"
          label={t('from')}
          defaultValue={filters.from}
          error={rangeError ? t('rangeError') : undefined}
        />
        <TextInput id="filter-to" name="to" type="date" label={t('to')} defaultValue={filters.to} />
      </FilterForm>
      <ResultCards
        of={dossiers}
        words={{
          empty: t('empty'),
          emptyHint: t('emptyHint'),
          label: t('listLabel'),
          count: (total) => t('count', { count: format.number(total) }),
        }}
        keyOf={(row) => row.code}
        pageHref={list.pageHref}
      >
        {(row) => (
          <>
            <CardTitle href={hrefFor.dossier(row.code)}>{row.code}</CardTitle>
            <p className="staff-card__subject">{format.text(row.procedureTitle)}</p>
            <p className="staff-card__tags">
              <StatusTag status={row.status}>{common(`status.${row.status}`)}</StatusTag>
              {row.paymentStatus && <PaymentTag status={row.paymentStatus} />}
            </p>
            <CardFacts>
              <CardFact label={t('submittedAt')}>{format.dateTime(row.submittedAt)}</CardFact>
              {row.dueDate && <CardFact label={t('dueDate')}>{format.date(row.dueDate)}</CardFact>}
            </CardFacts>
          </>
        )}
      </ResultCards>
    </>
  );
}
