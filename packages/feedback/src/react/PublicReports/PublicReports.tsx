// "Phản ánh đã được trả lời": answered (and closed) published reports, newest first, with a
// search box and filters (category, commune, time). More are fetched with a "Xem thêm" button,
// never by endless scrolling: the citizen decides, the page never jumps, and a screen reader
// hears how many were added while focus moves to the first new report.
import { Button, EmptyState, Heading, Notice } from '@govmini/ui';
import { forwardRef, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Page, PublicReport } from '../../core/types';
import { useFeedback } from '../FeedbackProvider/context';
import type { ReportLinkProps } from '../MyReports/MyReports';
import { useFeedbackMessages } from '../messages';
import { Pending } from '../ReportDetail/pending';
import { useServiceErrorText } from '../ReportDetail/service-error';
import { categoryById, useCategoryList } from '../ReportDetail/use-categories';
import { useRemote } from '../ReportDetail/use-remote';
import { publicReportsMessages } from './messages';
import { type PublicFilterQuery, PublicFilters } from './PublicFilters';
import { PublicReportCard } from './PublicReportCard';

export interface PublicReportsProps {
  /** A card was chosen (rendered as a button). Ignored when `renderLink` is given. */
  onOpen?: ((id: string) => void) | undefined;
  /** Renders each card's link with the app's router. */
  renderLink?: ((link: ReportLinkProps) => ReactNode) | undefined;
  /** Default "Phản ánh đã được trả lời". */
  title?: ReactNode;
  /** Default 1 (the list is a screen of its own). */
  headingLevel?: 1 | 2;
  /**
   * The province whose communes the commune filter offers (from the provider's adminIndex).
   * Default: the one province the index has communes for, if there is exactly one.
   */
  provinceCode?: string | undefined;
  /** Reports per page (default 10, at most 50). */
  pageSize?: number;
}

type Loaded = {
  readonly items: readonly PublicReport[];
  readonly nextCursor?: string;
  readonly total?: number;
};

export const PublicReports = /* @__PURE__ */ forwardRef<HTMLElement, PublicReportsProps>(
  function PublicReports(
    { onOpen, renderLink, title, headingLevel = 1, provinceCode, pageSize = 10 },
    ref,
  ) {
    const t = useFeedbackMessages(publicReportsMessages);
    const errorText = useServiceErrorText();
    const { service, adminIndex } = useFeedback('PublicReports');
    const categories = useCategoryList('PublicReports');
    const headingId = `${useId().replace(/:/g, '')}-heading`;
    const sub = headingLevel === 1 ? 2 : 3;

    const communes = useMemo(() => {
      if (!adminIndex) return [];
      const withCommunes = adminIndex.provinces.filter((p) => adminIndex.communesOf(p.code).length);
      const code = provinceCode ?? (withCommunes.length === 1 ? withCommunes[0]?.code : undefined);
      return code
        ? [...adminIndex.communesOf(code)].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
        : [];
    }, [adminIndex, provinceCode]);

    const [query, setQuery] = useState<PublicFilterQuery>({});
    const [filterKey, setFilterKey] = useState(0);
    const { remote, retry, set } = useRemote<Loaded>(
      () => service.listPublic({ ...query, limit: pageSize }),
      JSON.stringify(query),
    );
    const [more, setMore] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
    const [added, setAdded] = useState('');
    const focusFrom = useRef<number>();
    const list = useRef<HTMLUListElement>(null);
    const heading = useRef<HTMLHeadingElement>(null);
    const searching = useRef(0);

    // After "Xem thêm": focus on the first new report (its link, or the card itself).
    useEffect(() => {
      const from = focusFrom.current;
      if (from === undefined || remote.state !== 'ready') return;
      focusFrom.current = undefined;
      const item = list.current?.children[from] as HTMLElement | undefined;
      const target = item?.querySelector<HTMLElement>('a, button') ?? item;
      if (target === item) item?.setAttribute('tabindex', '-1');
      target?.focus();
    }, [remote]);

    const search = (next: PublicFilterQuery) => {
      searching.current++;
      setMore({ busy: false });
      setAdded('');
      // The same query again is a new search too (the list may have changed).
      if (JSON.stringify(next) === JSON.stringify(query)) retry();
      else setQuery(next);
    };
    const clear = () => {
      setFilterKey((k) => k + 1);
      search({});
    };

    const loadMore = async (loaded: Loaded) => {
      if (more.busy || !loaded.nextCursor) return;
      const started = searching.current;
      setMore({ busy: true });
      try {
        const page: Page<PublicReport> = await service.listPublic({
          ...query,
          cursor: loaded.nextCursor,
          limit: pageSize,
        });
        if (started !== searching.current) return;
        const known = new Set(loaded.items.map((r) => r.id));
        const fresh = page.items.filter((r) => !known.has(r.id));
        focusFrom.current = fresh.length > 0 ? loaded.items.length : undefined;
        setAdded(t('added', { count: fresh.length }));
        set({
          items: [...loaded.items, ...fresh],
          ...(page.nextCursor && { nextCursor: page.nextCursor }),
          ...((page.total ?? loaded.total) !== undefined && { total: page.total ?? loaded.total }),
        });
        setMore({ busy: false });
      } catch (error) {
        if (started === searching.current) setMore({ busy: false, error });
      }
    };

    const filtered = Object.keys(query).length > 0;
    let body: ReactNode;
    if (remote.state !== 'ready') {
      body = (
        <Pending
          remote={remote}
          label={t('loading')}
          shape="cards"
          title={t('errorTitle')}
          headingLevel={sub}
          onRetry={() => {
            heading.current?.focus();
            retry();
          }}
        />
      );
    } else if (remote.data.items.length === 0) {
      body = (
        <EmptyState
          title={filtered ? t('noMatchTitle') : t('emptyTitle')}
          headingLevel={sub}
          action={
            filtered && (
              <Button variant="secondary" onClick={clear}>
                {t('clear')}
              </Button>
            )
          }
        >
          <p>{filtered ? t('noMatchBody') : t('emptyBody')}</p>
        </EmptyState>
      );
    } else {
      const loaded = remote.data;
      const count = loaded.items.length;
      const left = loaded.total === undefined ? undefined : loaded.total - count;
      body = (
        <>
          <ul className="gm-report-list" ref={list}>
            {loaded.items.map((report) => (
              <PublicReportCard
                key={report.id}
                report={report}
                category={categoryById(categories, report.categoryId)}
                codeId={`${headingId}-${report.id}`}
                headingLevel={sub}
                onOpen={onOpen}
                renderLink={renderLink}
              />
            ))}
          </ul>
          {more.error !== undefined && (
            <Notice variant="error" title={t('moreFailed')} headingLevel={false} announce>
              <p>{errorText(more.error)}</p>
            </Notice>
          )}
          {loaded.nextCursor && (
            <Button variant="secondary" loading={more.busy} onClick={() => void loadMore(loaded)}>
              {left !== undefined && left > 0 ? t('moreCount', { count: left }) : t('more')}
            </Button>
          )}
        </>
      );
    }

    const status =
      remote.state !== 'ready'
        ? ''
        : [
            added,
            remote.data.total === undefined
              ? t('showing', { count: remote.data.items.length })
              : added
                ? t('showingOf', { count: remote.data.items.length, total: remote.data.total })
                : t('found', { total: remote.data.total }),
          ]
            .filter(Boolean)
            .join(' ');

    return (
      <section ref={ref} className="gm-public-reports" aria-labelledby={headingId}>
        <Heading level={headingLevel} id={headingId} ref={heading} tabIndex={-1}>
          {title ?? t('title')}
        </Heading>
        <p className="gm-text gm-text--body">{t('intro')}</p>
        <PublicFilters
          key={filterKey}
          categories={categories}
          communes={communes}
          onSearch={search}
          busy={remote.state === 'loading'}
        />
        {/* Always in the page, so a change is heard: how many were found, or added. */}
        <p className="gm-public-reports__count" role="status">
          {status}
        </p>
        {body}
      </section>
    );
  },
);
