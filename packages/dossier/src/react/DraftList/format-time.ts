// "14:05, 12/05/2026": a moment as people in Vietnam read it, whatever the phone's time zone.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatMoment(epochMs: number, locale: 'vi' | 'en'): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour12: false,
    });
    formats.set(locale, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute}, ${parts.day}/${parts.month}/${parts.year}`;
}
