// An address in three small steps, one thing at a time: province or city (2025 units, found
// by old names too), then commune or ward within it, then house number and street.
import {
  type AdminIndex,
  type AdminSearchResult,
  createAdminIndex,
  provinces,
} from '@govmini/vn/admin';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint, Label, useFieldIds } from '../field';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useControllableState } from '../internal/use-controllable-state';
import { useGovMini } from '../provider/context';
import { addressPickerMessages } from './messages';
import { type SearchOption, SearchStep } from './SearchStep';

export interface AddressUnit {
  /** `"79"` for a province, `"26743"` for a commune; `""` for a commune typed freely. */
  readonly code: string;
  /** Official name, e.g. `"Thành phố Hồ Chí Minh"`, `"Phường Bến Thành"`. */
  readonly name: string;
}

export interface AddressValue {
  readonly province?: AddressUnit;
  readonly commune?: AddressUnit;
  /** House number and street, as typed. */
  readonly street?: string;
}

export interface AddressPickerProps
  extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'defaultValue' | 'children'> {
  /** The legend of the whole group, e.g. "Nơi thường trú". */
  label: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Given to the first input of the current step, so an error summary link lands in it. */
  id?: string;
  /**
   * Built by the app with `createAdminIndex(data)` from the commune data it loads. Without it
   * only the 34 provinces are searchable and the commune is typed as free text.
   */
  index?: AdminIndex | undefined;
  value?: AddressValue;
  defaultValue?: AddressValue;
  onChange?: (value: AddressValue) => void;
  /** Most results shown at once (default 8: a short list is easier to read). */
  maxResults?: number;
}

let provincesOnly: AdminIndex | undefined;
/** The 34 provinces with no communes, built once, when no index is given. */
function provincesIndex(): AdminIndex {
  provincesOnly ??= createAdminIndex(
    provinces.map((p) => ({
      name: p.fullName,
      code: Number(p.code),
      division_type: p.kind === 'city' ? 'thành phố trung ương' : 'tỉnh',
      wards: [],
    })),
  );
  return provincesOnly;
}

/** Drops the keys set to undefined (the value type has optional keys, not undefined ones). */
const compact = (v: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as AddressValue;
const bareName = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');

export const AddressPicker = forwardRef<HTMLFieldSetElement, AddressPickerProps>(
  function AddressPicker(
    {
      label,
      legendAsHeading,
      hint,
      error,
      id,
      index: given,
      value: valueProp,
      defaultValue = {},
      onChange,
      maxResults = 8,
      className,
      ...props
    },
    ref,
  ) {
    useGovMini('AddressPicker');
    const t = useMessages(addressPickerMessages);
    const ids = useFieldIds(id);
    const index = given ?? provincesIndex();
    const [value, setValue] = useControllableState({ value: valueProp, defaultValue, onChange });
    const [provinceQuery, setProvinceQuery] = useState('');
    const [communeQuery, setCommuneQuery] = useState('');
    const { province, commune, street } = value;

    const inner = useRef<HTMLFieldSetElement>(null);
    useImperativeHandle(ref, () => inner.current as HTMLFieldSetElement);
    // After a choice or a "Đổi", focus goes to the input of the step that appears, so the
    // citizen carries on where the page changed (not from the top). Only when the step really
    // changed: a controlled parent may ignore the change.
    const moveFocus = useRef(false);
    const shownStep = useRef<string>('');
    const allProvinces = useMemo(
      () =>
        [...index.provinces].sort((a, b) => bareName(a.name).localeCompare(bareName(b.name), 'vi')),
      [index],
    );
    // With no commune data for this province, the commune is typed as free text.
    const free = province ? index.communesOf(province.code).length === 0 : false;
    const step = !province ? 'province' : free ? 'free' : !commune ? 'commune' : 'street';
    useEffect(() => {
      if (shownStep.current === step) return;
      if (shownStep.current && moveFocus.current) inner.current?.querySelector('input')?.focus();
      shownStep.current = step;
      moveFocus.current = false;
    });

    const update = (next: Record<string, unknown>, focus = true) => {
      moveFocus.current = focus;
      setValue(compact(next));
    };
    const unit = (r: { code: string; name: string }): AddressUnit => ({
      code: r.code,
      name: r.name,
    });

    const results = (query: string, options: Parameters<AdminIndex['search']>[1]) =>
      query.trim() ? index.search(query, { ...options, limit: maxResults }) : undefined;
    const status = (found: readonly unknown[] | undefined) =>
      !found
        ? ''
        : found.length
          ? t('addressPicker.results', { count: found.length })
          : t('addressPicker.noResults');

    let stepView: ReactNode = null;
    if (step === 'province') {
      const found = results(provinceQuery, { kind: 'province' });
      const toOption = (r: AdminSearchResult | { code: string; name: string }): SearchOption => {
        const legacy = 'via' in r && r.via && 'legacy' in r.via ? r.via.legacy : undefined;
        return {
          key: r.code,
          name: legacy ? t('addressPicker.legacy', { legacy }) : r.name,
          note: legacy && t('addressPicker.now', { name: r.name }),
          pick: () => update({ province: unit(r), street }),
        };
      };
      stepView = (
        <SearchStep
          id={ids.control}
          label={t('addressPicker.province.label')}
          hint={t('addressPicker.province.hint')}
          query={provinceQuery}
          onQuery={setProvinceQuery}
          options={(found ?? allProvinces).map(toOption)}
          listLabel={found ? undefined : t('addressPicker.province.all')}
          status={status(found)}
          errorId={error ? ids.error : undefined}
        />
      );
    } else if (step === 'commune' && province) {
      const found = results(communeQuery, { kind: 'commune', provinceCode: province.code });
      stepView = (
        <SearchStep
          id={ids.control}
          label={t('addressPicker.commune.label')}
          hint={t('addressPicker.commune.hint')}
          query={communeQuery}
          onQuery={setCommuneQuery}
          options={(found ?? []).map((r) => ({
            key: r.code,
            name: r.name,
            pick: () => update({ ...value, commune: unit(r) }),
          }))}
          status={status(found)}
          errorId={error ? ids.error : undefined}
        />
      );
    }

    const textField = (
      fieldId: string,
      key: 'commune' | 'street',
      text: string,
      hintText: string,
      onText: (text: string) => void,
    ) => (
      <div className="gm-address__step">
        <Label htmlFor={fieldId}>{t(`addressPicker.${key}.label`)}</Label>
        <Hint id={`${fieldId}-step-hint`}>{hintText}</Hint>
        <input
          id={fieldId}
          className="gm-input gm-address__input"
          value={text}
          onChange={(e) => onText(e.target.value)}
          autoComplete={key === 'street' ? 'address-line1' : 'off'}
          aria-describedby={cx(`${fieldId}-step-hint`, Boolean(error) && ids.error)}
          aria-invalid={error ? true : undefined}
        />
      </div>
    );

    const chosen = (which: 'province' | 'commune', shown: AddressUnit, change: () => void) => (
      <div className="gm-address__chosen">
        <dt>{t(`addressPicker.${which}.chosen`)}</dt>
        <dd className="gm-address__chosen-value">{shown.name}</dd>
        <dd>
          <button type="button" className="gm-address__change" onClick={change}>
            {t('addressPicker.change')}{' '}
            <span className="gm-visually-hidden">{t(`addressPicker.${which}.chosen`)}</span>
          </button>
        </dd>
      </div>
    );

    return (
      <FormGroup error={error}>
        <Fieldset
          ref={inner}
          legend={label}
          legendAsHeading={legendAsHeading ?? false}
          className={cx('gm-address', className)}
          aria-describedby={ids.describedBy({ hint, error })}
          {...props}
        >
          {hint && <Hint id={ids.hint}>{hint}</Hint>}
          {error && <ErrorMessage id={ids.error}>{error}</ErrorMessage>}
          {province && (
            <dl className="gm-address__summary">
              {chosen('province', province, () => {
                setProvinceQuery('');
                update({ street });
              })}
              {commune &&
                !free &&
                chosen('commune', commune, () => {
                  setCommuneQuery('');
                  update({ province, street });
                })}
            </dl>
          )}
          {stepView}
          {step === 'free' &&
            textField(
              ids.control,
              'commune',
              commune?.name ?? '',
              t('addressPicker.commune.freeHint'),
              (text) =>
                update({ ...value, commune: text ? { code: '', name: text } : undefined }, false),
            )}
          {(step === 'street' || step === 'free') &&
            textField(
              step === 'free' ? `${ids.control}-street` : ids.control,
              'street',
              street ?? '',
              t('addressPicker.street.hint'),
              (text) => update({ ...value, street: text || undefined }, false),
            )}
        </Fieldset>
      </FormGroup>
    );
  },
);
