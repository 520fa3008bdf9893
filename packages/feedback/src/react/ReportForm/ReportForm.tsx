// The whole sending journey, one thing per page (GOV.UK): category, description, photos,
// blurring, location, choices, check — then similar reports nearby ("Tôi cũng gặp"), and the
// report goes into the outbox: sent at once when online, or kept on the phone with its photos
// ("Đang chờ gửi") and sent exactly once when the network is back. Everything typed is in the
// draft (../use-report-draft), so a reload or a kill loses nothing; a reload resumes the page.
import { Button, Heading, lazyChunk, Notice, Spinner } from '@govmini/ui';
import { useEffect, useRef, useState } from 'react';
import { removePhotos } from '../../core/photos/store';
import type { MyReport, PublicReport } from '../../core/types';
import { useReportIssueText } from '../error-text';
import { useFeedback } from '../FeedbackProvider/context';
import { LocationField } from '../LocationField/LocationField';
import { useFeedbackMessages } from '../messages';
import { OutboxStatus } from '../OutboxStatus/OutboxStatus';
import { useOnline } from '../OutboxStatus/use-outbox';
import { BlurStep } from './BlurStep';
import { CheckStep } from './CheckStep';
import { ChoicesStep } from './ChoicesStep';
import { type FormStep, hasContent, newDraft, STEPS } from './draft';
import { draftFromEntry } from './from-entry';
import { FIELD, firstStepWithIssues, type StepIssue, stepIssues } from './issues';
import { redactorChunk } from './LazyPhotoRedactor';
import { reportFormMessages } from './messages';
import { PhotosStep } from './PhotosStep';
import { ReportSent } from './ReportSent';
import { StepPage } from './StepPage';
import { openDuplicates, queuedReportOf, within } from './submit';
import { CategoriesNotReady, CategoryStep, DescriptionStep } from './TextSteps';
import { useFormCategories } from './use-form-categories';
import { usePhotoBlobs } from './use-photo-blobs';
import { useReportDraft } from './use-report-draft';

// The similar-reports page is wanted only online, after a search that found some: a chunk of its
// own, fetched together with the search. Should it not arrive, the report is filed, as when the
// search itself fails or is too slow.
export const duplicatesChunk = /* @__PURE__ */ lazyChunk(
  () => import('../DuplicateCheck/DuplicateCheck'),
);

export interface ReportFormProps {
  /** "Xem phản ánh của tôi" on the confirmation. */
  myReportsHref?: string | undefined;
  /** The backend has the report (now, or later from the outbox while this is shown). */
  onSubmitted?: ((report: MyReport) => void) | undefined;
  /** "Tôi cũng gặp" on a similar report instead of filing. */
  onSupported?: ((report: MyReport) => void) | undefined;
  /** "Quay lại" on the first page. */
  onExit?: (() => void) | undefined;
  /** How long to wait for similar reports before sending anyway (default 8 s). */
  duplicateTimeoutMs?: number | undefined;
}

type Phase =
  | { readonly kind: 'form' }
  | { readonly kind: 'duplicates'; readonly found: readonly PublicReport[] }
  | { readonly kind: 'queued'; readonly entryId: string }
  | { readonly kind: 'supported'; readonly report: MyReport };

export function ReportForm({
  myReportsHref,
  onSubmitted,
  onSupported,
  onExit,
  duplicateTimeoutMs = 8000,
}: ReportFormProps) {
  const t = useFeedbackMessages(reportFormMessages);
  const issueText = useReportIssueText();
  const { service, outbox, storage, platform, adminIndex } = useFeedback('ReportForm');
  const { load, draft, current, update, flush, clear, replace } = useReportDraft();
  const categories = useFormCategories();
  const list = categories.load.status === 'ready' ? categories.load.categories : undefined;
  const photos = usePhotoBlobs(storage, draft?.photos ?? []);
  const online = useOnline(platform);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [shown, setShown] = useState<readonly StepIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [editingPhoto, setEditingPhoto] = useState(false);
  const hasPhotos = (draft?.photos.length ?? 0) > 0;
  // With a photo, the blur editor may be wanted: fetch its chunk now, while there is network
  // (again when the network comes back, if it failed; once it has arrived this does nothing).
  useEffect(() => {
    if (hasPhotos && online) void redactorChunk.load().catch(() => undefined);
  }, [hasPhotos, online]);
  /** A draft with content reopened: said on the first page shown, until the citizen moves on. */
  const resumed = useRef<boolean | undefined>(undefined);
  if (draft && resumed.current === undefined) resumed.current = hasContent(draft);

  if (load.status === 'loading') return <Spinner label={t('loading')} showLabel />;
  const fix = (entry: Parameters<typeof draftFromEntry>[0]) => {
    void outbox
      .release(entry.id)
      .then(() => replace(draftFromEntry(entry, adminIndex, Date.now())))
      .finally(() => setPhase({ kind: 'form' }));
  };
  const startAgain = () => {
    resumed.current = false;
    void replace(newDraft(Date.now())).then(() => setPhase({ kind: 'form' }));
  };
  const sentProps = { categories: list, myReportsHref, onFix: fix, onNewReport: startAgain };
  if (load.status === 'queued')
    return <ReportSent entryId={load.entryId} {...sentProps} onSent={onSubmitted} />;
  if (phase.kind === 'queued')
    return <ReportSent entryId={phase.entryId} {...sentProps} onSent={onSubmitted} />;
  if (!draft) return <Spinner label={t('loading')} showLabel />;

  const step = draft.step;
  const issuesOf = (s: FormStep) =>
    stepIssues(s, current.current ?? draft, list ?? [], t, issueText);
  const go = (next: FormStep, returnToCheck = next === 'check' ? false : draft.returnToCheck) => {
    resumed.current = false;
    setShown([]);
    setProblem(undefined);
    update({ step: next, returnToCheck });
    void flush().catch(() => undefined);
  };
  const at = STEPS.indexOf(step);
  const next = () => (draft.returnToCheck ? 'check' : (STEPS[at + 1] ?? 'check'));
  const back =
    at === 0 ? onExit : () => go(draft.returnToCheck ? 'check' : (STEPS[at - 1] ?? 'category'));
  const proceed = () => {
    const found = issuesOf(step);
    if (found.length) return setShown(found);
    go(next());
  };
  const latest = () => current.current ?? draft;

  const queue = async () => {
    const request = queuedReportOf(latest());
    if (!request) return;
    try {
      await outbox.queue(request);
    } catch (error) {
      setPhase({ kind: 'form' });
      const full = (error as { code?: unknown } | null)?.code === 'storage_full';
      setProblem(t(full ? 'check.storageFull' : 'check.queueFailed'));
      return;
    }
    await clear({ photos: false }).catch(() => undefined);
    setPhase({ kind: 'queued', entryId: request.idempotencyKey });
  };

  const send = async () => {
    const d = latest();
    const bad = firstStepWithIssues(d, list ?? [], t, issueText);
    if (bad) {
      go(bad);
      setShown(stepIssues(bad, d, list ?? [], t, issueText));
      return;
    }
    const request = queuedReportOf(d);
    setBusy(true);
    setProblem(undefined);
    try {
      const [found, page] =
        online && request
          ? await Promise.all([
              openDuplicates(service, request, duplicateTimeoutMs),
              within(duplicatesChunk.load(), duplicateTimeoutMs),
            ])
          : [[], undefined];
      if (found.length && page) setPhase({ kind: 'duplicates', found });
      else await queue();
    } finally {
      setBusy(false);
    }
  };

  if (phase.kind === 'supported') {
    return (
      <div className="gm-feedback-page">
        <div className="gm-feedback-done">
          <Heading level={1}>{t('supported.title')}</Heading>
        </div>
        <p>{t('supported.lead', { code: phase.report.code })}</p>
        <div className="gm-feedback-actions">
          <Button variant="secondary" onClick={startAgain}>
            {t('sent.another')}
          </Button>
        </div>
      </div>
    );
  }
  const DuplicateCheck = duplicatesChunk.loaded()?.DuplicateCheck;
  if (phase.kind === 'duplicates' && DuplicateCheck) {
    return (
      <DuplicateCheck
        duplicates={phase.found}
        filing={busy}
        onFileNew={() => {
          setBusy(true);
          void queue().finally(() => setBusy(false));
        }}
        onSupported={(report) => {
          void clear({ photos: true }).catch(() => undefined);
          setPhase({ kind: 'supported', report });
          onSupported?.(report);
        }}
      />
    );
  }

  const position = { current: at + 1, total: STEPS.length, title: t(`step.${step}`) };
  const page = (
    content: JSX.Element,
    options: { continueLabel?: string; hideContinue?: boolean; after?: JSX.Element } = {},
  ) => (
    <StepPage
      position={position}
      issues={shown}
      onBack={back}
      onContinue={step === 'check' ? () => void send() : proceed}
      continueLabel={options.continueLabel}
      hideContinue={options.hideContinue}
      after={options.after}
      busy={busy}
    >
      {resumed.current && (
        <Notice variant="info" headingLevel={false}>
          {t('resumed')}
        </Notice>
      )}
      {resumed.current && load.lostPhotos > 0 && (
        <Notice variant="warning" headingLevel={false}>
          {t('lostPhotos', { count: load.lostPhotos })}
        </Notice>
      )}
      {content}
    </StepPage>
  );
  const errorOf = (field: string) => shown.find((i) => i.fieldId === field)?.message;

  switch (step) {
    case 'category':
      if (categories.load.status !== 'ready') return <CategoriesNotReady categories={categories} />;
      return page(
        <CategoryStep
          categories={categories}
          value={draft.categoryId}
          onChange={(categoryId) => update({ categoryId })}
          error={errorOf(FIELD.category)}
        />,
        // Reports made earlier and still waiting (offline) are shown where a new one starts.
        { after: <OutboxStatus empty={null} /> },
      );
    case 'description':
      return page(
        <DescriptionStep
          value={draft.description}
          onChange={(description) => update({ description })}
          error={errorOf(FIELD.description)}
        />,
      );
    case 'photos':
      return page(
        <PhotosStep
          photos={draft.photos}
          latest={() => latest().photos}
          onChange={(next, removed) => {
            update({
              photos: next,
              blurred: latest().blurred.filter((id) => next.some((p) => p.id === id)),
            });
            // The draft no longer points at them once written: then their bytes go.
            if (removed?.length)
              void flush()
                .then(() => removePhotos(storage, removed))
                .catch(() => undefined);
          }}
          photo={photos.get}
          remember={photos.add}
          issues={shown}
        />,
      );
    case 'blur':
      return page(
        <BlurStep
          photos={draft.photos}
          blurred={draft.blurred}
          latest={() => latest()}
          onChange={(change, removed) => {
            update(change);
            void flush()
              .then(() => removePhotos(storage, removed))
              .catch(() => undefined);
          }}
          photo={photos.get}
          remember={photos.add}
          onEditing={setEditingPhoto}
        />,
        { hideContinue: editingPhoto },
      );
    case 'location':
      return page(
        <LocationField
          id={FIELD.location}
          legendAsHeading
          value={draft.location}
          onChange={(location) => update({ location })}
          error={errorOf(FIELD.location)}
        />,
      );
    case 'choices':
      return page(
        <ChoicesStep
          showName={draft.showName}
          publish={draft.publish}
          notify={draft.notify}
          onChange={(change) => update(change)}
          issues={shown}
        />,
      );
    default:
      return page(
        <CheckStep
          draft={draft}
          category={list?.find((x) => x.id === draft.categoryId)}
          photo={photos.get}
          online={online}
          problem={problem}
          onChange={(target) => go(target, true)}
        />,
        { continueLabel: t('check.submit') },
      );
  }
}
