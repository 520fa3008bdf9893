// @vitest-environment node
// Compile-time proof that the zod schema and the hand-written types describe the same thing:
// each is assignable to the other (readonly aside: parsed output is typed through types.ts).
// `tsc --noEmit` fails on any drift; the runtime test below only keeps Vitest from skipping it.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { DefinitionApi } from './api';
import { evaluate } from './expression';
import { pruneAnswers, visibleFields, visiblePages } from './flow';
import { parseProcedure } from './parse';
import type * as schema from './schema';
import type * as t from './types';
import { validateAnswers } from './validate';

// The implementations fit the contract's signatures (api.ts).
const api: DefinitionApi = {
  parseProcedure,
  evaluate,
  visiblePages,
  visibleFields,
  validateAnswers,
  pruneAnswers,
};

// Mapped types keep tuples tuples and optional properties optional.
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * `true` only when A and B are identical (the compiler's own identity check). Mutual
 * assignability alone would miss an optional property that one side lacks.
 */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<S extends z.ZodMiniType> = DeepReadonly<z.output<S>>;

const checks = {
  localizedText: true as Same<Out<typeof schema.localizedTextSchema>, t.LocalizedText>,
  option: true as Same<Out<typeof schema.optionSchema>, t.Option>,
  dateBound: true as Same<Out<typeof schema.dateBoundSchema>, t.DateBound>,
  text: true as Same<Out<typeof schema.textFieldSchema>, t.TextField>,
  textarea: true as Same<Out<typeof schema.textareaFieldSchema>, t.TextareaField>,
  number: true as Same<Out<typeof schema.numberFieldSchema>, t.NumberField>,
  money: true as Same<Out<typeof schema.moneyFieldSchema>, t.MoneyField>,
  date: true as Same<Out<typeof schema.dateFieldSchema>, t.DateField>,
  select: true as Same<Out<typeof schema.selectFieldSchema>, t.SelectField>,
  radio: true as Same<Out<typeof schema.radioFieldSchema>, t.RadioField>,
  checkbox: true as Same<Out<typeof schema.checkboxFieldSchema>, t.CheckboxField>,
  yesNo: true as Same<Out<typeof schema.yesNoFieldSchema>, t.YesNoField>,
  email: true as Same<Out<typeof schema.emailFieldSchema>, t.EmailField>,
  phone: true as Same<Out<typeof schema.phoneFieldSchema>, t.PhoneField>,
  cccd: true as Same<Out<typeof schema.cccdFieldSchema>, t.CccdField>,
  taxCode: true as Same<Out<typeof schema.taxCodeFieldSchema>, t.TaxCodeField>,
  plate: true as Same<Out<typeof schema.plateFieldSchema>, t.PlateField>,
  address: true as Same<Out<typeof schema.addressFieldSchema>, t.AddressField>,
  file: true as Same<Out<typeof schema.fileFieldSchema>, t.FileField>,
  info: true as Same<Out<typeof schema.infoFieldSchema>, t.InfoField>,
  appointment: true as Same<Out<typeof schema.appointmentFieldSchema>, t.AppointmentField>,
  group: true as Same<Out<typeof schema.groupFieldSchema>, t.GroupField>,
  groupItem: true as Same<Out<typeof schema.groupItemFieldSchema>, t.GroupItemField>,
  field: true as Same<Out<typeof schema.fieldSchema>, t.Field>,
  page: true as Same<Out<typeof schema.pageSchema>, t.Page>,
  document: true as Same<Out<typeof schema.requiredDocumentSchema>, t.RequiredDocument>,
  fee: true as Same<Out<typeof schema.feeSchema>, t.FeeDefinition>,
  rule: true as Same<Out<typeof schema.crossFieldRuleSchema>, t.CrossFieldRule>,
  procedure: true as Same<Out<typeof schema.procedureSchema>, t.ProcedureDefinition>,
} satisfies Record<string, true>;

// A deliberate mismatch must be caught, or the checks above prove nothing.
const _detectsDrift: Same<{ readonly a?: string }, { readonly a: string }> = false;
const _detectsExtra: Same<{ readonly a: string; readonly b?: number }, { readonly a: string }> =
  false;

describe('schema types', () => {
  it('equal the hand-written types (checked by tsc)', () => {
    expect(Object.values(checks).every(Boolean)).toBe(true);
    expect([_detectsDrift, _detectsExtra]).toEqual([false, false]);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
  });
});
