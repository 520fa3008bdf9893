// The answer renderers, one per field type, and what they share.

export type { FieldViewProps } from './FieldView';
export { FieldView } from './FieldView';
export type { AnswerFieldProps, AnswerState } from './field-props';
export { fieldDomId, useAnswer } from './field-props';
export type { FormatContext } from './format-answer';
export { formatAnswer } from './format-answer';
export { fieldMessages } from './messages';
