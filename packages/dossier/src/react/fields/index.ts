// The answer renderers, one per field type, and what they share.

export type { FieldViewProps } from './FieldView';
export { FieldView } from './FieldView';
export type { AnswerFieldProps, AnswerState } from './field-props';
export { fieldDomId, useAnswer } from './field-props';
export { fileMessages } from './file-messages';
export type { FormatContext } from './format-answer';
export { formatAnswer } from './format-answer';
export { groupMessages } from './group-messages';
export { fieldMessages } from './messages';
export { slotMessages } from './slot-messages';
