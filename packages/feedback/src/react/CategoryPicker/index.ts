export type { CategoryPickerProps } from './CategoryPicker';
export { CategoryPicker } from './CategoryPicker';
export { categoryPickerMessages } from './messages';
