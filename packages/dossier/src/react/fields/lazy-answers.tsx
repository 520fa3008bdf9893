// The answer renderers that are heavy and that most procedures' pages do not have, each in a
// chunk of its own: files and photos (upload queue, progress, compression), the appointment
// picker, repeating groups, addresses (the commune search), phones (phone metadata), and a
// prefilled answer to confirm (with the answer formatting). The text boxes, dates and choices
// that every page has stay with FieldView. ProcedureFlow fetches what its procedure uses as soon
// as it opens (preloadAnswers), so its pages draw these at once.
import {
  Button,
  ErrorMessage,
  FormGroup,
  focusField,
  type LazyChunk,
  LazyView,
  lazyChunk,
  Spinner,
} from '@govmini/ui';
import type { ComponentType } from 'react';
import type { Field } from '../../core/definition/types';
import { useDossierMessages } from '../messages';
import type { AnswerFieldProps } from './field-props';
import { fieldMessages } from './messages';

export const lazyAnswers = {
  phone: /* @__PURE__ */ lazyChunk(() => import('./PhoneAnswer').then((m) => m.default)),
  address: /* @__PURE__ */ lazyChunk(() => import('./AddressAnswer').then((m) => m.AddressAnswer)),
  file: /* @__PURE__ */ lazyChunk(() => import('./FileAnswer').then((m) => m.FileAnswer)),
  group: /* @__PURE__ */ lazyChunk(() => import('./GroupAnswer').then((m) => m.GroupAnswer)),
  appointment: /* @__PURE__ */ lazyChunk(() =>
    import('./AppointmentAnswer').then((m) => m.AppointmentAnswer),
  ),
  /** An answer the State already holds, shown for confirmation (see PrefillGate). */
  prefilled: /* @__PURE__ */ lazyChunk(() =>
    import('./PrefilledAnswer').then((m) => m.PrefilledAnswer),
  ),
};

const lazyTypes: Partial<Record<Field['type'], Exclude<keyof typeof lazyAnswers, 'prefilled'>>> = {
  phone: 'phone',
  address: 'address',
  file: 'file',
  photo: 'file',
  group: 'group',
  appointment: 'appointment',
};

/** Fetches the renderers these fields (and their groups' fields) need; resolves once all are in. */
export function preloadAnswers(fields: readonly Field[]): Promise<void> {
  const needed = new Set<keyof typeof lazyAnswers>();
  const visit = (list: readonly Field[]) => {
    for (const field of list) {
      const part = lazyTypes[field.type];
      if (part) needed.add(part);
      if (field.prefill) needed.add('prefilled');
      if (field.type === 'group') visit(field.fields);
    }
  };
  visit(fields);
  return Promise.all([...needed].map((part) => lazyAnswers[part].preload())).then(() => undefined);
}

/** Fetches every renderer (stories and tests: a phone that has them all already). */
export const preloadAllAnswers = (): Promise<void> =>
  Promise.all(Object.values(lazyAnswers).map((part) => part.preload())).then(() => undefined);

/** What a placeholder needs of the answer it stands for. */
type Placeholder = Pick<AnswerFieldProps, 'id' | 'label'> & { readonly asHeading?: boolean };

/**
 * A lazily fetched renderer in its place: its label and a spinner until it has arrived. When it
 * replaces a placeholder that had focus (the page's heading, a summary link's target, "Thử lại"),
 * focus moves to the question: its heading on a one-question page, else its first control.
 */
export function LazyAnswer<P extends Placeholder>({
  part,
  props,
}: {
  part: LazyChunk<ComponentType<P>>;
  props: P;
}) {
  const refocus = () => {
    // The id is on the field's fieldset or section, or on its first box inside the fieldset.
    const field = document.getElementById(props.id);
    const heading = props.asHeading && (field?.closest('fieldset') ?? field)?.querySelector('h1');
    if (!heading) return void focusField(props.id);
    heading.tabIndex = -1;
    heading.focus();
  };
  return (
    <LazyView
      chunk={part}
      loading={<AnswerLoading {...props} />}
      failed={(retry, retrying) => <AnswerLoading {...props} retry={retry} retrying={retrying} />}
      refocus={refocus}
    >
      {(Answer) => <Answer {...props} />}
    </LazyView>
  );
}

/** The question's label where its answer will be, with "Đang tải…", or why not and "Thử lại". */
export function AnswerLoading({
  id,
  label,
  asHeading,
  retry,
  retrying,
}: Placeholder & { retry?: (() => void) | undefined; retrying?: boolean | undefined }) {
  const t = useDossierMessages(fieldMessages);
  return (
    <FormGroup error={retry !== undefined} className="gm-dossier-part">
      <div id={id} tabIndex={-1}>
        {asHeading ? (
          <h1 className="gm-heading gm-heading--xl">{label}</h1>
        ) : (
          <p className="gm-label">{label}</p>
        )}
        {retry ? (
          <>
            <ErrorMessage>{t('part.failed')}</ErrorMessage>
            {/* Stays while fetching again, so focus does not vanish with the button. */}
            <Button variant="secondary" loading={retrying === true} onClick={retry}>
              {t('part.retry')}
            </Button>
          </>
        ) : (
          <Spinner label={t('part.loading')} showLabel />
        )}
      </div>
    </FormGroup>
  );
}
