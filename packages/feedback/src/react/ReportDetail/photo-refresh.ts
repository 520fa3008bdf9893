// Photos of a report the public may not see come with URLs made for this session that work for
// minutes (ReportPhoto.expiresAt): `<img src>` sends no session header, so the grant is in the
// URL. Pictures already shown stay shown; one loaded later (lazily, when scrolled to) or a file
// opened later would be refused — so a photo that fails to load, or a file link tapped after its
// time, reloads the report once for fresh URLs. Once per URL: a photo that fails again keeps
// its alt text instead of reloading the report for ever.
import { type MouseEvent, useCallback, useMemo, useRef } from 'react';
import type { MyReport, ReportPhoto } from '../../core/types';

/** A phone's clock may run a little behind the server's: a link this close to its end is renewed. */
const CLOCK_MARGIN_MS = 60_000;

export interface PhotoRefresh {
  /** An `<img>` of this photo failed to load. */
  readonly onError: (photo: ReportPhoto) => void;
  /** A link to this file is being followed (renewed first when its URL has expired). */
  readonly onOpen: (photo: ReportPhoto, event: MouseEvent<HTMLAnchorElement>) => void;
}

const expired = (photo: ReportPhoto, now: number) =>
  photo.expiresAt !== undefined && Date.parse(photo.expiresAt) - CLOCK_MARGIN_MS <= now;

const photosOf = (report: MyReport) => [...report.photos, ...(report.answer?.attachments ?? [])];

/** `reload` gets the report again and shows it; it resolves to the fresh copy. */
export function usePhotoRefresh(reload: () => Promise<MyReport>): PhotoRefresh {
  const tried = useRef(new Set<string>());
  const inFlight = useRef<Promise<MyReport | undefined> | undefined>(undefined);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;

  const refresh = useCallback(() => {
    inFlight.current ??= reloadRef.current().then(
      (report) => report,
      // Offline or signed out: the photo keeps its alt text; the next action says why.
      () => undefined,
    );
    const current = inFlight.current;
    void current.finally(() => {
      if (inFlight.current === current) inFlight.current = undefined;
    });
    return current;
  }, []);

  const onError = useCallback(
    (photo: ReportPhoto) => {
      if (tried.current.has(photo.url)) return;
      tried.current.add(photo.url);
      void refresh();
    },
    [refresh],
  );

  const onOpen = useCallback(
    (photo: ReportPhoto, event: MouseEvent<HTMLAnchorElement>) => {
      if (!expired(photo, Date.now())) return;
      event.preventDefault();
      // Opened as soon as the fresh URL arrives, still within the tap's user activation.
      void refresh().then((report) => {
        const fresh = report && photosOf(report).find((p) => p.id === photo.id);
        if (fresh) window.open(fresh.url, '_blank', 'noopener,noreferrer');
      });
    },
    [refresh],
  );

  return useMemo(() => ({ onError, onOpen }), [onError, onOpen]);
}
