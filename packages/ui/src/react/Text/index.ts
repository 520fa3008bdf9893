export type { TextProps, TextVariant } from './Text';
export { Text } from './Text';
