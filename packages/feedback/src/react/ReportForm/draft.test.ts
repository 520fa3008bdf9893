import { describe, expect, it } from 'vitest';
import { hasContent, newDraft, parseDraft } from './draft';

describe('parseDraft', () => {
  it('reads back what was stored', () => {
    const draft = {
      ...newDraft(1),
      step: 'photos' as const,
      description: 'Cống tắc',
      photos: [{ id: 'p-1', name: 'a.jpg', type: 'image/jpeg', size: 10 }],
      location: {
        mode: 'hand' as const,
        address: { province: { code: '01', name: 'Thành phố Hà Nội' } },
      },
      showName: 'no' as const,
    };
    expect(parseDraft(JSON.parse(JSON.stringify(draft)))).toEqual({
      ...draft,
      publish: undefined,
      categoryId: undefined,
    });
  });

  it('drops what is damaged, field by field, and keeps the rest', () => {
    const parsed = parseDraft({
      version: 1,
      idempotencyKey: 'fb-1',
      step: 'nowhere',
      description: 42,
      photos: [{ id: 'p-1' }, { id: 'p-2', name: 'b.jpg', type: 'image/jpeg', size: 3 }, 'x'],
      blurred: ['p-2', 7],
      location: { mode: 'device', device: { kind: 'device', latitude: 'north' } },
      showName: 'maybe',
      notify: 'yes',
    });
    expect(parsed).toMatchObject({
      step: 'category',
      description: '',
      photos: [{ id: 'p-2' }],
      blurred: ['p-2'],
      location: { mode: 'device' },
      showName: undefined,
      notify: false,
    });
    expect(parsed?.location.device).toBeUndefined();
  });

  it('is nothing without a version and a key', () => {
    expect(parseDraft({ description: 'x' })).toBeUndefined();
    expect(parseDraft(null)).toBeUndefined();
  });

  it('knows an empty draft from one with something in it', () => {
    expect(hasContent(newDraft(1))).toBe(false);
    expect(hasContent({ ...newDraft(1), description: ' a ' })).toBe(true);
  });

  it('makes a different idempotency key for every draft', () => {
    expect(newDraft(1).idempotencyKey).not.toBe(newDraft(1).idempotencyKey);
    expect(newDraft(1).idempotencyKey).toMatch(/^fb-[\x21-\x7e]{8,}$/);
  });
});
