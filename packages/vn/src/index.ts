// @govmini/vn — Vietnamese data formats, validators and administrative units. No React, no DOM.
// Phone parsing lives in `@govmini/vn/phone` so apps that don't need its metadata don't pay for it.

export type { Locale, MessageKey, MessageOverrides } from './core/messages';
export { formatMessage } from './core/messages';
export type { MessageOptions, ParseError, ParseResult } from './core/result';
export { normalizeText, searchKey, stripSeparators, toAsciiDigits } from './core/text';
