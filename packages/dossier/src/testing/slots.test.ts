import { describe, expect, it } from 'vitest';
import { generateSlots, slotById } from './slots';

const at = (iso: string) => Date.parse(iso);

describe('appointment slots', () => {
  it('offers 13 half-hour slots a working day and skips days off', () => {
    const slots = generateSlots({
      from: '2026-12-05', // a Saturday
      days: 1,
      now: 0,
      capacity: 2,
      booked: (id) => (id === 'slot-20261207-0730' ? 2 : 0),
    });
    expect(slots).toHaveLength(13);
    expect(slots[0]).toEqual({
      id: 'slot-20261207-0730',
      start: '2026-12-07T07:30:00+07:00',
      end: '2026-12-07T08:00:00+07:00',
      remaining: 0,
    });
    expect(slots.at(-1)?.end).toBe('2026-12-07T16:30:00+07:00');
  });

  it('knows a slot by its id only on a working day at a slot time', () => {
    expect(slotById('slot-20261207-0730')?.start).toBe(at('2026-12-07T07:30:00+07:00'));
    expect(slotById('slot-20261205-0730')).toBeUndefined(); // Saturday
    expect(slotById('slot-20261207-0745')).toBeUndefined();
    expect(slotById('slot-20261207-1200')).toBeUndefined();
    expect(slotById('slot-20261307-0730')).toBeUndefined();
  });
});
