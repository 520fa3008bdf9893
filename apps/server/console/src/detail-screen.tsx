// The frame of a screen about one thing (a dossier, a report): the way back to its list, the
// <h1>, then the thing once loaded (or the skeleton, or why it could not be, "not found"
// included); and its history as a timeline.
import type { ReactNode } from 'react';
import { commonMessages } from './common.messages.ts';
import { useFormat, useMessages } from './i18n.ts';
import { Loaded, PageHeading, type Resource } from './parts.tsx';
import { RouterLink } from './router.tsx';

export function DetailScreen<T>({
  backHref,
  title,
  of,
  children,
}: {
  backHref: string;
  title: string;
  of: { resource: Resource<T>; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  const common = useMessages(commonMessages);
  return (
    <>
      <p>
        <RouterLink className="gm-link" href={backHref}>
          {common('back')}
        </RouterLink>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <Loaded of={of}>{children}</Loaded>
    </>
  );
}

/** Newest first, numbered down to the first event; `children` draws one event. */
export function Timeline<E>({
  events,
  children,
}: {
  events: readonly E[];
  children: (event: E) => ReactNode;
}) {
  return (
    <ol className="staff-timeline" reversed>
      {[...events].reverse().map((event, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history only grows; the order is fixed
        <li key={index}>{children(event)}</li>
      ))}
    </ol>
  );
}

/** One event: the status it reached, when (and by whom), `children`, then the note. */
export function TimelineEvent({
  status,
  at,
  by,
  note,
  children,
}: {
  status: string;
  at: string;
  by?: string | undefined;
  note?: string | undefined;
  children?: ReactNode;
}) {
  const format = useFormat();
  return (
    <>
      <p className="staff-timeline__head">
        <strong>{status}</strong> <time dateTime={at}>{format.dateTime(at)}</time>
        {by && <> {by}</>}
      </p>
      {children}
      {note && <p className="staff-pre">{note}</p>}
    </>
  );
}
