export { supplementFormMessages } from './messages';
export type { SupplementFormProps } from './SupplementForm';
export { SUPPLEMENT_NOTE_MAX, SupplementForm } from './SupplementForm';
