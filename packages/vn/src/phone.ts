// @govmini/vn/phone — Vietnamese phone numbers on libphonenumber-js metadata.
// A separate entry so that only apps that parse phone numbers pay for the metadata.

export type {
  Carrier,
  Phone,
  PhoneErrorCode,
  PhoneKind,
  PhoneOptions,
  PhoneParseError,
  PhoneStyle,
} from './core/phone';
export { formatPhone, maskPhone, parsePhone } from './core/phone';
