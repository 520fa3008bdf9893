// The parts of a list screen (the inbox, the reports): filters kept in the URL (so back,
// reload and a shared link all work), the form that sets them, and a page of results as
// cards with a count and paging. Each screen keeps its own filters, words and card content.
import { Button, EmptyState, Select, Text } from '@govmini/ui';
import type { FormEvent, ReactNode } from 'react';
import type { PageOf } from '../../src/staff/wire.ts';
import { Loaded, Pagination, pageOf, type Resource } from './parts.tsx';
import { RouterLink } from './router.tsx';

/** A list's filters as the URL has them, the page, and the links to the list filtered or paged. */
export function useListQuery<F extends string>(
  query: URLSearchParams,
  keys: readonly F[],
  hrefOf: (query?: URLSearchParams) => string,
) {
  const values = Object.fromEntries(keys.map((k) => [k, query.get(k) ?? ''])) as Record<F, string>;
  return {
    query,
    keys,
    values,
    page: pageOf(query),
    /** Some filter is set (the form offers to clear them). */
    active: keys.some((k) => values[k]),
    clearHref: hrefOf(),
    pageHref: (n: number) => {
      const next = new URLSearchParams(query);
      if (n > 1) next.set('page', String(n));
      else next.delete('page');
      return hrefOf(next);
    },
  };
}

export type ListQuery = ReturnType<typeof useListQuery<string>>;

/**
 * The filter form: `children` are its fields (named after the filters); "apply" hands the
 * filled ones to `onApply` as a new query (back to page 1), "clear" links to the whole list.
 */
export function FilterForm({
  list,
  label,
  apply,
  clear,
  onApply,
  children,
}: {
  list: ListQuery;
  label: string;
  apply: string;
  clear: string;
  onApply: (next: URLSearchParams) => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of list.keys) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    onApply(next);
  };
  return (
    // key: the boxes show the URL's filters again after back/forward.
    <form
      key={list.query.toString()}
      className="staff-filters"
      onSubmit={submit}
      aria-label={label}
    >
      {children}
      <div className="staff-actions">
        <Button type="submit">{apply}</Button>
        {list.active && (
          <RouterLink className="gm-link" href={list.clearHref}>
            {clear}
          </RouterLink>
        )}
      </div>
    </form>
  );
}

/** A filter chosen from a list, "all" (empty) first. */
export function FilterSelect({
  id,
  name,
  label,
  all,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  all: string;
  value: string;
  options: readonly (readonly [value: string | number, text: string])[];
}) {
  return (
    <Select id={id} name={name} label={label} defaultValue={value}>
      <option value="">{all}</option>
      {options.map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </Select>
  );
}

/**
 * The list once loaded (else the skeleton or the error): a page of results as cards, each
 * filled by `children`, with the count read out and paging; or the empty state.
 */
export function ResultCards<T>({
  of,
  words,
  keyOf,
  pageHref,
  children,
}: {
  of: { resource: Resource<PageOf<T>>; reload: () => void };
  words: { empty: string; emptyHint: string; label: string; count: (total: number) => string };
  keyOf: (row: T) => string;
  pageHref: (page: number) => string;
  children: (row: T) => ReactNode;
}) {
  return (
    <Loaded of={of}>
      {(page) =>
        page.total === 0 ? (
          <EmptyState title={words.empty}>{words.emptyHint}</EmptyState>
        ) : (
          <>
            <Text role="status">{words.count(page.total)}</Text>
            <ul className="staff-cards" aria-label={words.label}>
              {page.items.map((row) => (
                <li key={keyOf(row)} className="staff-card">
                  {children(row)}
                </li>
              ))}
            </ul>
            <Pagination
              page={page.page}
              pageSize={page.pageSize}
              total={page.total}
              hrefOf={pageHref}
            />
          </>
        )
      }
    </Loaded>
  );
}

/** A card's title: the item's code, linking to it. */
export function CardTitle({ href, children }: { href: string; children: ReactNode }) {
  return (
    <h2 className="staff-card__title">
      <RouterLink className="gm-link" href={href}>
        {children}
      </RouterLink>
    </h2>
  );
}

/** A card's facts; each `<CardFact>` is one label and value. */
export function CardFacts({ children }: { children: ReactNode }) {
  return <dl className="staff-card__facts">{children}</dl>;
}

export function CardFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
