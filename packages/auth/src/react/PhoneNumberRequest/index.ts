export type { PhoneNumberRequestProps } from './PhoneNumberRequest';
export { PhoneNumberRequest } from './PhoneNumberRequest';
