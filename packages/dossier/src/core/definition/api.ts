// The functions the rest of the package (React journey, drafts, server) builds on. Signatures
// only here; implementations live beside (parse.ts, expression.ts, validate.ts, flow.ts).
import type { Answers, Expression, Field, Page, ProcedureDefinition } from './types';

/** One problem in a procedure definition, for the developer who wrote it. */
export interface ProcedureIssue {
  readonly code:
    | 'invalid_shape' // zod: wrong type, missing property, unknown property
    | 'unknown_field_type'
    | 'duplicate_field_id'
    | 'duplicate_page_id'
    | 'unknown_field_reference' // an expression, rule or fee names a field that does not exist
    | 'forward_reference' // a page condition refers to its own or a later page
    | 'cyclic_condition'
    | 'unreachable_page' // its condition can never hold
    | 'invalid_pattern'
    | 'invalid_expression'
    | 'unknown_document'
    | 'invalid_bounds' // min > max and the like
    | 'duplicate_id' // two documents, rules or options of one field share an id/value
    | 'unknown_option' // a condition or fee names an option value the field does not offer
    | 'wrong_field_type' // a reference names a field of the wrong type (e.g. `yearsSince` of a text field)
    | 'incomplete_fee' // a `byChoice` fee has no amount for one of the field's options
    | 'invalid_payment_account'; // the fee's account cannot make a VietQR code (unknown BIN…)
  /** JSON path of the problem, e.g. `$.pages[2].fields[0].visibleWhen.eq[0].var`. */
  readonly path: string;
  /** English, for developers, naming what to change. */
  readonly message: string;
}

export type ParseProcedureResult =
  | { readonly ok: true; readonly procedure: ProcedureDefinition }
  | { readonly ok: false; readonly issues: readonly ProcedureIssue[] };

/** Typed error carrying every issue (`parseProcedureOrThrow`). */
export { ProcedureDefinitionError } from './errors';

/** What went wrong with one answer, for the citizen (message from the catalogue by `code`). */
export interface AnswerIssue {
  /** Field id; inside a group `members.2.name` (0-based item index). */
  readonly path: string;
  readonly code: AnswerIssueCode;
  /** Values for the message, e.g. `{ max: 4000 }`, `{ label: 'Họ và tên' }`. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** For `rule` issues: the rule's own message. */
  readonly message?: { readonly vi: string; readonly en?: string };
}

export type AnswerIssueCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'pattern'
  | 'not_a_number'
  | 'not_integer'
  | 'too_small'
  | 'too_large'
  | 'invalid_date'
  | 'date_too_early'
  | 'date_too_late'
  | 'invalid_option'
  | 'too_few_selected'
  | 'too_many_selected'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_cccd'
  | 'cccd_mismatch'
  | 'invalid_tax_code'
  | 'invalid_plate'
  | 'invalid_address'
  | 'too_few_files'
  | 'too_many_files'
  | 'file_too_large'
  | 'file_type'
  | 'too_few_items'
  | 'too_many_items'
  | 'invalid_slot'
  | 'invalid_dossier_code'
  | 'invalid_value' // an answer of the wrong kind (a number for a text field…): a client bug or tampering
  | 'rule'
  | 'unknown_field'; // an answer for a field the procedure does not have (server side)

/** Function signatures implemented in this folder (see index.ts for the real exports). */
export interface DefinitionApi {
  parseProcedure(json: unknown): ParseProcedureResult;
  evaluate(
    expression: Expression,
    answers: Answers,
    options?: { today?: string; scope?: Answers; scopeFieldIds?: readonly string[] },
  ): unknown;
  /** Pages whose `visibleWhen` holds for these answers, in order. */
  visiblePages(procedure: ProcedureDefinition, answers: Answers): readonly Page[];
  /** Fields of the page whose `visibleWhen` holds. */
  visibleFields(page: Page, answers: Answers): readonly Field[];
  /**
   * Checks answers. `pageId` limits it to one page (plus rules whose fields are all on it).
   * Hidden fields are ignored. Same function on the phone and on the server.
   */
  validateAnswers(
    procedure: ProcedureDefinition,
    answers: Answers,
    options?: {
      pageId?: string;
      today?: string;
      /** Server: answers for fields the procedure does not have are `unknown_field` issues. */
      strict?: boolean;
      /** Checks an address's commune against the integrator's admin data (shape only without). */
      communeExists?: (provinceCode: string, communeCode: string) => boolean;
    },
  ): readonly AnswerIssue[];
  /** Answers without hidden fields and unknown keys: what is submitted. */
  pruneAnswers(procedure: ProcedureDefinition, answers: Answers): Answers;
}
