import { describe, expect, it } from 'vitest';
import { rankOffers } from './matching.js';
import { FAR, KEVIN, offer } from './testing/matching-fixtures.js';

describe('rankOffers (DOMAIN.md §4.5)', () => {
  it('filters on travel time, days and hours, wheelchair access, cost ceiling and access, and says why', () => {
    const person = { ...KEVIN, needsWheelchairAccess: true };
    const { ranked, excluded } = rankOffers(person, [
      offer('ver', { location: FAR }),
      offer('weekend', { schedule: [{ day: 'za', from: '10:00', to: '14:00' }] }),
      offer('trap', { wheelchairAccessible: false }),
      offer('duur', { costPerMonth: 45 }),
      offer('wlz', { access: 'wlz' }),
      offer('past', {}),
    ]);
    expect(ranked.map((r) => r.offerId)).toEqual(['past']);
    expect(Object.fromEntries(excluded.map((e) => [e.offerId, e.reasons.map((r) => r.code)]))).toEqual({
      ver: ['travel_too_long'],
      weekend: ['no_matching_time'],
      trap: ['not_wheelchair_accessible'],
      duur: ['too_expensive'],
      wlz: ['no_access'],
    });
    expect(excluded.find((e) => e.offerId === 'ver')?.reasons[0]?.nl).toBe(
      'De reistijd is langer dan de 30 minuten die u wilt reizen.',
    );
  });

  it('travels from a chosen place instead of home when the person chose one', () => {
    const { ranked } = rankOffers({ ...KEVIN, chosenPlace: FAR, maxTravelMinutes: 20 }, [
      offer('bij-keuzeplek', { location: FAR }),
      offer('bij-huis', {}),
    ]);
    expect(ranked.map((r) => r.offerId)).toEqual(['bij-keuzeplek']);
  });

  it('puts a general provision above an equivalent maatwerk offer, and ordinary society first (003 L2093-2096)', () => {
    const person = { ...KEVIN, targetRung: 3 as const };
    const { ranked } = rankOffers(person, [
      offer('maatwerk', { form: 'belevingsgerichte_dagbesteding', access: 'wmo_maatwerk' }),
      offer('algemeen', { form: 'inloop_ontmoeting' }),
    ]);
    expect(ranked.map((r) => [r.offerId, r.kind])).toEqual([
      ['algemeen', 'algemene_voorziening'],
      ['maatwerk', 'maatwerk'],
    ]);
    expect(ranked[0]?.reasons.map((r) => r.code)).toContain('kind');
    const work = rankOffers(KEVIN, [
      offer('arbeidsmatig', { form: 'arbeidsmatige_dagbesteding' }),
      offer('vrijwillig', { form: 'vrijwilligerswerk' }),
    ]).ranked;
    expect(work.map((r) => r.offerId)).toEqual(['vrijwillig', 'arbeidsmatig']);
  });

  it('aims as high as the person wants (003 L835-840): the target rung comes before a lower one', () => {
    const { ranked } = rankOffers(KEVIN, [
      offer('inloop', { form: 'inloop_ontmoeting', roles: ['deelnemer'], interests: ['fietsen', 'techniek', 'handig'] }),
      offer('vrijwilligerswerk', { form: 'vrijwilligerswerk', interests: [] }),
    ]);
    expect(ranked.map((r) => r.offerId)).toEqual(['vrijwilligerswerk', 'inloop']);
    expect(ranked[1]?.reasons.map((r) => r.code)).toContain('below_wish');
  });

  it('does not push up a person who wants to stay on their rung (003 L1540-1544)', () => {
    const staying = { ...KEVIN, wantsToStay: true };
    const { ranked } = rankOffers(staying, [
      offer('vrijwilligerswerk', { form: 'vrijwilligerswerk', roles: ['vrijwilliger'], interests: ['fietsen', 'techniek'] }),
      offer('inloop', { form: 'inloop_ontmoeting', interests: [] }),
    ]);
    expect(ranked.map((r) => r.offerId)).toEqual(['inloop', 'vrijwilligerswerk']);
    expect(ranked[0]?.reasons.find((r) => r.code === 'why_not_higher')?.nl).toMatch(/op uw trede wilt blijven/);
    expect(ranked[1]?.reasons.map((r) => r.code)).toContain('above_wish');
  });

  it('says why a higher option was not chosen when it was filtered out', () => {
    const { ranked } = rankOffers({ ...KEVIN, targetRung: 5 }, [
      offer('beschut', { form: 'beschut_werk', location: FAR }),
      offer('vrijwilligerswerk', { form: 'vrijwilligerswerk' }),
    ]);
    expect(ranked.map((r) => r.offerId)).toEqual(['vrijwilligerswerk']);
    expect(ranked[0]?.reasons.find((r) => r.code === 'why_not_higher')?.nl).toMatch(
      /^Een plek hoger op de ladder \(beschut\) viel af: de reistijd/,
    );
  });

  it('scores interests, level, roles and social safety, and is deterministic', () => {
    const offers = [
      offer('a', { interests: ['koken'] }),
      offer('b', { interests: ['fietsen', 'techniek'] }),
      offer('c', { interests: ['fietsen'], socialSafety: { contactPerson: false, buddy: true, houseRules: false } }),
    ];
    const first = rankOffers(KEVIN, offers);
    // b: two interests + level + roles + safety; c: one interest; a: no shared interest.
    expect(first.ranked.map((r) => r.offerId)).toEqual(['b', 'c', 'a']);
    expect(first.ranked[0]?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['interests', 'level', 'roles', 'social_safety']),
    );
    expect(rankOffers(KEVIN, [...offers].reverse())).toEqual(first);
  });
});
