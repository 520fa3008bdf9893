export type { TextAreaProps } from './TextArea';
export { countCharacters, TextArea } from './TextArea';
