export type { PhotoPickerProps } from './PhotoPicker';
export { PhotoPicker } from './PhotoPicker';
