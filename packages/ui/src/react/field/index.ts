export type { FieldsetProps, LabelProps } from './Field';
export { ErrorMessage, Fieldset, FormGroup, Hint, Label } from './Field';
export type { FieldIds } from './use-field';
export { useFieldIds } from './use-field';
