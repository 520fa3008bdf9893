// Reports from citizens, newest first, filtered by status and category (in the URL).
import { Button, EmptyState, Select, Text } from '@govmini/ui';
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { commonMessages } from '../common.messages.ts';
import { useFormat, useMessages } from '../i18n.ts';
import {
  LoadError,
  Loading,
  PageHeading,
  Pagination,
  pageOf,
  ReportStatusTag,
  useResource,
} from '../parts.tsx';
import { hrefFor, RouterLink, useRouter } from '../router.tsx';
import { reportsMessages } from './reports.messages.ts';

const STATUSES = ['sent', 'received', 'in_progress', 'answered', 'closed', 'rejected'] as const;
const FILTERS = ['status', 'category'] as const;

export function ReportsScreen({ query }: { query: URLSearchParams }) {
  const t = useMessages(reportsMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const { navigate } = useRouter();
  const page = pageOf(query);
  const status = query.get('status') ?? '';
  const category = query.get('category') ?? '';
  const list = useResource(`reports?${query}`, () => api.reports({ status, category, page }));
  const categories = useResource('categories', () => api.categories());

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    navigate(hrefFor.reports(next));
  };
  const pageHref = (n: number) => {
    const next = new URLSearchParams(query);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return hrefFor.reports(next);
  };

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <form
        key={query.toString()}
        className="staff-filters"
        onSubmit={apply}
        aria-label={t('filters')}
      >
        <Select id="filter-report-status" name="status" label={t('status')} defaultValue={status}>
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {common(`report.${s}`)}
            </option>
          ))}
        </Select>
        <Select id="filter-category" name="category" label={t('category')} defaultValue={category}>
          <option value="">{t('allCategories')}</option>
          {categories.resource.state === 'ready' &&
            categories.resource.data.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {format.text(c.title)}
              </option>
            ))}
        </Select>
        <div className="staff-actions">
          <Button type="submit">{t('apply')}</Button>
          {(status || category) && (
            <RouterLink className="gm-link" href={hrefFor.reports()}>
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
                <li key={row.id} className="staff-card">
                  <h2 className="staff-card__title">
                    <RouterLink className="gm-link" href={hrefFor.report(row.id)}>
                      {row.code}
                    </RouterLink>
                  </h2>
                  <p className="staff-card__subject">{format.text(row.categoryTitle)}</p>
                  <ReportStatusTag status={row.status} />
                  <p className="staff-card__excerpt">{row.excerpt}</p>
                  <dl className="staff-card__facts">
                    <div>
                      <dt>{t('createdAt')}</dt>
                      <dd>{format.dateTime(row.createdAt)}</dd>
                    </div>
                    {row.dueDate && (
                      <div>
                        <dt>{t('dueDate')}</dt>
                        <dd>{format.date(row.dueDate)}</dd>
                      </div>
                    )}
                    {row.supporters > 0 && (
                      <div>
                        <dt>{t('supporters')}</dt>
                        <dd>{format.number(row.supporters)}</dd>
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
