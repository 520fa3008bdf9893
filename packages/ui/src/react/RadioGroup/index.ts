export type { ChoiceGroupProps, RadioGroupProps, RadioProps } from './RadioGroup';
export { Radio, RadioGroup } from './RadioGroup';
