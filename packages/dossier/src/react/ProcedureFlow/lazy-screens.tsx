// The journey's later screens, each in a chunk of its own: the filing route's first download is
// the start page and the questions. ProcedureFlow fetches these and the answer renderers its
// procedure uses (preloadJourney) while the citizen reads the start page, so every later page
// opens at once, offline too; if a fetch failed, the screen says so and offers "Thử lại".
import { Button, type LazyChunk, LazyView, lazyChunk, Notice, Spinner } from '@govmini/ui';
import type { ComponentType } from 'react';
import type { ProcedureDefinition } from '../../core/definition/types';
import { preloadAllAnswers, preloadAnswers } from '../fields/lazy-answers';
import { useDossierMessages } from '../messages';
import { preloadIssueMessages } from '../QuestionPage/issue-messages';
import { procedureFlowMessages } from './messages';

export const lazyScreens = {
  check: /* @__PURE__ */ lazyChunk(() =>
    import('../CheckAnswers/CheckAnswers').then((m) => m.CheckAnswers),
  ),
  declaration: /* @__PURE__ */ lazyChunk(() =>
    import('../Declaration/Declaration').then((m) => m.Declaration),
  ),
  confirmation: /* @__PURE__ */ lazyChunk(() =>
    import('../Confirmation/Confirmation').then((m) => m.Confirmation),
  ),
};

/** Fetches everything the journey of `procedure` will draw after its start page. */
export function preloadJourney(procedure: ProcedureDefinition): Promise<void> {
  return Promise.all([
    preloadAnswers(procedure.pages.flatMap((page) => page.fields)),
    preloadIssueMessages(),
    ...Object.values(lazyScreens).map((screen) => screen.preload()),
  ]).then(() => undefined);
}

/** Every chunk the journey may fetch, for any procedure (stories and tests). */
export const preloadAllJourneys = (): Promise<void> =>
  Promise.all([
    preloadAllAnswers(),
    preloadIssueMessages(),
    ...Object.values(lazyScreens).map((screen) => screen.preload()),
  ]).then(() => undefined);

/** A lazily fetched screen: "Đang mở hồ sơ…" until it has arrived. */
export function LazyScreen<P extends object>({
  part,
  props,
}: {
  part: LazyChunk<ComponentType<P>>;
  props: P;
}) {
  const t = useDossierMessages(procedureFlowMessages);
  return (
    <LazyView
      chunk={part}
      loading={<Spinner label={t('loading')} showLabel />}
      failed={(retry, retrying) => (
        <div className="gm-dossier-part">
          <Notice variant="error">{t('part.failed')}</Notice>
          {/* Stays while fetching again, so focus does not vanish with the button. */}
          <Button variant="secondary" loading={retrying} onClick={retry}>
            {t('part.retry')}
          </Button>
        </div>
      )}
    >
      {(Screen) => <Screen {...props} />}
    </LazyView>
  );
}
