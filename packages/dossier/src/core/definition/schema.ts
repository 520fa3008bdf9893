// The runtime shape of a ProcedureDefinition: the source of truth for parseProcedure and for
// schema/procedure.schema.json. Its output type equals types.ts (schema.types.test.ts checks).
// Written with zod/mini's functional API: it parses the same definitions as classic zod for a
// fraction of the phone's download (numbers in README.md). Only type imports from elsewhere, so
// plain `node` can load this file with type stripping (scripts/build-schema.mjs).
import * as z from 'zod/mini';
import type { Expression } from './types';

const FIELD_ID = /^[a-z][a-zA-Z0-9_]*$/;
const SLUG = /^[a-z][a-z0-9-]*$/;
const ITEM_ID = /^[a-z][a-zA-Z0-9_-]*$/;
const OPTION_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Circular 10/2016/TT-BTTTT electronic unit identifier, as in dossier codes. */
const UNIT_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
/** Mã TTHC, e.g. `1.001193`. */
const NATIONAL_CODE = /^\d\.\d{6}$/;
const MIME = /^[a-z]+\/(?:\*|[a-z0-9][a-z0-9.+-]*)$/;

const nonEmpty = () => z.string().check(z.minLength(1));
const count = () => z.int().check(z.nonnegative());
const opt = z.exactOptional;

export const localizedTextSchema = z.strictObject({ vi: nonEmpty(), en: opt(nonEmpty()) });

export const literalSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const fieldRef = () => z.string().check(z.regex(FIELD_ID));

export const expressionSchema: z.ZodMiniType<Expression> = z.lazy(() => {
  const pair = z.tuple([expressionSchema, expressionSchema]);
  const list = z.array(expressionSchema).check(z.minLength(1));
  return z.union(
    [
      literalSchema,
      z.strictObject({ var: fieldRef() }),
      z.strictObject({ eq: pair }),
      z.strictObject({ ne: pair }),
      z.strictObject({ gt: pair }),
      z.strictObject({ gte: pair }),
      z.strictObject({ lt: pair }),
      z.strictObject({ lte: pair }),
      z.strictObject({
        in: z.tuple([expressionSchema, z.array(literalSchema).check(z.minLength(1))]),
      }),
      z.strictObject({ includes: z.tuple([expressionSchema, literalSchema]) }),
      z.strictObject({ and: list }),
      z.strictObject({ or: list }),
      z.strictObject({ not: expressionSchema }),
      z.strictObject({ answered: fieldRef() }),
      z.strictObject({ yearsSince: expressionSchema }),
      z.strictObject({ count: expressionSchema }),
      z.strictObject({ today: z.strictObject({ offsetDays: opt(z.int()) }) }),
    ],
    { error: 'Expected an expression: a literal, or an object with one operator' },
  );
});

export const prefillSourceSchema = z.enum([
  'profile.name',
  'profile.phone',
  'chip.fullName',
  'chip.cccd',
  'chip.dateOfBirth',
  'chip.sex',
  'chip.placeOfOrigin',
  'chip.placeOfResidence',
]);

export const namedValidatorSchema = z.enum([
  'cccd',
  'taxCode',
  'plate',
  'phone',
  'email',
  'dossierCode',
]);

export const optionSchema = z.strictObject({
  value: z.string().check(z.regex(OPTION_VALUE)),
  label: localizedTextSchema,
  hint: opt(localizedTextSchema),
});
const options = () => z.array(optionSchema).check(z.minLength(1));

export const patternRuleSchema = z.strictObject({
  regex: nonEmpty(),
  message: localizedTextSchema,
});

export const dateBoundSchema = z.union(
  [z.literal('today'), z.iso.date(), z.strictObject({ todayOffsetDays: z.int() })],
  { error: 'Expected "today", an ISO date YYYY-MM-DD or { "todayOffsetDays": <whole days> }' },
);

export const crossFieldRuleSchema = z.strictObject({
  id: z.string().check(z.regex(ITEM_ID)),
  when: opt(expressionSchema),
  assert: expressionSchema,
  fields: z.array(fieldRef()).check(z.minLength(1)),
  message: localizedTextSchema,
});

const base = {
  id: fieldRef(),
  label: localizedTextSchema,
  hint: opt(localizedTextSchema),
  required: opt(z.union([z.boolean(), expressionSchema])),
  visibleWhen: opt(expressionSchema),
  prefill: opt(prefillSourceSchema),
  validators: opt(z.array(namedValidatorSchema)),
  autocomplete: opt(nonEmpty()),
};

export const textFieldSchema = z.strictObject({
  type: z.literal('text'),
  ...base,
  minLength: opt(count()),
  maxLength: opt(count()),
  pattern: opt(patternRuleSchema),
});
export const textareaFieldSchema = z.strictObject({
  type: z.literal('textarea'),
  ...base,
  minLength: opt(count()),
  maxLength: opt(count()),
});
export const numberFieldSchema = z.strictObject({
  type: z.literal('number'),
  ...base,
  min: opt(z.number()),
  max: opt(z.number()),
  integer: opt(z.boolean()),
  unit: opt(localizedTextSchema),
});
export const moneyFieldSchema = z.strictObject({
  type: z.literal('money'),
  ...base,
  min: opt(count()),
  max: opt(count()),
});
export const dateFieldSchema = z.strictObject({
  type: z.literal('date'),
  ...base,
  min: opt(dateBoundSchema),
  max: opt(dateBoundSchema),
  showLunar: opt(z.boolean()),
});
export const selectFieldSchema = z.strictObject({
  type: z.literal('select'),
  ...base,
  options: options(),
});
export const radioFieldSchema = z.strictObject({
  type: z.literal('radio'),
  ...base,
  options: options(),
});
export const checkboxFieldSchema = z.strictObject({
  type: z.literal('checkbox'),
  ...base,
  options: options(),
  minSelected: opt(count()),
  maxSelected: opt(count()),
});
export const yesNoFieldSchema = z.strictObject({ type: z.literal('yesNo'), ...base });
export const emailFieldSchema = z.strictObject({ type: z.literal('email'), ...base });
export const phoneFieldSchema = z.strictObject({
  type: z.literal('phone'),
  ...base,
  mobileOnly: opt(z.boolean()),
});
export const cccdFieldSchema = z.strictObject({
  type: z.literal('cccd'),
  ...base,
  crossCheck: opt(z.strictObject({ dateOfBirth: opt(fieldRef()), sex: opt(fieldRef()) })),
});
export const taxCodeFieldSchema = z.strictObject({ type: z.literal('taxCode'), ...base });
export const plateFieldSchema = z.strictObject({ type: z.literal('plate'), ...base });
export const addressFieldSchema = z.strictObject({
  type: z.literal('address'),
  ...base,
  street: opt(z.boolean()),
});
export const fileFieldSchema = z.strictObject({
  type: z.literal(['file', 'photo']),
  ...base,
  minFiles: opt(count()),
  maxFiles: opt(z.int().check(z.positive())),
  maxBytes: opt(z.int().check(z.positive())),
  accept: opt(z.array(z.string().check(z.regex(MIME))).check(z.minLength(1))),
  documentId: opt(z.string().check(z.regex(ITEM_ID))),
});
export const infoFieldSchema = z.strictObject({
  type: z.literal('info'),
  ...base,
  body: localizedTextSchema,
  tone: opt(z.enum(['info', 'warning'])),
});
export const appointmentFieldSchema = z.strictObject({
  type: z.literal('appointment'),
  ...base,
  horizonDays: opt(z.int().check(z.positive(), z.lte(366))),
});

/** Every field but a group: what a group item may hold. */
export const groupItemFieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  textareaFieldSchema,
  numberFieldSchema,
  moneyFieldSchema,
  dateFieldSchema,
  selectFieldSchema,
  radioFieldSchema,
  checkboxFieldSchema,
  yesNoFieldSchema,
  emailFieldSchema,
  phoneFieldSchema,
  cccdFieldSchema,
  taxCodeFieldSchema,
  plateFieldSchema,
  addressFieldSchema,
  fileFieldSchema,
  infoFieldSchema,
  appointmentFieldSchema,
]);

export const groupFieldSchema = z.strictObject({
  type: z.literal('group'),
  ...base,
  fields: z.array(groupItemFieldSchema).check(z.minLength(1)),
  minItems: opt(count()),
  maxItems: opt(z.int().check(z.positive())),
  itemLabel: localizedTextSchema,
  addLabel: localizedTextSchema,
  rules: opt(z.array(crossFieldRuleSchema)),
});

export const fieldSchema = z.discriminatedUnion('type', [
  ...groupItemFieldSchema.def.options,
  groupFieldSchema,
]);

export const pageSchema = z.strictObject({
  id: z.string().check(z.regex(SLUG)),
  title: opt(localizedTextSchema),
  description: opt(localizedTextSchema),
  fields: z.array(fieldSchema).check(z.minLength(1)),
  visibleWhen: opt(expressionSchema),
});

export const requiredDocumentSchema = z.strictObject({
  id: z.string().check(z.regex(ITEM_ID)),
  title: localizedTextSchema,
  originals: opt(count()),
  copies: opt(count()),
  required: z.union([z.boolean(), expressionSchema]),
  note: opt(localizedTextSchema),
});

// The shape only; parseProcedure checks the BIN against the VietQR bank list.
export const paymentAccountSchema = z.strictObject({
  bankBin: z.string().check(z.regex(/^\d{6}$/)),
  accountNumber: z.string().check(z.regex(/^[0-9A-Za-z]{1,19}$/)),
  accountName: z.string().check(z.minLength(1), z.maxLength(100)),
});

export const feeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('fixed'),
    amount: count(),
    note: opt(localizedTextSchema),
    account: opt(paymentAccountSchema),
  }),
  z.strictObject({
    kind: z.literal('byChoice'),
    fieldId: fieldRef(),
    amounts: z.record(z.string(), count()),
    note: opt(localizedTextSchema),
    account: opt(paymentAccountSchema),
  }),
  z.strictObject({
    kind: z.literal('assessed'),
    note: localizedTextSchema,
    account: opt(paymentAccountSchema),
  }),
]);

export const resultDeliverySchema = z.enum(['in_person', 'online', 'post']);

export const procedureSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().check(z.regex(SLUG)),
  version: z.int().check(z.positive()),
  nationalCode: opt(z.string().check(z.regex(NATIONAL_CODE))),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  sector: localizedTextSchema,
  agency: z.strictObject({
    name: localizedTextSchema,
    unitCode: z.string().check(z.regex(UNIT_CODE)),
  }),
  fee: feeSchema,
  processingDays: count(),
  legalBasis: z.array(localizedTextSchema),
  eligibility: z.array(localizedTextSchema),
  documents: z.array(requiredDocumentSchema),
  onBehalf: opt(z.strictObject({ allowed: z.boolean(), relationships: z.array(optionSchema) })),
  declaration: localizedTextSchema,
  resultDelivery: z.array(resultDeliverySchema).check(z.minLength(1)),
  cancellable: opt(z.boolean()),
  nextSteps: localizedTextSchema,
  pages: z.array(pageSchema).check(z.minLength(1)),
  rules: opt(z.array(crossFieldRuleSchema)),
});
