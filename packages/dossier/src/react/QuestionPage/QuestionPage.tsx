// One page of a procedure: its questions, checked with the same validateAnswers the backend
// runs when the citizen presses "Tiếp tục". react-hook-form keeps the answers; each field
// subscribes to its own path only, so typing in one box re-renders that box alone (a 100-field
// page stays quick on a cheap phone). Focus goes to the heading when the page opens and to the
// error summary when a check fails.
import {
  Button,
  ErrorSummary,
  type ErrorSummaryItem,
  focusField,
  StepIndicator,
  useGovMini,
} from '@govmini/ui';
import {
  type FormEvent,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type FieldValues, FormProvider, useForm } from 'react-hook-form';
import type { AnswerIssue } from '../../core/definition/api';
import type { Answers, ProcedureDefinition } from '../../core/definition/types';
import { validateAnswers } from '../../core/definition/validate';
import { DossierContext } from '../DossierProvider/context';
import { AnswerErrorsContext, createAnswerErrors } from '../fields/answer-errors';
import { FieldView } from '../fields/FieldView';
import { fieldDomId, isGroupedControl } from '../fields/field-props';
import { FormMetaContext } from '../fields/form-meta';
import { useDossierMessages, useLocalized } from '../messages';
import { cleanAnswers } from './answers';
import {
  type IssueMessage,
  issueMessagesLoaded,
  loadIssueMessages,
  preloadIssueMessages,
} from './issue-messages';
import { questionPageMessages } from './messages';

export interface QuestionPageProps {
  procedure: ProcedureDefinition;
  /** The page to show (`procedure.pages[].id`). */
  pageId: string;
  /** Every answer so far (other pages' too: conditions may read them). Read once, on mount. */
  defaultAnswers?: Answers | undefined;
  /** Every change, with all answers (for saving the draft). Does not re-render the page. */
  onChange?: ((answers: Answers) => void) | undefined;
  /** "Tiếp tục" pressed and this page's answers are right. */
  onContinue: (answers: Answers) => void;
  /** Shows "Quay lại"; gets the answers as they are (nothing typed is lost going back). */
  onBack?: ((answers: Answers) => void) | undefined;
  /** Where the page is in the journey ("Bước 2/5"). */
  step?: { readonly current: number; readonly total: number } | undefined;
  /** Problems to show at once, e.g. what the backend refused on sending. */
  issues?: readonly AnswerIssue[] | undefined;
  /** Default "Tiếp tục". */
  continueLabel?: ReactNode;
  /** Offer the account's details as answers (default true; false when filing for someone else). */
  usePrefill?: boolean | undefined;
  /** Today as `YYYY-MM-DD` for date limits and ages (tests); default today in Vietnam. */
  today?: string | undefined;
}

/** Where an issue is shown in the form: a group's own problem sits on `<group>.root`. */
function formPath(issue: AnswerIssue, groups: ReadonlySet<string>): string {
  return groups.has(issue.path) ? `${issue.path}.root` : issue.path;
}

export function QuestionPage({
  procedure,
  pageId,
  defaultAnswers,
  onChange,
  onContinue,
  onBack,
  step,
  issues: givenIssues,
  continueLabel,
  usePrefill = true,
  today,
}: QuestionPageProps) {
  const t = useDossierMessages(questionPageMessages);
  const localized = useLocalized();
  const { locale, messages } = useGovMini('QuestionPage');
  // Optional: a page of plain questions needs no DossierProvider (benchmarks, other hosts).
  const adminIndex = useContext(DossierContext)?.adminIndex;
  const page = procedure.pages.find((p) => p.id === pageId);
  if (!page) {
    throw new Error(
      `QuestionPage: procedure ${procedure.id} has no page "${pageId}" (pages: ${procedure.pages.map((p) => p.id).join(', ')})`,
    );
  }
  // Read once: the form owns the answers from here on.
  const [initial] = useState(() => structuredClone(defaultAnswers ?? {}) as FieldValues);
  const form = useForm<FieldValues>({
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const { getValues, setError, clearErrors, subscribe } = form;
  const [answerErrors] = useState(() => createAnswerErrors(subscribe));
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const root = useRef<HTMLDivElement>(null);

  const groups = useMemo(
    () => new Set(page.fields.filter((f) => f.type === 'group').map((f) => f.id)),
    [page],
  );
  const questions = page.fields.filter((f) => f.type !== 'info');
  const only = !page.title && questions.length === 1 ? questions[0] : undefined;
  // A single question's label is the page heading: in its legend for a group of controls,
  // otherwise as the page's <h1> (its box keeps the label for screen readers).
  const legendHeading = only !== undefined && isGroupedControl(only.type);
  const heading = page.title
    ? localized(page.title)
    : only && !legendHeading
      ? localized(only.label)
      : undefined;

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => onChangeRef.current?.(cleanAnswers(values)),
      }),
    [subscribe],
  );

  // Each check's problems replace the last's; a check answered after a newer one is dropped.
  const checks = useRef(0);
  const show = (issues: readonly AnswerIssue[]) => {
    const check = ++checks.current;
    const showWith = (message: (issue: AnswerIssue) => string) => {
      if (check !== checks.current) return;
      clearErrors();
      const seen = new Set<string>();
      const items: ErrorSummaryItem[] = [];
      for (const issue of issues) {
        if (seen.has(issue.path)) continue;
        seen.add(issue.path);
        const text = message(issue);
        setError(formPath(issue, groups), { type: issue.code, message: text });
        items.push({ fieldId: fieldDomId(issue.path), message: text });
      }
      setSummary(items);
    };
    const withMessages = (answerIssueMessage: IssueMessage) => (issue: AnswerIssue) =>
      answerIssueMessage(issue, { locale, messages });
    const ready = issueMessagesLoaded();
    if (ready) showWith(withMessages(ready));
    // Not arrived yet (the page was checked at once): wait for them; if they cannot be
    // fetched, each problem still shows, in general words, at its field and in the summary.
    else
      void loadIssueMessages().then(
        (answerIssueMessage) => showWith(withMessages(answerIssueMessage)),
        () => showWith(() => t('issueFallback')),
      );
  };

  // The page opens: its heading gets focus (so a screen reader starts there), unless problems
  // are shown at once (the error summary takes focus then).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per page
  useEffect(() => {
    void preloadIssueMessages();
    if (givenIssues?.length) show(givenIssues);
    else {
      const h1 = root.current?.querySelector<HTMLElement>('h1');
      if (h1) {
        h1.tabIndex = -1;
        h1.focus({ preventScroll: false });
      }
    }
  }, [pageId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers = cleanAnswers(getValues());
    const issues = validateAnswers(procedure, answers, {
      pageId,
      today,
      // With the app's admin data the commune is checked to be in the province, not just present.
      communeExists:
        adminIndex &&
        ((province, commune) => adminIndex.getCommune(commune)?.province.code === province),
    });
    if (issues.length) show(issues);
    else {
      checks.current += 1;
      clearErrors();
      setSummary([]);
      onContinue(answers);
    }
  };

  // A summary link to a field without a text box (photos, a group) focuses its first control.
  const focusLinked = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#"]');
    const id = link?.getAttribute('href')?.slice(1);
    if (!id || focusField(id)) return;
    const target = document.getElementById(id);
    const control = target?.matches('button, a')
      ? target
      : target?.querySelector<HTMLElement>('button, input, a');
    (control ?? target)?.focus();
    event.preventDefault();
  };

  const meta = useMemo(
    () => ({ procedureId: procedure.id, usePrefill }),
    [procedure.id, usePrefill],
  );
  return (
    <div ref={root} className="gm-dossier-page">
      {onBack && (
        <Button
          variant="link"
          className="gm-dossier-page__back"
          onClick={() => onBack(cleanAnswers(getValues()))}
        >
          {t('back')}
        </Button>
      )}
      {step && <StepIndicator current={step.current} total={step.total} />}
      {/* Catches clicks on the summary's links only (links fire click on Enter too). */}
      <div onClickCapture={focusLinked}>
        <ErrorSummary
          errors={summary}
          title={t('errorTitle')}
          description={givenIssues?.length ? t('serverErrors') : undefined}
        />
      </div>
      {heading && <h1 className="gm-heading gm-heading--xl">{heading}</h1>}
      {page.description && (
        <p className="gm-text gm-dossier-page__lead">{localized(page.description)}</p>
      )}
      <FormProvider {...form}>
        <FormMetaContext.Provider value={meta}>
          <AnswerErrorsContext.Provider value={answerErrors}>
            <form noValidate onSubmit={submit} className="gm-dossier-page__form">
              {page.fields.map((field) => (
                <FieldView
                  key={field.id}
                  field={field}
                  path={field.id}
                  asHeading={field === only && legendHeading}
                  labelHidden={field === only && !legendHeading}
                />
              ))}
              <Button type="submit">{continueLabel ?? t('continue')}</Button>
            </form>
          </AnswerErrorsContext.Provider>
        </FormMetaContext.Provider>
      </FormProvider>
    </div>
  );
}
