// The tracking screens' words: every key in both languages, Vietnamese in NFC with no pronoun
// for the reader, every {placeholder} the same in both.
import { describe, expect, it } from 'vitest';
import { cancelDossierMessages } from '../CancelDossier/messages';
import { dossierLookupMessages } from '../DossierLookup/messages';
import { myDossiersMessages } from '../MyDossiers/messages';
import { ratingFormMessages } from '../RatingForm/messages';
import { dueDateMessages, statusTimelineMessages } from '../StatusTimeline/messages';
import { supplementFormMessages } from '../SupplementForm/messages';
import { dossierDetailMessages } from './messages';
import { serviceErrorMessages } from './service-error';

const catalogues = [
  myDossiersMessages,
  dossierDetailMessages,
  serviceErrorMessages,
  statusTimelineMessages,
  dueDateMessages,
  supplementFormMessages,
  ratingFormMessages,
  cancelDossierMessages,
  dossierLookupMessages,
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(catalogues.map((c) => [c.prefix, c] as const))('%s', (_prefix, catalogue) => {
  it('has every key in English too, with the same placeholders', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.vi).sort());
    for (const [key, vi] of Object.entries(catalogue.vi)) {
      expect(placeholders((catalogue.en as Record<string, string>)[key] ?? ''), key).toEqual(
        placeholders(vi),
      );
    }
  });

  it('writes Vietnamese in NFC, without addressing the reader as bạn or bác', () => {
    expect(catalogue.prefix).toMatch(/^dossier\.[a-zA-Z]+\.$/);
    for (const [key, vi] of Object.entries(catalogue.vi)) {
      expect(vi, key).toBe(vi.normalize('NFC'));
      expect(vi.toLowerCase(), key).not.toMatch(/\b(bạn|bác|anh\/chị|quý khách)\b/u);
    }
  });
});
