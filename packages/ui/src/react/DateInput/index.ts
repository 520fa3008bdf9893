export type { DateInputProps } from './DateInput';
export { DateInput } from './DateInput';
export { loadLunarCalendar } from './lunar-hint';
export type {
  DateInputError,
  DateInputErrorCode,
  DateInputField,
  DateInputParseOptions,
  DateInputResult,
  DateInputValue,
} from './parse-date-input';
export { parseDateInputValue } from './parse-date-input';
