export type { TextSizeControlProps } from './TextSizeControl';
export { TextSizeControl } from './TextSizeControl';
