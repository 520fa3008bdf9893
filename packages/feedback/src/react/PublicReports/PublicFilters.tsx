// The public list's search form: a search box always in view, and the filters (category,
// commune, from/to dates) folded under one "Lọc …" line so the results stay near the top on a
// small phone. Nothing is searched while typing: the citizen presses "Tìm kiếm" (one request on
// a weak network, and a screen reader is not interrupted). Dates are checked as the citizen
// typed them; a wrong one is shown at its boxes and in the summary, and nothing is lost.
import {
  Button,
  DateInput,
  type DateInputField,
  type DateInputValue,
  ErrorSummary,
  type ErrorSummaryItem,
  parseDateInputValue,
  Select,
  TextInput,
  useGovMini,
} from '@govmini/ui';
import { toIsoDate } from '@govmini/vn/calendar';
import { type FormEvent, useId, useState } from 'react';
import type { FeedbackCategory, PublicQuery } from '../../core/types';
import { useFeedbackMessages, useLocalized } from '../messages';
import { publicReportsMessages } from './messages';

export type PublicFilterQuery = Omit<PublicQuery, 'cursor' | 'limit'>;

export interface CommuneOption {
  readonly code: string;
  readonly name: string;
}

export interface PublicFiltersProps {
  categories: readonly FeedbackCategory[] | undefined;
  /** Without communes the commune filter is left out. */
  communes: readonly CommuneOption[];
  onSearch: (query: PublicFilterQuery) => void;
  busy: boolean;
}

const EMPTY_DATE: DateInputValue = { day: '', month: '', year: '' };
type FilterError = ErrorSummaryItem & { readonly boxes?: readonly DateInputField[] };

const blank = (v: DateInputValue) => !v.day.trim() && !v.month.trim() && !v.year.trim();

export function PublicFilters({ categories, communes, onSearch, busy }: PublicFiltersProps) {
  const t = useFeedbackMessages(publicReportsMessages);
  const localized = useLocalized();
  const { locale, messages } = useGovMini('PublicReports');
  const id = useId().replace(/:/g, '');
  const ids = {
    text: `${id}-text`,
    category: `${id}-category`,
    commune: `${id}-commune`,
    from: `${id}-from`,
    to: `${id}-to`,
  };
  const [text, setText] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [communeCode, setCommuneCode] = useState('');
  const [from, setFrom] = useState(EMPTY_DATE);
  const [to, setTo] = useState(EMPTY_DATE);
  const [errors, setErrors] = useState<readonly FilterError[]>([]);
  const [open, setOpen] = useState(false);
  const filtering = Boolean(categoryId || communeCode || !blank(from) || !blank(to));

  const readDate = (value: DateInputValue, fieldId: string, found: FilterError[]) => {
    if (blank(value)) return undefined;
    const parsed = parseDateInputValue(value, { locale, ...(messages && { messages }) });
    if (parsed.ok) return toIsoDate(parsed.value);
    found.push({ fieldId, message: parsed.error.message, boxes: parsed.error.fields });
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FilterError[] = [];
    const fromDay = readDate(from, ids.from, found);
    const toDay = readDate(to, ids.to, found);
    if (fromDay && toDay && toDay < fromDay) {
      found.push({ fieldId: ids.to, message: t('toBeforeFrom') });
    }
    setErrors(found);
    if (found.length > 0) {
      setOpen(true);
      return;
    }
    const words = text.normalize('NFC').trim();
    onSearch({
      ...(words && { text: words }),
      ...(categoryId && { categoryId }),
      ...(communeCode && { communeCode }),
      ...(fromDay && { from: fromDay }),
      ...(toDay && { to: toDay }),
    });
  };
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId);

  return (
    // <search>: a landmark for the search form (old WebViews treat it as a plain block).
    <search className="gm-public-filters">
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} />
        <TextInput
          id={ids.text}
          type="search"
          label={t('search')}
          hint={t('searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          enterKeyHint="search"
          autoComplete="off"
        />
        <details
          className="gm-public-filters__more"
          open={open || errors.length > 0}
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary>{filtering ? t('filtersOn') : t('filters')}</summary>
          <Select
            id={ids.category}
            label={t('category')}
            value={categoryId}
            onChange={(event) => setCategoryId(event.currentTarget.value)}
          >
            <option value="">{t('allCategories')}</option>
            {categories?.map((c) => (
              <option key={c.id} value={c.id}>
                {localized(c.title)}
              </option>
            ))}
          </Select>
          {communes.length > 0 && (
            <Select
              id={ids.commune}
              label={t('commune')}
              value={communeCode}
              onChange={(event) => setCommuneCode(event.currentTarget.value)}
            >
              <option value="">{t('allCommunes')}</option>
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
          <DateInput
            id={ids.from}
            label={t('from')}
            hint={t('dateHint')}
            value={from}
            onValueChange={setFrom}
            error={errorOf(ids.from)?.message}
            errorFields={errorOf(ids.from)?.boxes}
          />
          <DateInput
            id={ids.to}
            label={t('to')}
            hint={t('dateHint')}
            value={to}
            onValueChange={setTo}
            error={errorOf(ids.to)?.message}
            errorFields={errorOf(ids.to)?.boxes}
          />
        </details>
        <Button type="submit" loading={busy}>
          {t('submit')}
        </Button>
      </form>
    </search>
  );
}
