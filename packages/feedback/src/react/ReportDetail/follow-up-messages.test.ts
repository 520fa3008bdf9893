// The follow-up screens' words: every key in both languages (English from the locale pack),
// Vietnamese in NFC with its diacritics, no pronoun for the reader, requests as "Vui lòng …",
// and the same placeholders in both languages.
import { describe, expect, it } from 'vitest';
import { feedbackLocalePack } from '../../locales/pack';
import { myReportsMessages } from '../MyReports/messages';
import { publicReportDetailMessages } from '../PublicReportDetail/messages';
import { publicReportsMessages } from '../PublicReports/messages';
import { reportRatingMessages } from '../RatingForm/messages';
import { answerDueMessages, reportTimelineMessages } from '../ReportTimeline/messages';
import { resolvedQuestionMessages } from '../ResolvedQuestion/messages';
import { reportDetailMessages } from './messages';
import { serviceErrorMessages } from './service-error';

const catalogues = [
  myReportsMessages,
  reportDetailMessages,
  serviceErrorMessages,
  reportTimelineMessages,
  answerDueMessages,
  reportRatingMessages,
  resolvedQuestionMessages,
  publicReportsMessages,
  publicReportDetailMessages,
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('follow-up messages', () => {
  it.each(catalogues.map((c) => [c.prefix, c] as const))(
    '%s: both languages, same keys',
    async (_, c) => {
      const en = await feedbackLocalePack.entries('en');
      const enKeys = Object.keys(en).filter((key) => key.startsWith(c.prefix));
      expect(enKeys.sort()).toEqual(
        Object.keys(c.vi)
          .map((key) => c.prefix + key)
          .sort(),
      );
      for (const [key, vi] of Object.entries(c.vi) as [string, string][]) {
        expect(placeholders(en[c.prefix + key] ?? ''), `${c.prefix}${key}`).toEqual(
          placeholders(vi),
        );
      }
    },
  );

  it('Vietnamese is NFC, polite and without a pronoun for the reader', () => {
    for (const c of catalogues) {
      for (const [key, text] of Object.entries(c.vi) as [string, string][]) {
        const where = `${c.prefix}${key}`;
        expect(text.normalize('NFC'), where).toBe(text);
        expect(text, where).not.toMatch(/\b(bạn|bác|anh chị|quý vị)\b/iu);
        expect(text, where).not.toMatch(/\bxin vui lòng\b/iu);
        expect(text.trim(), where).toBe(text);
      }
    }
  });

  it('prefixes are unique, under feedback.', () => {
    const prefixes = catalogues.map((c) => c.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const p of prefixes) expect(p).toMatch(/^feedback\.\w+\.$/);
  });
});
