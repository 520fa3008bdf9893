import { describe, expect, it } from 'vitest';
import { DOSSIER_ERROR_CODES, dossierErrorMessage, dossierErrorMessages } from './messages';
import {
  canCancel,
  canRate,
  canSupplement,
  daysLeft,
  dueDateFor,
  isFinal,
  needsCitizen,
  statusKey,
} from './status';
import { DOSSIER_STATUS, type DossierStatusCode } from './types';

const ALL: DossierStatusCode[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('status helpers', () => {
  it('names every status by its DOSSIER_STATUS key, and refuses anything else', () => {
    for (const [key, code] of Object.entries(DOSSIER_STATUS)) expect(statusKey(code)).toBe(key);
    expect(() => statusKey(11 as DossierStatusCode)).toThrow(RangeError);
  });

  it('treats refused, withdrawn, stopped and returned as final; 5 and 6 need the citizen', () => {
    expect(ALL.filter((s) => isFinal(s))).toEqual([3, 7, 8, 10]);
    expect(isFinal({ status: 9 })).toBe(false);
    expect(ALL.filter((s) => needsCitizen(s))).toEqual([5, 6]);
    expect(ALL.filter((s) => canSupplement({ status: s }))).toEqual([5]);
  });

  it('offers a rating once, at 9 or 10', () => {
    expect(ALL.filter((status) => canRate({ status }))).toEqual([9, 10]);
    expect(
      canRate({ status: 9, rating: { level: 'satisfied', ratedAt: '2026-12-04T10:00:00+07:00' } }),
    ).toBe(false);
  });

  it('allows withdrawal only while the backend says so and before a result', () => {
    expect(ALL.filter((status) => canCancel({ status, cancellable: true }))).toEqual([
      1, 2, 4, 5, 6,
    ]);
    expect(ALL.filter((status) => canCancel({ status, cancellable: false }))).toEqual([]);
  });

  it('counts the appointment date in working days, skipping weekends and Tết', () => {
    // Accepted Thursday 12/02/2026 with 5 working days: Tết closes 14–22/02, due Thursday 26/02.
    expect(dueDateFor('2026-02-12', 5)).toBe('2026-02-26');
    // A date-time counts as its day in Vietnam: 23:30 UTC on the 11th is the 12th at 06:30.
    expect(dueDateFor('2026-02-11T23:30:00Z', 5)).toBe('2026-02-26');
    expect(dueDateFor('2026-12-01', 3)).toBe('2026-12-04');
    // Received on a Saturday: deemed received Monday; 0 days = that Monday.
    expect(dueDateFor('2026-12-05', 0)).toBe('2026-12-07');
    expect(() => dueDateFor('05/12/2026', 1)).toThrow(RangeError);
  });

  it('says how many working days are left, 0 on the day, negative when late, none once done', () => {
    const dossier = { status: 4 as DossierStatusCode, dueDate: '2026-12-04' };
    expect(daysLeft(dossier, '2026-12-01')).toBe(3);
    expect(daysLeft(dossier, '2026-12-04')).toBe(0);
    // Saturday and Sunday do not count; Monday 7 December is one working day late.
    expect(daysLeft(dossier, '2026-12-07')).toBe(-1);
    expect(daysLeft(dossier, new Date('2026-12-03T20:00:00Z'))).toBe(0);
    expect(daysLeft({ status: 9, dueDate: '2026-12-04' }, '2026-12-01')).toBeUndefined();
    expect(daysLeft({ status: 1 }, '2026-12-01')).toBeUndefined();
  });
});

describe('citizen messages for DossierErrorCode', () => {
  it('has Vietnamese and English for every code, each saying what to do', async () => {
    expect(Object.keys(dossierErrorMessages.vi).sort()).toEqual([...DOSSIER_ERROR_CODES].sort());
    const en = await dossierErrorMessages.pack.entries('en');
    for (const code of DOSSIER_ERROR_CODES) {
      const vi = dossierErrorMessage(code, 'vi');
      expect(vi.normalize('NFC')).toBe(vi);
      expect(vi, code).toMatch(/vui lòng/i);
      // No pronoun for the reader (GovMini's wording rule).
      expect(vi, code).not.toMatch(/\b(bạn|bác|anh\/chị|quý khách)\b/i);
      expect(dossierErrorMessage({ code }, 'en'), code).toMatch(/please/i);
    }
    expect(dossierErrorMessage('nonsense' as never, 'en')).toBe(en['dossier.error.unknown']);
    expect(dossierErrorMessage('offline', 'en', { 'dossier.error.offline': 'Mất mạng.' })).toBe(
      'Mất mạng.',
    );
  });
});
