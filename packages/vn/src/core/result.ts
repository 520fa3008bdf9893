// Every parser in @govmini/vn accepts any string and never throws: it returns a
// ParseResult. Error `code`s are stable (part of the API); `message` comes from the
// vi/en catalogue so a form can show it as is.
import { formatMessage, type Locale, type MessageDomain, type MessageOverrides } from './messages';

export interface ParseError<Code extends string = string> {
  /** Stable machine-readable reason, e.g. `length`, `old_prefix`. */
  readonly code: Code;
  /** Plain-language message for the citizen: what is wrong and how to fix it. */
  readonly message: string;
}

export type ParseResult<T, E extends ParseError = ParseError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Options every parser accepts: which language its messages are in. */
export interface MessageOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** Replace any catalogue message, e.g. to match a province's wording. */
  messages?: MessageOverrides;
}

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Builds a failed result whose message is `<domain>.<code>` from the domain's catalogue.
 * `extra` carries fields a form can act on (e.g. `suggestion`).
 */
export function fail<Code extends string, Extra extends object = Record<never, never>>(
  messages: MessageDomain,
  code: Code,
  options: MessageOptions | null | undefined,
  params: Record<string, string | number> = {},
  extra?: Extra,
): { readonly ok: false; readonly error: ParseError<Code> & Extra } {
  const message = formatMessage(messages, `${messages.domain}.${code}`, params, options);
  return { ok: false, error: { code, message, ...(extra as Extra) } };
}
