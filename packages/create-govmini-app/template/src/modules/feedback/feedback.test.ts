// @vitest-environment node
// The categories are complete: each has Vietnamese and English, an agency and an answer time.
import { describe, expect, it } from 'vitest';
import { categories } from './categories';

describe('feedback categories', () => {
  it('have unique ids, both languages, an agency and an answer time', () => {
    expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
    for (const category of categories) {
      expect(category.title.vi.normalize('NFC')).toBe(category.title.vi);
      expect(category.title.en).toBeTruthy();
      expect(category.agency.name.vi).toBeTruthy();
      expect(category.answerDays).toBeGreaterThan(0);
    }
  });
});
