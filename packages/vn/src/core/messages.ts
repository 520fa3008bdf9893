// Message catalogues: Vietnamese first, English second; an app may override any key.
// Each domain (cccd, date, …) keeps its own catalogue in src/messages/, and each parser
// imports only its own, so an app that uses parseCccd alone doesn't ship the phone texts.
import type { vi } from '../messages/vi';

export type Locale = 'vi' | 'en';
/** Every message key of the package, `<domain>.<code>`, e.g. `cccd.length`. */
export type MessageKey = keyof typeof vi;
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/** One domain's messages in both languages. */
export interface MessageDomain {
  readonly domain: string;
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** Looks up `key` in `messages` and fills `{name}` placeholders (unknown ones stay visible). */
export function formatMessage(
  messages: MessageDomain,
  key: string,
  params: Record<string, string | number> = {},
  options?: { locale?: Locale; messages?: MessageOverrides } | null,
): string {
  // Parsers promise never to throw, so a bad locale or `null` options from plain JavaScript
  // falls back to Vietnamese rather than failing.
  const override = (options?.messages as Record<string, unknown> | undefined)?.[key];
  const catalogue = options?.locale === 'en' ? messages.en : messages.vi;
  const template = typeof override === 'string' ? override : (catalogue[key] ?? key);
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
