// Reports from citizens, newest first, filtered by status and category (in the URL).
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
import { PageHeading, ReportStatusTag, useResource } from '../parts.tsx';
import { hrefFor, useRouter } from '../router.tsx';
import { reportsMessages } from './reports.messages.ts';

const STATUSES = ['sent', 'received', 'in_progress', 'answered', 'closed', 'rejected'] as const;
const FILTERS = ['status', 'category'] as const;

export function ReportsScreen({ query }: { query: URLSearchParams }) {
  const t = useMessages(reportsMessages);
  const common = useMessages(commonMessages);
  const format = useFormat();
  const { navigate } = useRouter();
  const list = useListQuery(query, FILTERS, hrefFor.reports);
  const { status, category } = list.values;
  const reports = useResource(`reports?${query}`, () =>
    api.reports({ status, category, page: list.page }),
  );
  const categories = useResource('categories', () => api.categories());

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <FilterForm
        list={list}
        label={t('filters')}
        apply={t('apply')}
        clear={t('clear')}
        onApply={(next) => navigate(hrefFor.reports(next))}
      >
        <FilterSelect
          id="filter-report-status"
          name="status"
          label={t('status')}
          all={t('allStatuses')}
          value={status}
          options={STATUSES.map((s) => [s, common(`report.${s}`)] as const)}
        />
        <FilterSelect
          id="filter-category"
          name="category"
          label={t('category')}
          all={t('allCategories')}
          value={category}
          options={
            categories.resource.state === 'ready'
              ? categories.resource.data.categories.map(
                  (c) => [c.id, format.text(c.title)] as const,
                )
              : []
          }
        />
      </FilterForm>
      <ResultCards
        of={reports}
        words={{
          empty: t('empty'),
          emptyHint: t('emptyHint'),
          label: t('listLabel'),
          count: (total) => t('count', { count: format.number(total) }),
        }}
        keyOf={(row) => row.id}
        pageHref={list.pageHref}
      >
        {(row) => (
          <>
            <CardTitle href={hrefFor.report(row.id)}>{row.code}</CardTitle>
            <p className="staff-card__subject">{format.text(row.categoryTitle)}</p>
            <ReportStatusTag status={row.status} />
            <p className="staff-card__excerpt">{row.excerpt}</p>
            <CardFacts>
              <CardFact label={t('createdAt')}>{format.dateTime(row.createdAt)}</CardFact>
              {row.dueDate && <CardFact label={t('dueDate')}>{format.date(row.dueDate)}</CardFact>}
              {row.supporters > 0 && (
                <CardFact label={t('supporters')}>{format.number(row.supporters)}</CardFact>
              )}
            </CardFacts>
          </>
        )}
      </ResultCards>
    </>
  );
}
