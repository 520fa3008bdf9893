// An address with the 2025 units (34 provinces, communes without districts), through
// @govmini/ui's AddressPicker. The admin data is the app's: DossierProvider's `adminIndex`
// (createAdminIndex over the data it loads). The answer keeps the codes; names come back from it.
import { AddressPicker, type AddressValue } from '@govmini/ui';
import type { AdminIndex } from '@govmini/vn/admin';
import { useState } from 'react';
import type { AddressAnswer as Address, AddressField } from '../../core/definition/types';
import { useDossier } from '../DossierProvider/context';
import { type AnswerFieldProps, useAnswer } from './field-props';

/** The picker's value for an answer: the unit names looked up by code. */
export function addressValueOf(
  answer: Address | undefined,
  index: AdminIndex | undefined,
): AddressValue {
  if (!answer) return {};
  const province = index?.getProvince(answer.provinceCode);
  const commune = answer.communeCode ? index?.getCommune(answer.communeCode) : undefined;
  return {
    ...(province && { province: { code: province.code, name: province.name } }),
    ...(commune && { commune: { code: commune.code, name: commune.name } }),
    ...(answer.street !== undefined && { street: answer.street }),
  };
}

/** The answer for a picker value; nothing until a province is chosen. */
export function addressAnswerOf(value: AddressValue, withStreet: boolean): Address | undefined {
  if (!value.province)
    return value.street ? { provinceCode: '', communeCode: '', street: value.street } : undefined;
  return {
    provinceCode: value.province.code,
    communeCode: value.commune?.code ?? '',
    ...(withStreet && value.street !== undefined && { street: value.street }),
  };
}

export function AddressAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
}: AnswerFieldProps<AddressField>) {
  const { adminIndex } = useDossier('AddressAnswer');
  const answer = useAnswer<Address>(name);
  // The picker's own value (it also holds a commune typed freely when there is no data).
  const [value, setValue] = useState<AddressValue>(() => addressValueOf(answer.value, adminIndex));
  return (
    <AddressPicker
      id={id}
      ref={answer.ref}
      label={label}
      hint={hint}
      error={answer.error}
      legendAsHeading={asHeading}
      index={adminIndex}
      value={value}
      onChange={(next) => {
        setValue(next);
        answer.setValue(addressAnswerOf(next, field.street !== false));
      }}
    />
  );
}
