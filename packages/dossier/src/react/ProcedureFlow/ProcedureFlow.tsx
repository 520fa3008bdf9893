// The citizen's filing journey, start to confirmation: the start page, who it is for, the
// procedure's pages (only those that apply), how to get the result, check answers, the
// declaration, sending through the outbox, the confirmation. The step is controlled (`step` +
// `onStepChange`, e.g. kept in the URL) or its own; the draft remembers it, so a reload resumes
// at the exact page.
import { Button, Notice, Spinner } from '@govmini/ui';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { AnswerIssue } from '../../core/definition/api';
import { fieldById, pageOfField } from '../../core/definition/flow';
import type { Answers, ProcedureDefinition } from '../../core/definition/types';
import type { OutboxItem } from '../../core/drafts/types';
import type { Dossier } from '../../core/service/types';
import { useDossier } from '../DossierProvider/context';
import { useDossierMessages, useLocalized } from '../messages';
import { QuestionPage } from '../QuestionPage/QuestionPage';
import { StartPage } from '../StartPage/StartPage';
import type { RenderScreenLink } from '../screen-link';
import { LazyScreen, lazyScreens, preloadJourney } from './lazy-screens';
import { procedureFlowMessages } from './messages';
import {
  CHECK,
  DECLARATION,
  DELIVERY,
  deliveryProcedure,
  isDelivery,
  journeySteps,
  ON_BEHALF,
  onBehalfAnswers,
  onBehalfOf,
  onBehalfProcedure,
  SENT,
  START,
  withoutPrefill,
  withPrefill,
} from './steps';
import { useJourneyDraft } from './use-journey-draft';
import { useSubmit, useWhenSent } from './use-submit';

export interface ProcedureFlowProps {
  procedure: ProcedureDefinition;
  /** The draft to continue; default: a new one from the start page (or, when opened at a later step, the newest draft of this procedure). */
  draftId?: string | undefined;
  /** Controlled step (a page id, or start | on-behalf | delivery | check | declaration | sent). */
  step?: string | undefined;
  onStepChange?: ((step: string, draftId: string | undefined) => void) | undefined;
  onSubmitted?: ((dossier: Dossier) => void) | undefined;
  /** "Quay lại" on the start page. */
  onExit?: (() => void) | undefined;
  /** Links on the confirmation page. */
  myDossiersHref?: string | undefined;
  dossierHref?: ((code: string) => string) | undefined;
  /** Renders those links with the app's router (default plain links). */
  renderLink?: RenderScreenLink | undefined;
  /** Today as `YYYY-MM-DD` for date limits (tests); default today in Vietnam. */
  today?: string | undefined;
}

export function ProcedureFlow({
  procedure,
  draftId,
  step: controlled,
  onStepChange,
  onSubmitted,
  onExit,
  myDossiersHref,
  dossierHref,
  renderLink,
  today,
}: ProcedureFlowProps) {
  const t = useDossierMessages(procedureFlowMessages);
  const localized = useLocalized();
  const { prefill, outbox, drafts } = useDossier('ProcedureFlow');
  const [own, setOwn] = useState<string>(START);
  const requested = controlled ?? own;
  const journey = useJourneyDraft(procedure, draftId, requested !== START);
  const { load, answers } = journey;
  const draft = load.status === 'draft' ? load.draft : undefined;
  const [shownAnswers, setShownAnswers] = useState<Answers | undefined>();
  const [issues, setIssues] = useState<{ pageId: string; issues: readonly AnswerIssue[] }>();
  const [starting, setStarting] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const onBehalfPage = useMemo(() => onBehalfProcedure(procedure, t), [procedure, t]);
  const deliveryPage = useMemo(() => deliveryProcedure(procedure, t), [procedure, t]);
  // While the start page is read: the later screens and this procedure's answer renderers, so
  // they are on the phone before they are needed (a citizen may be offline by then).
  useEffect(() => {
    void preloadJourney(procedure);
  }, [procedure]);

  const current = shownAnswers ?? answers.current;
  const steps = journeySteps(procedure, current);
  const onBehalf = draft?.onBehalf;
  const delivery =
    draft?.resultDelivery ??
    (procedure.resultDelivery.length === 1 ? procedure.resultDelivery[0] : undefined);

  const go = (next: string, id = draft?.id) => {
    setIssues(undefined);
    if (controlled === undefined) setOwn(next);
    onStepChange?.(next, id);
    if (draft && next !== SENT) {
      journey.save({
        pageId: next,
        ...(next === CHECK && { returnToCheck: false, stepsAtCheck: undefined }),
      });
      void journey.flush().catch(() => undefined);
    }
  };
  // Opened without a step (uncontrolled) on an existing draft: where it was left.
  const step =
    load.status === 'sent'
      ? SENT
      : !draft
        ? START
        : controlled === undefined && own === START && draftId
          ? draft.pageId
          : requested;

  const after = (from: string, now: Answers) => {
    const list = journeySteps(procedure, now);
    const next = list[list.indexOf(from) + 1] ?? CHECK;
    if (draft?.returnToCheck) {
      // Back to the summary, unless the change opened a page the summary did not have (GOV.UK).
      const seen = Array.isArray(draft.stepsAtCheck) ? draft.stepsAtCheck : [];
      const fresh = next !== CHECK && !seen.includes(next);
      return fresh ? next : CHECK;
    }
    return next;
  };
  const before = (from: string) =>
    draft?.returnToCheck ? CHECK : (steps[steps.indexOf(from) - 1] ?? START);
  const keep = (now: Answers) => {
    setShownAnswers(now);
    journey.save({ answers: now });
  };

  // Filed: the draft has done its job (the outbox keeps the dossier for the confirmation).
  const finish = (dossier: Dossier, item: OutboxItem) => {
    void drafts.remove(item.draftId).catch(() => undefined);
    journey.sent({ ...item, state: 'sent', dossier });
    onSubmitted?.(dossier);
    go(SENT, item.draftId);
  };
  const submit = useSubmit(procedure, {
    onSent: finish,
    onQueued: (item) => {
      journey.sent(item);
      go(SENT);
    },
    onInvalid: (found) => {
      const page = found.map((i) => pageOfField(procedure, i.path)).find(Boolean);
      if (!page) return;
      go(page.id);
      setIssues({ pageId: page.id, issues: found });
    },
  });
  const waitingItem = load.status === 'sent' && !load.item.dossier ? load.item : undefined;
  useWhenSent(waitingItem?.draftId, waitingItem !== undefined, (dossier) => {
    if (waitingItem) finish(dossier, waitingItem);
  });

  if (load.status === 'loading') return <Spinner label={t('loading')} showLabel />;

  if (load.status === 'sent' || step === SENT) {
    const item = load.status === 'sent' ? load.item : undefined;
    return (
      <LazyScreen
        part={lazyScreens.confirmation}
        props={{
          procedure,
          dossier: item?.dossier,
          sending: retrying,
          onRetry: () => {
            setRetrying(true);
            void outbox.drain().finally(() => setRetrying(false));
          },
          myDossiersHref,
          dossierHref,
          renderLink,
        }}
      />
    );
  }

  if (!draft || step === START) {
    return (
      <div className="gm-dossier-flow">
        {onExit && (
          <Button variant="link" className="gm-dossier-page__back" onClick={onExit}>
            {t('exit')}
          </Button>
        )}
        {load.status === 'none' && load.missing && (
          <Notice variant="warning">{t('missing')}</Notice>
        )}
        <StartPage
          procedure={procedure}
          starting={starting}
          onStart={async () => {
            setStarting(true);
            const first = journeySteps(procedure, {})[0] ?? CHECK;
            const made = await journey.start(first).finally(() => setStarting(false));
            setShownAnswers(made.answers);
            go(first, made.id);
          }}
          onResume={(found) => {
            const resumed = journey.adopt(found);
            setShownAnswers(resumed.answers);
            go(resumed.pageId === START ? (steps[0] ?? CHECK) : resumed.pageId, resumed.id);
          }}
        />
      </div>
    );
  }

  const position = steps.indexOf(step);
  const indicator = position >= 0 ? { current: position + 1, total: steps.length } : undefined;
  const migration = load.status === 'draft' ? load.migration : undefined;
  const migrated = migration && migration.dropped.length > 0 && (
    <Notice variant="warning" title={t('migrated.title')}>
      {migration.dropped.some((d) => d.reason === 'changed') && (
        <>
          <p>{t('migrated.changed')}</p>
          <ul>
            {migration.dropped
              .filter((d) => d.reason === 'changed')
              .map((d) => (
                <li key={d.fieldId}>
                  {localized(fieldById(procedure, d.fieldId)?.label) || d.fieldId}
                </li>
              ))}
          </ul>
        </>
      )}
      {migration.dropped.some((d) => d.reason === 'removed') && <p>{t('migrated.removed')}</p>}
      <p>{t('migrated.kept')}</p>
    </Notice>
  );

  let screen: ReactNode;
  if (step === ON_BEHALF) {
    screen = (
      <QuestionPage
        key={step}
        procedure={onBehalfPage}
        pageId={ON_BEHALF}
        step={indicator}
        defaultAnswers={onBehalfAnswers(onBehalf, draft.pageId !== ON_BEHALF, prefill)}
        onBack={() => go(draft.returnToCheck ? CHECK : START)}
        onContinue={(chosen) => {
          const next = onBehalfOf(chosen);
          // The account's details are the filer's: they only prefill answers about oneself.
          const now = next
            ? withoutPrefill(procedure, current, prefill)
            : withPrefill(procedure, current, prefill);
          keep(now);
          journey.save({ onBehalf: next });
          go(draft.returnToCheck ? CHECK : after(ON_BEHALF, now));
        }}
        today={today}
      />
    );
  } else if (step === DELIVERY) {
    screen = (
      <QuestionPage
        key={step}
        procedure={deliveryPage}
        pageId={DELIVERY}
        step={indicator}
        defaultAnswers={delivery ? { resultDelivery: delivery } : {}}
        onBack={() => go(before(DELIVERY))}
        onContinue={(chosen) => {
          if (isDelivery(chosen.resultDelivery))
            journey.save({ resultDelivery: chosen.resultDelivery });
          go(CHECK);
        }}
        today={today}
      />
    );
  } else if (step === CHECK) {
    screen = (
      <LazyScreen
        part={lazyScreens.check}
        props={{
          procedure,
          answers: current,
          onBehalf,
          resultDelivery: delivery,
          onChange: (target: string) => {
            journey.save({ returnToCheck: true, stepsAtCheck: steps });
            go(target);
          },
          onContinue: () => go(DECLARATION),
          onBack: () => go(before(CHECK)),
        }}
      />
    );
  } else if (step === DECLARATION) {
    screen = (
      <LazyScreen
        part={lazyScreens.declaration}
        props={{
          procedure,
          submitting: submit.submitting,
          failure: submit.failure,
          onBack: () => go(CHECK),
          onSubmit: (declaredAt: string) =>
            submit.submit({
              draftId: draft.id,
              answers: current,
              onBehalf,
              resultDelivery: delivery ?? procedure.resultDelivery[0] ?? 'in_person',
              declaredAt,
            }),
        }}
      />
    );
  } else if (procedure.pages.some((p) => p.id === step)) {
    screen = (
      <QuestionPage
        key={step}
        procedure={procedure}
        pageId={step}
        step={indicator}
        defaultAnswers={current}
        usePrefill={!onBehalf}
        issues={issues?.pageId === step ? issues.issues : undefined}
        onChange={(now) => journey.save({ answers: now })}
        onBack={(now) => {
          keep(now);
          go(before(step));
        }}
        onContinue={(now) => {
          keep(now);
          go(after(step, now));
        }}
        today={today}
      />
    );
  } else {
    // A step this procedure does not have (an old link, a removed page): its first step.
    screen = <StepRedirect to={steps[0] ?? CHECK} go={go} />;
  }
  return (
    <div className="gm-dossier-flow">
      {migrated}
      {screen}
    </div>
  );
}

function StepRedirect({ to, go }: { to: string; go: (step: string) => void }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per target
  useEffect(() => go(to), [to]);
  return null;
}
