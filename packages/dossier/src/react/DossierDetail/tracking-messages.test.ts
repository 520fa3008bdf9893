// The tracking screens' words: Vietnamese in NFC with no pronoun for the reader, every key
// under its screen's own prefix.
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

// Their English (every key, same placeholders) is checked with the whole pack in src/locales/en.test.ts.
describe.each(catalogues.map((c) => [c.prefix, c] as const))('%s', (_prefix, catalogue) => {
  it('writes Vietnamese in NFC, without addressing the reader as bạn or bác', () => {
    expect(catalogue.prefix).toMatch(/^dossier\.[a-zA-Z]+\.$/);
    for (const [key, vi] of Object.entries(catalogue.vi)) {
      expect(vi, key).toBe(vi.normalize('NFC'));
      expect(vi.toLowerCase(), key).not.toMatch(/\b(bạn|bác|anh\/chị|quý khách)\b/u);
    }
  });
});
