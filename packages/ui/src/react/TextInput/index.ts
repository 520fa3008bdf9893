export type { FieldProps } from './InputShell';
export type { InputWidth, TextInputProps } from './TextInput';
export { TextInput } from './TextInput';
