// The inbox: every dossier, newest first, filtered by status, procedure, payment and filing
// date (the filters live in the URL, so back and reload keep them), a page at a time. A
// dossier's fee shows as a badge; "Chờ xác nhận thanh toán" lists the transfers to check.
import { Button, EmptyState, ErrorSummary, Select, StatusTag, Text, TextInput } from '@govmini/ui';
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
import { LoadError, Loading, PageHeading, Pagination, pageOf, useResource } from '../parts.tsx';
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
  const page = pageOf(query);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const list = useResource(`dossiers?${query}`, () => api.dossiers({ ...filters, page }));
  const procedures = useResource('procedures', () => api.procedures());

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    const from = next.get('from');
    const to = next.get('to');
    const bad = Boolean(from && to && from > to);
    setRangeError(bad);
    if (!bad) navigate(hrefFor.dossiers(next));
  };

  const pageHref = (n: number) => {
    const next = new URLSearchParams(query);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return hrefFor.dossiers(next);
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
      {/* key: the boxes show the URL's filters again after back/forward. */}
      <form
        key={query.toString()}
        className="staff-filters"
        onSubmit={apply}
        aria-label={t('filters')}
      >
        <Select id="filter-status" name="status" label={t('status')} defaultValue={filters.status}>
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {common(`status.${s}`)}
            </option>
          ))}
        </Select>
        <Select
          id="filter-procedure"
          name="procedure"
          label={t('procedure')}
          defaultValue={filters.procedure}
        >
          <option value="">{t('allProcedures')}</option>
          {procedures.resource.state === 'ready' &&
            procedures.resource.data.procedures.map((p) => (
              <option key={p.id} value={p.id}>
                {format.text(p.title)}
              </option>
            ))}
        </Select>
        <Select
          id="filter-payment"
          name="payment"
          label={t('payment')}
          defaultValue={filters.payment}
        >
          <option value="">{t('allPayments')}</option>
          {PAYMENTS.map((p) => (
            <option key={p} value={p}>
              {t(`payment.${p}`)}
            </option>
          ))}
        </Select>
        <TextInput
          id="filter-from"
          name="from"
          type="date"
          label={t('from')}
          defaultValue={filters.from}
          error={rangeError ? t('rangeError') : undefined}
        />
        <TextInput id="filter-to" name="to" type="date" label={t('to')} defaultValue={filters.to} />
        <div className="staff-actions">
          <Button type="submit">{t('apply')}</Button>
          {FILTERS.some((k) => filters[k]) && (
            <RouterLink className="gm-link" href={hrefFor.dossiers()}>
              {t('clear')}
            </RouterLink>
          )}
        </div>
      </form>
      {list.resource.state === 'loading' && <Loading />}
      {list.resource.state === 'error' && (
        <LoadError error={list.resource.error} onRetry={list.reload} />
      )}
      {list.resource.state === 'ready' &&
        (list.resource.data.total === 0 ? (
          <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
        ) : (
          <>
            <Text role="status">
              {t('count', { count: format.number(list.resource.data.total) })}
            </Text>
            <ul className="staff-cards" aria-label={t('listLabel')}>
              {list.resource.data.items.map((row) => (
                <li key={row.code} className="staff-card">
                  <h2 className="staff-card__title">
                    <RouterLink className="gm-link" href={hrefFor.dossier(row.code)}>
                      {row.code}
                    </RouterLink>
                  </h2>
                  <p className="staff-card__subject">{format.text(row.procedureTitle)}</p>
                  <p className="staff-card__tags">
                    <StatusTag status={row.status}>{common(`status.${row.status}`)}</StatusTag>
                    {row.paymentStatus && <PaymentTag status={row.paymentStatus} />}
                  </p>
                  <dl className="staff-card__facts">
                    <div>
                      <dt>{t('submittedAt')}</dt>
                      <dd>{format.dateTime(row.submittedAt)}</dd>
                    </div>
                    {row.dueDate && (
                      <div>
                        <dt>{t('dueDate')}</dt>
                        <dd>{format.date(row.dueDate)}</dd>
                      </div>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
            <Pagination
              page={list.resource.data.page}
              pageSize={list.resource.data.pageSize}
              total={list.resource.data.total}
              hrefOf={pageHref}
            />
          </>
        ))}
    </>
  );
}
