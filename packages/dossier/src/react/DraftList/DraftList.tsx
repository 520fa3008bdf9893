// "Hồ sơ đang làm dở": the drafts on this phone, newest first, each resumed at the exact page it
// was left on. Deleting asks first, in place (the question replaces the row's buttons), and
// focus never falls to the top of the page.
import { Button, EmptyState, Heading, Notice, Spinner, Text, useGovMini } from '@govmini/ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { LocalizedText, ProcedureDefinition } from '../../core/definition/types';
import type { Draft } from '../../core/drafts/types';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages, useLocalized } from '../messages';
import { formatMoment } from './format-time';
import { draftListMessages } from './messages';
import { useDrafts } from './use-drafts';

export interface DraftListProps {
  /** For the titles; default: the backend's published list (service.listProcedures). */
  procedures?: readonly ProcedureDefinition[] | undefined;
  /** "Làm tiếp": open the journey at `draft.pageId`. */
  onResume: (draft: Draft) => void;
  /** Shown when there is no draft, e.g. a link to the procedures. */
  emptyAction?: ReactNode;
  /** Heading level of the list title (default 1: the page's heading). */
  headingLevel?: 1 | 2;
}

export function DraftList({
  procedures: given,
  onResume,
  emptyAction,
  headingLevel = 1,
}: DraftListProps) {
  const t = useDossierMessages(draftListMessages);
  const localized = useLocalized();
  const { locale } = useGovMini('DraftList');
  const { drafts: store, service } = useDossier('DraftList');
  const state = useDrafts();
  const [loaded, setLoaded] = useState<readonly ProcedureDefinition[] | undefined>(given);
  const [confirming, setConfirming] = useState<string | undefined>();
  const [deleted, setDeleted] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const focusAfter = useRef<{ id?: string; index: number } | null>(null);

  useEffect(() => {
    if (given) return setLoaded(given);
    let live = true;
    service.listProcedures().then(
      (found) => live && setLoaded(found),
      () => undefined, // titles fall back to the procedure id
    );
    return () => {
      live = false;
    };
  }, [given, service]);

  // After "Xoá hồ sơ" or "Giữ lại": focus where the citizen was, never <body>.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const root = list.current;
    const byId = target.id
      ? root?.querySelector<HTMLElement>(`[data-draft="${target.id}"] button`)
      : null;
    const rows = root?.querySelectorAll<HTMLElement>('[data-draft] button');
    (
      byId ??
      rows?.[Math.min(target.index * 2, (rows?.length ?? 1) - 1)] ??
      document.getElementById('dossier-drafts-title')
    )?.focus();
  });

  const titleOf = (draft: Draft): string => {
    const title: LocalizedText | undefined = loaded?.find((p) => p.id === draft.procedureId)?.title;
    return title ? localized(title) : t('unknownProcedure', { id: draft.procedureId });
  };
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  // The items and the empty state sit one level below the list's title.
  const inner = headingLevel === 1 ? 2 : 3;

  let body: ReactNode;
  if (state.status === 'loading') body = <Spinner label={t('loading')} showLabel />;
  else if (state.status === 'failed')
    body = <Notice variant="error" title={t('failed')} headingLevel={false} />;
  else if (state.drafts.length === 0)
    body = (
      <EmptyState title={t('emptyTitle')} headingLevel={inner} action={emptyAction}>
        <p>{t('empty')}</p>
      </EmptyState>
    );
  else
    body = (
      <ul ref={list} className="gm-dossier-drafts">
        {state.drafts.map((draft, index) => {
          const title = titleOf(draft);
          const asking = confirming === draft.id;
          return (
            <li key={draft.id} data-draft={draft.id} className="gm-dossier-drafts__item">
              <Heading level={inner} size="s">
                {title}
              </Heading>
              <Text variant="small" secondary>
                {t('changed', { time: formatMoment(draft.updatedAt, locale) })}
              </Text>
              {asking ? (
                <fieldset className="gm-dossier-drafts__confirm">
                  <legend className="gm-dossier-drafts__question">
                    <strong>{t('confirmTitle')}</strong> {t('confirmBody', { title })}
                  </legend>
                  <div className="gm-dossier-actions">
                    <Button
                      variant="warning"
                      onClick={async () => {
                        focusAfter.current = { index };
                        setConfirming(undefined);
                        await store.remove(draft.id);
                        setDeleted(t('deleted', { title }));
                      }}
                    >
                      {t('confirmDelete')}
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => {
                        focusAfter.current = { id: draft.id, index };
                        setConfirming(undefined);
                      }}
                    >
                      {t('keep')}
                    </Button>
                  </div>
                </fieldset>
              ) : (
                <div className="gm-dossier-actions">
                  <Button onClick={() => onResume(draft)}>
                    {t('resume')}{' '}
                    <span className="gm-visually-hidden">{t('resumeHidden', { title })}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      // The question's first button ("Xoá hồ sơ") takes focus.
                      focusAfter.current = { id: draft.id, index };
                      setConfirming(draft.id);
                    }}
                  >
                    {t('delete')}{' '}
                    <span className="gm-visually-hidden">{t('deleteHidden', { title })}</span>
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    );

  return (
    <section className="gm-dossier-drafts-page" aria-labelledby="dossier-drafts-title">
      <Title
        id="dossier-drafts-title"
        tabIndex={-1}
        className={`gm-heading gm-heading--${headingLevel === 1 ? 'xl' : 'l'}`}
      >
        {t('title')}
      </Title>
      <Text>{t('lead')}</Text>
      <p role="status" className="gm-visually-hidden">
        {deleted}
      </p>
      {body}
    </section>
  );
}
