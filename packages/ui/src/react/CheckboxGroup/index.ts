export type { CheckboxGroupProps, CheckboxProps } from './CheckboxGroup';
export { Checkbox, CheckboxGroup } from './CheckboxGroup';
