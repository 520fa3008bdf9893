// Small pieces every screen uses: the focused page heading (and the tab title), a section
// named by its heading, loading and error states, paging, a report's status tag, and a hook
// that loads one API resource (with <Loaded> to show its three states).

import type { ReportStatus } from '@govmini/feedback/core';
import { Button, Heading, Notice, Skeleton, StatusTag, Text } from '@govmini/ui';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from './api.ts';
import { commonMessages, errorKey } from './common.messages.ts';
import { useMessages } from './i18n.ts';
import { RouterLink, useRouter } from './router.tsx';

/** The screen's <h1>: names the tab, and takes focus after a navigation. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const t = useMessages(commonMessages);
  const { visit } = useRouter();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('titleSuffix')}`;
  }, [title, t]);
  useEffect(() => {
    if (visit > 0) ref.current?.focus();
  }, [visit]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="staff-page-heading">
      {children}
    </Heading>
  );
}

/** A `staff-section` named by its <h2> (`id` is the heading's). */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="staff-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export type Resource<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: ApiError }
  | { readonly state: 'ready'; readonly data: T };

/** Loads `load()` whenever `key` changes; `reload` fetches again; `set` replaces the data. */
export function useResource<T>(key: string, load: () => Promise<T>) {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `round` decide when to load
  useEffect(() => {
    let live = true;
    setResource({ state: 'loading' });
    loader.current().then(
      (data) => live && setResource({ state: 'ready', data }),
      (error) => live && setResource({ state: 'error', error: asApiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const set = useCallback((data: T) => setResource({ state: 'ready', data }), []);
  return { resource, reload, set };
}

export function Loading({ label }: { label?: string }) {
  const t = useMessages(commonMessages);
  return <Skeleton lines={4} label={label ?? t('loading')} />;
}

export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useMessages(commonMessages);
  return (
    <Notice variant="error" headingLevel={false}>
      <Text>{t(errorKey(error.code))}</Text>
      <Button variant="secondary" onClick={onRetry}>
        {t('retry')}
      </Button>
    </Notice>
  );
}

/** What `useResource` gave, shown: the skeleton, the error with "Thử lại", or `children(data)`. */
export function Loaded<T>({
  of: { resource, reload },
  children,
}: {
  of: { resource: Resource<T>; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (resource.state === 'loading') return <Loading />;
  if (resource.state === 'error') return <LoadError error={resource.error} onRetry={reload} />;
  return <>{children(resource.data)}</>;
}

export function Pagination({
  page,
  pageSize,
  total,
  hrefOf,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefOf: (page: number) => string;
}) {
  const t = useMessages(commonMessages);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="staff-pagination">
      {page > 1 && (
        <RouterLink className="gm-link" href={hrefOf(page - 1)} rel="prev">
          {t('previous')}
        </RouterLink>
      )}
      <span>{t('pageOf', { page, pages })}</span>
      {page < pages && (
        <RouterLink className="gm-link" href={hrefOf(page + 1)} rel="next">
          {t('next')}
        </RouterLink>
      )}
    </nav>
  );
}

// StatusTag draws the dossier statuses; a report's status borrows the tone of the dossier
// status that means the same to a citizen (the words are the report's own).
const REPORT_TONE = {
  sent: 1,
  received: 2,
  in_progress: 4,
  answered: 9,
  closed: 10,
  rejected: 3,
} as const satisfies Record<ReportStatus, number>;

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const t = useMessages(commonMessages);
  return <StatusTag status={REPORT_TONE[status]}>{t(`report.${status}`)}</StatusTag>;
}

/** The page number in a query, 1 when absent or nonsense. */
export const pageOf = (query: URLSearchParams) => {
  const page = Number(query.get('page') ?? '1');
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
};

/** Facts on one line, the missing ones left out: `Rất hài lòng – Nhanh gọn`. */
export const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' – ');
