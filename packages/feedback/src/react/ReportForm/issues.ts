// What is wrong on a step, for its error summary and fields: the core checks (the same the
// backend runs) for category, description, photos and location; the form's own for the two
// choices. Each issue names the field id its error summary link goes to.
import type { FeedbackCategory, ReportIssue } from '../../core/types';
import { validateLocation, validateNewReport } from '../../core/validate';
import { toReportLocation } from '../LocationField/location-value';
import type { FeedbackTranslate } from '../messages';
import type { FormStep, ReportDraft } from './draft';
import type { reportFormMessages } from './messages';

export interface StepIssue {
  readonly fieldId: string;
  readonly message: string;
}

/** Field ids, so error summary links land in the right control. */
export const FIELD = {
  category: 'feedback-category',
  description: 'feedback-description',
  photos: 'feedback-photos',
  location: 'feedback-location',
  showName: 'feedback-show-name',
  publish: 'feedback-publish',
} as const;

const PATH_FIELD: Record<ReportIssue['path'], string> = {
  categoryId: FIELD.category,
  description: FIELD.description,
  photoIds: FIELD.photos,
  location: FIELD.location,
  rating: FIELD.description,
  comment: FIELD.description,
};

const PATH_STEP: Partial<Record<ReportIssue['path'], FormStep>> = {
  categoryId: 'category',
  description: 'description',
  photoIds: 'photos',
  location: 'location',
};

type T = FeedbackTranslate<keyof (typeof reportFormMessages)['vi']>;
/** A core issue in words, with the app's overrides (useReportIssueText). */
type IssueText = (issue: ReportIssue) => string;

/** The core's issues for the whole draft (photo ids stand in for the uploads to come). */
function coreIssues(draft: ReportDraft, categories: readonly FeedbackCategory[]): ReportIssue[] {
  return validateNewReport(
    {
      categoryId: draft.categoryId,
      description: draft.description,
      photoIds: draft.photos.map((p) => p.id),
      location: toReportLocation(draft.location),
    },
    { categories },
  );
}

function locationIssues(draft: ReportDraft, t: T, issueText: IssueText): StepIssue[] {
  const { location } = draft;
  // Chosen by hand, province only: ask for the commune in words, not "invalid location".
  if (location.mode === 'hand' && location.address?.province && !location.address.commune?.code) {
    return [{ fieldId: FIELD.location, message: t('location.commune') }];
  }
  return validateLocation(toReportLocation(location)).map((issue) => ({
    fieldId: FIELD.location,
    message: issueText(issue),
  }));
}

/** Problems on one step (empty: it may be left with "Tiếp tục"). */
export function stepIssues(
  step: FormStep,
  draft: ReportDraft,
  categories: readonly FeedbackCategory[],
  t: T,
  issueText: IssueText,
): StepIssue[] {
  if (step === 'location') return locationIssues(draft, t, issueText);
  if (step === 'choices') {
    const issues: StepIssue[] = [];
    if (!draft.showName) issues.push({ fieldId: FIELD.showName, message: t('showName.required') });
    if (!draft.publish) issues.push({ fieldId: FIELD.publish, message: t('publish.required') });
    return issues;
  }
  return coreIssues(draft, categories)
    .filter((issue) => PATH_STEP[issue.path] === step)
    .map((issue) => ({
      fieldId: PATH_FIELD[issue.path],
      message: issueText(issue),
    }));
}

/** The first step with a problem, before sending (a draft changed elsewhere, a stale category). */
export function firstStepWithIssues(
  draft: ReportDraft,
  categories: readonly FeedbackCategory[],
  t: T,
  issueText: IssueText,
): FormStep | undefined {
  const steps: FormStep[] = ['category', 'description', 'photos', 'location', 'choices'];
  return steps.find((step) => stepIssues(step, draft, categories, t, issueText).length > 0);
}
