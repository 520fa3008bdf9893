// Message catalogues: Vietnamese first, English second. Apps may override any key.
import { en } from '../messages/en';
import { vi } from '../messages/vi';

export type Locale = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type MessageOverrides = Partial<Record<MessageKey, string>>;

export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  vi,
  en,
};

/** Looks up `key` and fills `{name}` placeholders. Unknown placeholders stay visible. */
export function formatMessage(
  key: MessageKey,
  params: Record<string, string | number> = {},
  options: { locale?: Locale; messages?: MessageOverrides } = {},
): string {
  const template: string =
    options.messages?.[key] ?? catalogues[options.locale ?? 'vi'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
