// The two simplest pages of the journey: the category (with the list's loading and failure)
// and the description (with its counter, and a plain note when the text has < or >).
import { Button, Heading, Notice, Spinner, TextArea } from '@govmini/ui';
import { DESCRIPTION_MAX_CHARACTERS } from '../../core/validate';
import { CategoryPicker } from '../CategoryPicker/CategoryPicker';
import { categoryPickerMessages } from '../CategoryPicker/messages';
import { useFeedbackMessages } from '../messages';
import { FIELD } from './issues';
import { reportFormMessages } from './messages';
import type { useFormCategories } from './use-form-categories';

export interface CategoryStepProps {
  categories: ReturnType<typeof useFormCategories>;
  value: string | undefined;
  onChange: (categoryId: string) => void;
  error: string | undefined;
}

/** The list not loaded yet or failed: what to show instead of the page. */
export function CategoriesNotReady({ categories }: Pick<CategoryStepProps, 'categories'>) {
  const c = useFeedbackMessages(categoryPickerMessages);
  if (categories.load.status === 'loading') return <Spinner label={c('loading')} showLabel />;
  return (
    <div className="gm-feedback-page">
      <Notice variant="error" headingLevel={false}>
        {c('loadFailed')}
      </Notice>
      <div className="gm-feedback-actions">
        <Button onClick={categories.retry}>{c('retry')}</Button>
      </div>
    </div>
  );
}

export function CategoryStep({ categories, value, onChange, error }: CategoryStepProps) {
  const c = useFeedbackMessages(categoryPickerMessages);
  const list = categories.load.status === 'ready' ? categories.load.categories : [];
  if (list.length === 0) {
    return (
      <Notice variant="warning" headingLevel={false}>
        {c('empty')}
      </Notice>
    );
  }
  return (
    <CategoryPicker
      id={FIELD.category}
      legendAsHeading
      categories={list}
      value={value ?? ''}
      onValueChange={onChange}
      error={error}
    />
  );
}

export function DescriptionStep({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (text: string) => void;
  error: string | undefined;
}) {
  const t = useFeedbackMessages(reportFormMessages);
  return (
    <>
      <Heading level={1}>{t('description.title')}</Heading>
      <TextArea
        id={FIELD.description}
        label={t('description.label')}
        hint={t('description.hint')}
        maxLength={DESCRIPTION_MAX_CHARACTERS}
        rows={8}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      />
      {/[<>]/.test(value) && (
        <Notice variant="info" headingLevel={false}>
          {t('description.markup')}
        </Notice>
      )}
    </>
  );
}
