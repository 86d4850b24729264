import { describe, expect, it } from 'vitest';
import { checkContactMoment, mayRecordContactMoments, type ContactMomentInput } from './contact-moments.js';

const VALID: ContactMomentInput = {
  date: '2026-11-25',
  minutes: 45,
  kind: 'gesprek',
  channel: 'telefoon',
  place: '',
  report: 'Gebeld over de eerste week.',
  nextStep: '',
  nextAppointment: null,
};
const codes = (input: Partial<ContactMomentInput>, today = '2026-11-25') =>
  checkContactMoment({ ...VALID, ...input }, today).map((v) => [v.path, v.code]);

describe('a contact moment (issue 14; 003 L1677-1684, L3254-3257)', () => {
  it('accepts a moment of today with a report, 1 to 480 minutes', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ minutes: 1 })).toEqual([]);
    expect(codes({ minutes: 480, nextAppointment: '2026-12-09' })).toEqual([]);
  });

  it('blocks a future date, a duration outside 1..480, an empty report, and an appointment not after the contact', () => {
    expect(codes({ date: '2026-11-26' })).toEqual([['/date', 'contact_moment.future_date']]);
    expect(codes({ minutes: 0 })).toEqual([['/minutes', 'contact_moment.minutes_out_of_range']]);
    expect(codes({ minutes: 481 })).toEqual([['/minutes', 'contact_moment.minutes_out_of_range']]);
    expect(codes({ report: '  ' })).toEqual([['/report', 'contact_moment.report_required']]);
    expect(codes({ nextAppointment: '2026-11-25' })).toEqual([['/nextAppointment', 'contact_moment.next_before_date']]);
  });

  it('chooses nothing for the job coach: kind and way are required', () => {
    expect(codes({ kind: null, channel: null })).toEqual([
      ['/kind', 'contact_moment.kind_required'],
      ['/channel', 'contact_moment.channel_required'],
    ]);
  });

  it('is recorded by a job coach or activity supervisor, not by the work floor, a coordinator or a therapist', () => {
    expect(mayRecordContactMoments(['trajectbegeleider'])).toBe(true);
    expect(mayRecordContactMoments(['activiteitenbegeleider'])).toBe(true);
    for (const role of ['werkbegeleider', 'zorgcoordinator', 'vaktherapeut', 'client'] as const)
      expect(mayRecordContactMoments([role])).toBe(false);
  });
});
