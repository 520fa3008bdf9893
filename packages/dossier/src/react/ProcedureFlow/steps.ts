// The steps of the journey, in order: who it is for (when filing for someone else is allowed),
// the procedure's visible pages, how to get the result (when there is a choice), the check, the
// declaration. Step names are page ids or one of the reserved names below, so an app can keep
// the step in its URL (`/thu-tuc/:procedureId/:step`).
import { visiblePages } from '../../core/definition/flow';
import type {
  Answers,
  OnBehalf,
  Page,
  PrefillSource,
  ProcedureDefinition,
  ResultDelivery,
} from '../../core/definition/types';
import type { PrefillValues } from '../DossierProvider/context';
import type { DossierTranslate } from '../messages';
import type { procedureFlowMessages } from './messages';

export const START = 'start';
export const ON_BEHALF = 'on-behalf';
export const DELIVERY = 'delivery';
export const CHECK = 'check';
export const DECLARATION = 'declaration';
export const SENT = 'sent';

/** Every step after the start page, for these answers. */
export function journeySteps(procedure: ProcedureDefinition, answers: Answers): string[] {
  return [
    ...(procedure.onBehalf?.allowed ? [ON_BEHALF] : []),
    ...visiblePages(procedure, answers).map((page) => page.id),
    ...(procedure.resultDelivery.length > 1 ? [DELIVERY] : []),
    CHECK,
    DECLARATION,
  ];
}

type T = DossierTranslate<keyof typeof procedureFlowMessages.vi>;
/** A catalogue text as definition text (the current language; overrides apply). */
const text = (t: T, key: Parameters<T>[0]) => ({ vi: t(key) });

/** The "who is it for" page, as a page of a procedure so it is asked and checked like the rest. */
export function onBehalfProcedure(procedure: ProcedureDefinition, t: T): ProcedureDefinition {
  const other = { eq: [{ var: 'forWhom' }, 'other'] } as const;
  const page: Page = {
    id: ON_BEHALF,
    title: text(t, 'onBehalf.title'),
    fields: [
      {
        id: 'forWhom',
        type: 'radio',
        label: text(t, 'onBehalf.forWhom'),
        required: true,
        options: [
          { value: 'self', label: text(t, 'onBehalf.self') },
          { value: 'other', label: text(t, 'onBehalf.other'), hint: text(t, 'onBehalf.otherHint') },
        ],
      },
      {
        id: 'relationship',
        type: 'radio',
        label: text(t, 'onBehalf.relationship'),
        required: true,
        visibleWhen: other,
        options: procedure.onBehalf?.relationships ?? [],
      },
      {
        id: 'filerName',
        type: 'text',
        label: text(t, 'onBehalf.filerName'),
        required: true,
        visibleWhen: other,
        prefill: 'profile.name',
        autocomplete: 'name',
        maxLength: 100,
      },
      { id: 'filerCccd', type: 'cccd', label: text(t, 'onBehalf.filerCccd'), visibleWhen: other },
      {
        id: 'filerPhone',
        type: 'phone',
        label: text(t, 'onBehalf.filerPhone'),
        visibleWhen: other,
        prefill: 'profile.phone',
      },
      {
        id: 'note',
        type: 'info',
        label: text(t, 'onBehalf.other'),
        body: text(t, 'onBehalf.note'),
        visibleWhen: other,
      },
    ],
  };
  return { ...procedure, pages: [page], rules: [], fee: { kind: 'none' } };
}

/** The on-behalf page's answers for what the draft records (the filer's known details offered). */
export function onBehalfAnswers(
  onBehalf: OnBehalf | undefined,
  chosen: boolean,
  prefill: PrefillValues,
): Answers {
  if (!onBehalf) {
    const known: Record<string, Answers[string]> = chosen ? { forWhom: 'self' } : {};
    if (typeof prefill['profile.name'] === 'string') known.filerName = prefill['profile.name'];
    if (typeof prefill['profile.phone'] === 'string') known.filerPhone = prefill['profile.phone'];
    return known;
  }
  const { name, cccd, phone } = onBehalf.filer;
  return {
    forWhom: 'other',
    relationship: onBehalf.relationship,
    filerName: name,
    ...(cccd && { filerCccd: cccd }),
    ...(phone && { filerPhone: phone }),
  };
}

/** What the draft records from the on-behalf page: undefined = for oneself. */
export function onBehalfOf(answers: Answers): OnBehalf | undefined {
  if (answers.forWhom !== 'other') return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const cccd = str(answers.filerCccd);
  const phone = str(answers.filerPhone);
  return {
    relationship: String(answers.relationship ?? ''),
    filer: {
      name: String(answers.filerName ?? ''),
      ...(cccd && { cccd }),
      ...(phone && { phone }),
    },
  };
}

/** The result delivery page (only when the procedure offers more than one way). */
export function deliveryProcedure(procedure: ProcedureDefinition, t: T): ProcedureDefinition {
  const page: Page = {
    id: DELIVERY,
    title: text(t, 'delivery.title'),
    fields: [
      {
        id: 'resultDelivery',
        type: 'radio',
        label: text(t, 'delivery.label'),
        required: true,
        options: procedure.resultDelivery.map((way) => ({
          value: way,
          label: text(t, `delivery.${way}`),
          hint: text(t, `delivery.${way}.hint`),
        })),
      },
    ],
  };
  return { ...procedure, pages: [page], rules: [], fee: { kind: 'none' } };
}

export const isDelivery = (value: unknown): value is ResultDelivery =>
  value === 'in_person' || value === 'online' || value === 'post';

/** Answers with what the State already knows filled in (never over an existing answer). */
export function withPrefill(
  procedure: ProcedureDefinition,
  answers: Answers,
  prefill: PrefillValues,
): Answers {
  const out: Record<string, Answers[string]> = { ...answers };
  for (const page of procedure.pages) {
    for (const field of page.fields) {
      const known = field.prefill ? prefill[field.prefill as PrefillSource] : undefined;
      if (known !== undefined && out[field.id] === undefined) out[field.id] = known;
    }
  }
  return out;
}

/** Answers without the prefilled values still untouched: they are the filer's, not the applicant's. */
export function withoutPrefill(
  procedure: ProcedureDefinition,
  answers: Answers,
  prefill: PrefillValues,
): Answers {
  const out: Record<string, Answers[string]> = { ...answers };
  for (const page of procedure.pages) {
    for (const field of page.fields) {
      const known = field.prefill ? prefill[field.prefill] : undefined;
      if (known !== undefined && JSON.stringify(out[field.id]) === JSON.stringify(known))
        delete out[field.id];
    }
  }
  return out;
}
