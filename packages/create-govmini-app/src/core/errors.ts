// Typed errors of the scaffolder. Every bad input becomes one of these, with a stable `code`,
// the `field` it concerns (the CLI asks that question again), a Vietnamese `message` and an
// English one through `messageIn('en')`.
import { formatMessage, type Locale, type MessageKey, type MessageParams } from './messages';

export type ScaffoldErrorCode =
  | 'directory_missing'
  | 'directory_not_empty'
  | 'directory_is_file'
  | 'province_missing'
  | 'unknown_province'
  | 'merged_province'
  | 'invalid_display_name'
  | 'invalid_package_name'
  | 'invalid_colour'
  | 'contrast_failed'
  | 'unknown_module'
  | 'local_package_missing'
  | 'local_package_ambiguous'
  | 'write_failed';

export type ScaffoldField =
  | 'directory'
  | 'province'
  | 'displayName'
  | 'packageName'
  | 'primaryColour'
  | 'accentColour'
  | 'modules'
  | 'localPackages';

export class ScaffoldError extends Error {
  readonly code: ScaffoldErrorCode;
  readonly field: ScaffoldField;
  /** What the message was filled in with: `input`, `path`, … (no secrets ever go here). */
  readonly params: MessageParams;
  /** The more precise message key for name errors (`package_name.uppercase`, …). */
  readonly reason: MessageKey | undefined;

  constructor(
    code: ScaffoldErrorCode,
    field: ScaffoldField,
    params: MessageParams = {},
    reason?: MessageKey,
  ) {
    super(render(code, 'vi', params, reason));
    this.name = 'ScaffoldError';
    this.code = code;
    this.field = field;
    this.params = params;
    this.reason = reason;
  }

  /** The message in another language (`message` is Vietnamese). */
  messageIn(locale: Locale): string {
    return render(this.code, locale, this.params, this.reason);
  }
}

function render(
  code: ScaffoldErrorCode,
  locale: Locale,
  params: MessageParams,
  reason: MessageKey | undefined,
): string {
  const reasonText = reason ? formatMessage(reason, locale, params) : '';
  // Colour errors name the colour ("chính" / "primary") in the message's own language.
  const colour =
    params.colour === 'primary' || params.colour === 'accent' ? params.colour : undefined;
  const field = colour ? { field: formatMessage(`field.${colour}`, locale) } : {};
  return formatMessage(code, locale, { ...params, ...field, reason: reasonText });
}

export const isScaffoldError = (error: unknown): error is ScaffoldError =>
  error instanceof ScaffoldError;
