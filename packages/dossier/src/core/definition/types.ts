// A procedure (thủ tục hành chính) described as data: what a province writes, what the citizen's
// phone renders, and what the server validates. JSON-serialisable on purpose: definitions are
// stored, versioned and edited outside the code (JSON Schema: schema/procedure.schema.json).
// The zod schema in ./schema.ts is the runtime source of truth; these types must stay equal to
// its inferred output (a type test checks that).

/** Vietnamese first; `en` optional (the UI falls back to `vi`). */
export interface LocalizedText {
  readonly vi: string;
  readonly en?: string;
}

// ── Expressions ────────────────────────────────────────────────────────────────────────────
// A small declarative language for conditions and cross-field rules, evaluated by a tree walk
// (never `eval` or `new Function`). Values: answers by field id, literals, and a few operators.
// Dates are ISO `YYYY-MM-DD` strings, so `lt`/`gt` on them compare chronologically.

export type Literal = string | number | boolean | null;

export type Expression =
  | Literal
  /** The answer to a field (`undefined` answers read as `null`). In a group item: the item's field first. */
  | { readonly var: string }
  | { readonly eq: readonly [Expression, Expression] }
  | { readonly ne: readonly [Expression, Expression] }
  | { readonly gt: readonly [Expression, Expression] }
  | { readonly gte: readonly [Expression, Expression] }
  | { readonly lt: readonly [Expression, Expression] }
  | { readonly lte: readonly [Expression, Expression] }
  /** The value is one of the literals. */
  | { readonly in: readonly [Expression, readonly Literal[]] }
  /** A list answer (checkbox, files, group) contains the literal. */
  | { readonly includes: readonly [Expression, Literal] }
  | { readonly and: readonly Expression[] }
  | { readonly or: readonly Expression[] }
  | { readonly not: Expression }
  /** The field has a non-empty answer. */
  | { readonly answered: string }
  /** Whole years from an ISO date to today in Asia/Ho_Chi_Minh (age). `null` when not a date. */
  | { readonly yearsSince: Expression }
  /** Length of a list answer (checkbox options, files, group items); 0 when unanswered. */
  | { readonly count: Expression }
  /** Today in Asia/Ho_Chi_Minh as `YYYY-MM-DD`, optionally shifted by whole days. */
  | { readonly today: { readonly offsetDays?: number } };

// ── Fields ─────────────────────────────────────────────────────────────────────────────────

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'yesNo'
  | 'email'
  | 'phone'
  | 'cccd'
  | 'taxCode'
  | 'plate'
  | 'address'
  | 'file'
  | 'photo'
  | 'group'
  | 'info'
  | 'appointment';

/** Where a prefilled value comes from. Shown for confirmation, never asked again (Decree 45/2020). */
export type PrefillSource =
  | 'profile.name'
  | 'profile.phone'
  | 'chip.fullName'
  | 'chip.cccd'
  | 'chip.dateOfBirth'
  | 'chip.sex'
  | 'chip.placeOfOrigin'
  | 'chip.placeOfResidence';

/** Named checks from @govmini/vn, usable on text fields (typed fields imply their own). */
export type NamedValidator = 'cccd' | 'taxCode' | 'plate' | 'phone' | 'email' | 'dossierCode';

export interface FieldBase {
  /** Unique in the whole procedure (group item fields: unique within the group). `^[a-z][a-zA-Z0-9_]*$`. */
  readonly id: string;
  readonly type: FieldType;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
  /** `true`, or required only when the expression holds. Default false. */
  readonly required?: boolean | Expression;
  /** Shown (and validated, and submitted) only when this holds. */
  readonly visibleWhen?: Expression;
  readonly prefill?: PrefillSource;
  /** Extra named checks (text fields). */
  readonly validators?: readonly NamedValidator[];
  /** HTML autocomplete token, e.g. `name`, `bday`, `tel`. */
  readonly autocomplete?: string;
}

export interface Option {
  readonly value: string;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
}

/** A regular expression (ECMAScript, `u` flag, anchored by the engine) with its own message. */
export interface PatternRule {
  readonly regex: string;
  readonly message: LocalizedText;
}

/** `today`, a fixed ISO date, or today shifted by whole days (negative = past). */
export type DateBound = 'today' | string | { readonly todayOffsetDays: number };

export interface TextField extends FieldBase {
  readonly type: 'text';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: PatternRule;
}
export interface TextareaField extends FieldBase {
  readonly type: 'textarea';
  readonly minLength?: number;
  /** Shown as a counter. */
  readonly maxLength?: number;
}
export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Shown after the input, e.g. "người", "m²". */
  readonly unit?: LocalizedText;
}
export interface MoneyField extends FieldBase {
  readonly type: 'money';
  /** Whole đồng. */
  readonly min?: number;
  readonly max?: number;
}
export interface DateField extends FieldBase {
  readonly type: 'date';
  readonly min?: DateBound;
  readonly max?: DateBound;
  /** Show the lunar date beside the solar one. */
  readonly showLunar?: boolean;
}
export interface SelectField extends FieldBase {
  readonly type: 'select';
  readonly options: readonly Option[];
}
export interface RadioField extends FieldBase {
  readonly type: 'radio';
  readonly options: readonly Option[];
}
export interface CheckboxField extends FieldBase {
  readonly type: 'checkbox';
  readonly options: readonly Option[];
  readonly minSelected?: number;
  readonly maxSelected?: number;
}
export interface YesNoField extends FieldBase {
  readonly type: 'yesNo';
}
export interface EmailField extends FieldBase {
  readonly type: 'email';
}
export interface PhoneField extends FieldBase {
  readonly type: 'phone';
  /** Only mobile numbers (default false: landlines accepted). */
  readonly mobileOnly?: boolean;
}
export interface CccdField extends FieldBase {
  readonly type: 'cccd';
  /** Cross-check the number against these fields (CCCD encodes birth year and sex). */
  readonly crossCheck?: { readonly dateOfBirth?: string; readonly sex?: string };
}
export interface TaxCodeField extends FieldBase {
  readonly type: 'taxCode';
}
export interface PlateField extends FieldBase {
  readonly type: 'plate';
}
export interface AddressField extends FieldBase {
  readonly type: 'address';
  /** Ask for the street address (số nhà, đường, thôn/ấp) after the commune. Default true. */
  readonly street?: boolean;
}
export interface FileField extends FieldBase {
  readonly type: 'file' | 'photo';
  readonly minFiles?: number;
  /** Default 1. */
  readonly maxFiles?: number;
  /** Per file, bytes. Default 10 MB for `file`, 5 MB for `photo` (after compression). */
  readonly maxBytes?: number;
  /** MIME types. Default: `photo` jpeg/png/webp; `file` jpeg/png/pdf. */
  readonly accept?: readonly string[];
  /** The required document (`ProcedureDefinition.documents[].id`) these files are. */
  readonly documentId?: string;
}
export interface GroupField extends FieldBase {
  readonly type: 'group';
  /** The fields of one item; no nested groups. */
  readonly fields: readonly GroupItemField[];
  readonly minItems?: number;
  /** Default 20. */
  readonly maxItems?: number;
  /** Heading of each item; `{n}` is its 1-based number, e.g. "Thành viên {n}". */
  readonly itemLabel: LocalizedText;
  /** Text of the add button, e.g. "Thêm thành viên". */
  readonly addLabel: LocalizedText;
  /**
   * Rules checked within each item (e.g. "to" not before "from"); `var` reads the item's own
   * fields first, and `fields` name item fields (issues at `group.2.field`).
   */
  readonly rules?: readonly CrossFieldRule[];
}
export interface InfoField extends FieldBase {
  readonly type: 'info';
  readonly body: LocalizedText;
  readonly tone?: 'info' | 'warning';
}
export interface AppointmentField extends FieldBase {
  readonly type: 'appointment';
  /** How many days ahead to offer (default 14). Slots come from DossierService.getAppointmentSlots. */
  readonly horizonDays?: number;
}

export type Field =
  | TextField
  | TextareaField
  | NumberField
  | MoneyField
  | DateField
  | SelectField
  | RadioField
  | CheckboxField
  | YesNoField
  | EmailField
  | PhoneField
  | CccdField
  | TaxCodeField
  | PlateField
  | AddressField
  | FileField
  | GroupField
  | InfoField
  | AppointmentField;

/** What a group item may contain: any field but another group. */
export type GroupItemField = Exclude<Field, GroupField>;

// ── Pages, documents, fees, the procedure ──────────────────────────────────────────────────

export interface Page {
  /** Unique among pages; used in URLs and drafts. `^[a-z][a-z0-9-]*$`. */
  readonly id: string;
  /** The question or section heading. A page with one field may omit it: the label is the heading. */
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly fields: readonly Field[];
  /** Conditions may refer only to fields on earlier pages. */
  readonly visibleWhen?: Expression;
}

/** A required document (thành phần hồ sơ). */
export interface RequiredDocument {
  readonly id: string;
  readonly title: LocalizedText;
  /** Originals (bản chính) and copies (bản sao) the agency expects at pickup or with the file. */
  readonly originals?: number;
  readonly copies?: number;
  readonly required: boolean | Expression;
  readonly note?: LocalizedText;
}

/**
 * The bank account fees are transferred to (VietQR: the bank's BIN and the account number).
 * parseProcedure checks the BIN against the VietQR bank list.
 */
export interface PaymentAccount {
  /** The receiving bank's 6-digit NAPAS BIN, e.g. `970436` (Vietcombank). */
  readonly bankBin: string;
  /** The account number, 1–19 letters or digits. */
  readonly accountNumber: string;
  /** The account holder as the banking app shows it, e.g. `UBND XA MAU SON`. */
  readonly accountName: string;
}

export type FeeDefinition =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'fixed';
      readonly amount: number;
      readonly note?: LocalizedText;
      /** Where to pay by transfer; without it, the backend's account for the dossier (or the desk). */
      readonly account?: PaymentAccount;
    }
  /** The fee depends on an answer: `fieldId`'s option value → amount. */
  | {
      readonly kind: 'byChoice';
      readonly fieldId: string;
      readonly amounts: Readonly<Record<string, number>>;
      readonly note?: LocalizedText;
      readonly account?: PaymentAccount;
    }
  /** Set by the officer later (dossier status 6). */
  | { readonly kind: 'assessed'; readonly note: LocalizedText; readonly account?: PaymentAccount };

export type ResultDelivery = 'in_person' | 'online' | 'post';

/** A rule across fields: when `when` holds (default always), `assert` must hold. */
export interface CrossFieldRule {
  readonly id: string;
  readonly when?: Expression;
  readonly assert: Expression;
  /** The fields the error is shown on (the first gets the error-summary link). */
  readonly fields: readonly string[];
  readonly message: LocalizedText;
}

export interface ProcedureDefinition {
  readonly schemaVersion: 1;
  /** `^[a-z][a-z0-9-]*$`, e.g. `dang-ky-khai-sinh`. */
  readonly id: string;
  /** Bump on any change that affects answers; drafts of an older version are migrated. */
  readonly version: number;
  /** National procedure code (mã TTHC), e.g. `1.001193`. */
  readonly nationalCode?: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  /** Lĩnh vực, e.g. "Hộ tịch". */
  readonly sector: LocalizedText;
  readonly agency: {
    readonly name: LocalizedText;
    /** Electronic unit identifier used in dossier codes, e.g. `000.00.06.H56`. */
    readonly unitCode: string;
  };
  readonly fee: FeeDefinition;
  /** Thời hạn giải quyết, in working days (0 = same day). */
  readonly processingDays: number;
  readonly legalBasis: readonly LocalizedText[];
  /** Đối tượng thực hiện: who may file. */
  readonly eligibility: readonly LocalizedText[];
  readonly documents: readonly RequiredDocument[];
  /** Filing for someone else (a parent, a neighbour): the relationships offered. */
  readonly onBehalf?: { readonly allowed: boolean; readonly relationships: readonly Option[] };
  readonly declaration: LocalizedText;
  readonly resultDelivery: readonly ResultDelivery[];
  /** The citizen may withdraw (status 7) before a result. Default true. */
  readonly cancellable?: boolean;
  /** What happens after submitting, shown on the confirmation page. */
  readonly nextSteps: LocalizedText;
  readonly pages: readonly Page[];
  readonly rules?: readonly CrossFieldRule[];
}

// ── Answers ────────────────────────────────────────────────────────────────────────────────

export interface AddressAnswer {
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street?: string;
}

/** An uploaded (or queued) file: the bytes live in the attachment store, never in answers. */
export interface FileAnswer {
  /** Attachment id: server id once uploaded, local id (`local:…`) while queued. */
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

export interface AppointmentAnswer {
  readonly slotId: string;
  /** ISO 8601 with offset. */
  readonly start: string;
  readonly end: string;
}

/**
 * Answer values by field type: text-like → string (dates `YYYY-MM-DD`, phone E.164, cccd the 12
 * digits, plate canonical); number/money → number; yesNo → boolean; checkbox → string[];
 * address → AddressAnswer; file/photo → FileAnswer[]; group → Answers[]; appointment →
 * AppointmentAnswer. Unanswered fields are absent.
 */
export type AnswerValue =
  | string
  | number
  | boolean
  | readonly string[]
  | AddressAnswer
  | readonly FileAnswer[]
  | AppointmentAnswer
  | readonly Answers[];

export type Answers = Readonly<Record<string, AnswerValue>>;

/** Who the dossier is for, and who filed it when not the same person. */
export interface OnBehalf {
  /** Option value from `onBehalf.relationships`, e.g. `cha-me`. */
  readonly relationship: string;
  readonly filer: { readonly name: string; readonly cccd?: string; readonly phone?: string };
}
