// The province's categories as one radio group (GOV.UK: radios, nothing preselected): each with
// its icon, what belongs there, which agency handles it and how many working days an answer
// takes. A category's notice ("call 114 if lives are in danger") shows while it is chosen.
import { Notice, Radio, RadioGroup, type RadioGroupProps } from '@govmini/ui';
import type { ReactNode } from 'react';
import type { FeedbackCategory } from '../../core/types';
import { CategoryIconSvg } from '../icons/CategoryIconSvg';
import { useFeedbackMessages, useLocalized } from '../messages';
import { categoryPickerMessages } from './messages';

export interface CategoryPickerProps
  extends Omit<RadioGroupProps, 'label' | 'children' | 'value' | 'onValueChange'> {
  categories: readonly FeedbackCategory[];
  /** Default: "Vấn đề cần phản ánh thuộc loại nào?". */
  label?: ReactNode;
  value?: string | undefined;
  onValueChange?: ((categoryId: string) => void) | undefined;
}

export function CategoryPicker({
  categories,
  label,
  hint,
  value,
  onValueChange,
  className,
  ...props
}: CategoryPickerProps) {
  const t = useFeedbackMessages(categoryPickerMessages);
  const localized = useLocalized();
  return (
    <RadioGroup
      {...props}
      label={label ?? t('label')}
      hint={hint ?? t('hint')}
      value={value}
      onValueChange={onValueChange}
      className={className ? `gm-category-picker ${className}` : 'gm-category-picker'}
    >
      {categories.map((category) => (
        <Radio
          key={category.id}
          value={category.id}
          label={
            <span className="gm-category-picker__title">
              <CategoryIconSvg name={category.icon} className="gm-category-picker__icon" />
              {localized(category.title)}
            </span>
          }
          hint={
            <>
              <span className="gm-category-picker__line">{localized(category.description)}</span>
              <span className="gm-category-picker__line">
                {t('agency', { agency: localized(category.agency.name) })}{' '}
                {t('answerDays', { days: category.answerDays })}
              </span>
            </>
          }
          conditional={
            category.notice ? (
              <Notice variant="warning" headingLevel={false}>
                {localized(category.notice)}
              </Notice>
            ) : undefined
          }
        />
      ))}
    </RadioGroup>
  );
}
